"""What ``C1`` and ``AsyncC1`` share: their settings, checked once, and everything that sends nothing."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any, Self
from urllib.parse import urlsplit

import httpx

from . import arguments
from .calls import Call, Settings, build_call
from .constants import (
    API_KEY_ENV,
    BASE_URL_ENV,
    DEFAULT_BASE_URL,
    DEFAULT_CONNECT_TIMEOUT_SECONDS,
    DEFAULT_TIMEOUT_SECONDS,
)
from .errors import InvalidArgumentError, InvalidArgumentTypeError, MissingAPIKeyError
from .logs import setup_from_environment
from .operations import Operation
from .options import RequestOptions

ReaderFactory = Callable[[httpx.Response, str | None, str], Any]
DEFAULT_TIMEOUT = httpx.Timeout(DEFAULT_TIMEOUT_SECONDS, connect=DEFAULT_CONNECT_TIMEOUT_SECONDS)


class _Default:
    def __repr__(self) -> str:
        return "<default>"


DEFAULT: Any = _Default()


def normalize_base_url(url: str) -> str:
    url = url.rstrip("/")
    if url.endswith("/embed"):
        url = url[: -len("/embed")]
    if urlsplit(url).path in ("", "/"):
        url += "/v1"
    return url


def settings_of(
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
        timeout=DEFAULT_TIMEOUT if timeout is DEFAULT else arguments.timeout("timeout", timeout),
        max_retries=arguments.max_retries("max_retries", max_retries),
        default_headers=arguments.headers("default_headers", {} if default_headers is None else default_headers),
        check_rules=bool(arguments.flag("check_rules", check_rules)),
    )
    setup_from_environment()
    return settings


def check_http_client(value: object, expected: type[Any]) -> None:
    if value is not None and not isinstance(value, expected):
        raise InvalidArgumentTypeError(
            "http_client",
            f"must be an {expected.__module__}.{expected.__qualname__} or None, got {type(value).__name__}",
        )


def event_schema(op: Operation) -> str:
    # The generator gives a stream method only to operations with an event schema; checked before sending all the same.
    if op.event_schema is None:
        raise TypeError(f"{op.operation_id} has no event-stream answer in the spec")
    return op.event_schema


class ClientBase:
    _settings: Settings
    _http: Any

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
        merged.update({name: value for name, value in changes.items() if value is not DEFAULT})
        return settings_of(**merged)

    def with_options(
        self,
        *,
        api_key: str | None = DEFAULT,
        base_url: str | None = DEFAULT,
        timeout: float | httpx.Timeout | None = DEFAULT,
        max_retries: int = DEFAULT,
        default_headers: Mapping[str, str] | None = DEFAULT,
        check_rules: bool = DEFAULT,
    ) -> Self:
        """A client with some settings changed, sharing this one's connections."""
        settings = self._changed(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            check_rules=check_rules,
        )
        # Each client class takes these keywords; this base does not declare them, having no connections of its own.
        make: Callable[..., Self] = type(self)
        return make(
            api_key=settings.api_key,
            base_url=settings.base_url,
            timeout=settings.timeout,
            max_retries=settings.max_retries,
            default_headers=settings.default_headers,
            http_client=self._http,
            check_rules=settings.check_rules,
        )

    def _call(
        self,
        op: Operation,
        *,
        path_params: Mapping[str, str] | None,
        query: Mapping[str, Any] | None,
        body: Mapping[str, Any] | None,
        stream: bool | None,
        options: RequestOptions,
    ) -> Call:
        return build_call(
            self._settings,
            self._http,
            op,
            path_params=path_params,
            query=query,
            body=body,
            stream=stream,
            options=options,
        )

    def __repr__(self) -> str:
        # Never the key: reprs end up in logs and tracebacks.
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries})"
