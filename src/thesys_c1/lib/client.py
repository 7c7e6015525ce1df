"""``C1`` and ``AsyncC1``: one client for generation (``/embed/...``) and conversations.

Moving from ``OpenAI(base_url="https://api.thesys.dev/v1/embed", api_key=...)``
takes one import and one constructor: ``C1(api_key=...)``; the calls stay the
same. A base URL ending in ``/embed`` (OpenAI style, for generation) or with no
path at all (the docs' conversations client) is taken to mean the API root.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, Self, TypeVar
from urllib.parse import urlsplit

import httpx

from .._generated.resources import AsyncResources, Resources
from . import arguments
from .constants import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    DEFAULT_CONNECT_TIMEOUT_SECONDS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT_SECONDS,
)
from .errors import InvalidArgumentError, InvalidArgumentTypeError, MissingAPIKeyError
from .logs import setup_from_environment
from .operations import Operation
from .options import RequestOptions
from .transport import AsyncTransport, Settings, SyncTransport, build_call, request_id_of

S = TypeVar("S")
ReaderFactory = Callable[[httpx.Response, str | None, str], Any]
DEFAULT_TIMEOUT = httpx.Timeout(DEFAULT_TIMEOUT_SECONDS, connect=DEFAULT_CONNECT_TIMEOUT_SECONDS)


class _Default:
    def __repr__(self) -> str:
        return "<default>"


_DEFAULT: Any = _Default()


def normalize_base_url(url: str) -> str:
    url = url.rstrip("/")
    if url.endswith("/embed"):
        url = url[: -len("/embed")]
    if urlsplit(url).path in ("", "/"):
        url += "/v1"
    return url


def _settings(
    api_key: str | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
    check_rules: bool,
) -> Settings:
    """Validated settings: a bad one raises here, naming it, so that no call can send it."""
    if api_key is None:
        key: object = os.environ.get(API_KEY_ENV)
        key_param = API_KEY_ENV
    else:
        key, key_param = api_key, "api_key"
    if key is None or key == "":
        raise MissingAPIKeyError(
            f"no API key: pass C1(api_key=...) or set the {API_KEY_ENV} environment variable"
            " (keys are made on the Thesys keys page)"
        )
    try:
        checked_key = arguments.api_key(key)
    except InvalidArgumentError as error:
        raise type(error)(key_param, error.problem) from None
    if base_url is None:
        url, url_param = os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL, BASE_URL_ENV
    else:
        url, url_param = base_url, "base_url"
    try:
        checked_url = arguments.base_url(url)
    except InvalidArgumentError as error:
        raise type(error)(url_param, error.problem) from None
    settings = Settings(
        api_key=checked_key,
        base_url=normalize_base_url(checked_url),
        timeout=DEFAULT_TIMEOUT if timeout is _DEFAULT else arguments.timeout("timeout", timeout),
        max_retries=arguments.max_retries("max_retries", max_retries),
        default_headers=arguments.headers("default_headers", {} if default_headers is None else default_headers),
        check_rules=bool(arguments.flag("check_rules", check_rules)),
    )
    setup_from_environment()
    return settings


def _http_client(value: object, expected: type[Any]) -> None:
    if value is not None and not isinstance(value, expected):
        raise InvalidArgumentTypeError(
            "http_client",
            f"must be an {expected.__module__}.{expected.__qualname__} or None, got {type(value).__name__}",
        )


def _event_schema(op: Operation) -> str:
    # The generator gives a stream method only to operations with an event schema; checked before sending all the same.
    if op.event_schema is None:
        raise TypeError(f"{op.operation_id} has no event-stream answer in the spec")
    return op.event_schema


class _ClientBase:
    _settings: Settings

    @property
    def api_key(self) -> str:
        return self._settings.api_key

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._settings.timeout

    @property
    def max_retries(self) -> int:
        return self._settings.max_retries

    @property
    def check_rules(self) -> bool:
        return self._settings.check_rules

    def _changed(self, **changes: Any) -> Settings:
        current = self._settings
        merged: dict[str, Any] = {
            "api_key": current.api_key,
            "base_url": current.base_url,
            "timeout": current.timeout,
            "max_retries": current.max_retries,
            "default_headers": current.default_headers,
            "check_rules": current.check_rules,
        }
        merged.update({name: value for name, value in changes.items() if value is not _DEFAULT})
        return _settings(**merged)

    def __repr__(self) -> str:
        # Never the key: reprs end up in logs and tracebacks.
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries})"


class C1(_ClientBase, Resources):
    """The Thesys C1 API client.

    ``api_key`` defaults to ``THESYS_API_KEY``, ``base_url`` to
    ``THESYS_BASE_URL`` or ``https://api.thesys.dev/v1``. Calls are retried
    ``max_retries`` times on connection errors, timeouts, 408, 409, 429 and
    5xx. ``check_rules=False`` turns off the C1 rule checks for every call.
    Close it (or use it as a context manager) to release its connections.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = _DEFAULT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        check_rules: bool = True,
    ) -> None:
        self._settings = _settings(api_key, base_url, timeout, max_retries, default_headers, check_rules)
        _http_client(http_client, httpx.Client)
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client(timeout=self._settings.timeout)
        self._transport = SyncTransport(self._settings, self._http)
        self._attach_resources(self)

    def with_options(
        self,
        *,
        api_key: str | None = _DEFAULT,
        base_url: str | None = _DEFAULT,
        timeout: float | httpx.Timeout | None = _DEFAULT,
        max_retries: int = _DEFAULT,
        default_headers: Mapping[str, str] | None = _DEFAULT,
        check_rules: bool = _DEFAULT,
    ) -> C1:
        """A client with some settings changed, sharing this one's connections."""
        settings = self._changed(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            check_rules=check_rules,
        )
        copy = C1(
            api_key=settings.api_key,
            base_url=settings.base_url,
            timeout=settings.timeout,
            max_retries=settings.max_retries,
            default_headers=settings.default_headers,
            http_client=self._http,
            check_rules=settings.check_rules,
        )
        return copy

    def _request(
        self,
        op: Operation,
        *,
        path_params: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        stream: bool | None = None,
        options: RequestOptions,
    ) -> Any:
        call = build_call(
            self._settings,
            self._http,
            op,
            path_params=path_params,
            query=query,
            body=body,
            stream=stream,
            options=options,
        )
        return self._transport.request(call)

    def _stream(
        self,
        op: Operation,
        *,
        path_params: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any],
        options: RequestOptions,
        wrap: Callable[[httpx.Response, Any], S],
        reader: ReaderFactory,
    ) -> S:
        schema = _event_schema(op)
        call = build_call(
            self._settings,
            self._http,
            op,
            path_params=path_params,
            query=query,
            body=body,
            stream=True,
            options=options,
        )
        response = self._transport.send(call)
        return wrap(response, reader(response, request_id_of(response), schema))

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncC1(_ClientBase, AsyncResources):
    """The async twin of ``C1``: the same resources, with ``await`` and ``async for``."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = _DEFAULT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        check_rules: bool = True,
    ) -> None:
        self._settings = _settings(api_key, base_url, timeout, max_retries, default_headers, check_rules)
        _http_client(http_client, httpx.AsyncClient)
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient(timeout=self._settings.timeout)
        self._transport = AsyncTransport(self._settings, self._http)
        self._attach_resources(self)

    def with_options(
        self,
        *,
        api_key: str | None = _DEFAULT,
        base_url: str | None = _DEFAULT,
        timeout: float | httpx.Timeout | None = _DEFAULT,
        max_retries: int = _DEFAULT,
        default_headers: Mapping[str, str] | None = _DEFAULT,
        check_rules: bool = _DEFAULT,
    ) -> AsyncC1:
        settings = self._changed(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            check_rules=check_rules,
        )
        return AsyncC1(
            api_key=settings.api_key,
            base_url=settings.base_url,
            timeout=settings.timeout,
            max_retries=settings.max_retries,
            default_headers=settings.default_headers,
            http_client=self._http,
            check_rules=settings.check_rules,
        )

    async def _request(
        self,
        op: Operation,
        *,
        path_params: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        stream: bool | None = None,
        options: RequestOptions,
    ) -> Any:
        call = build_call(
            self._settings,
            self._http,
            op,
            path_params=path_params,
            query=query,
            body=body,
            stream=stream,
            options=options,
        )
        return await self._transport.request(call)

    async def _stream(
        self,
        op: Operation,
        *,
        path_params: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any],
        options: RequestOptions,
        wrap: Callable[[httpx.Response, Any], S],
        reader: ReaderFactory,
    ) -> S:
        schema = _event_schema(op)
        call = build_call(
            self._settings,
            self._http,
            op,
            path_params=path_params,
            query=query,
            body=body,
            stream=True,
            options=options,
        )
        response = await self._transport.send(call)
        return wrap(response, reader(response, request_id_of(response), schema))

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
