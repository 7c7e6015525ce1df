"""``.with_raw_response``: the HTTP answer of a call beside its model, as openai-python offers it.

``client.chat.completions.with_raw_response.create(...)`` makes the same call
as ``client.chat.completions.create(...)`` (same checks, retries and errors)
and returns an ``APIResponse``: status, headers, request id and the
``httpx.Response`` itself, with ``.parse()`` giving what the plain call would
have returned (the model, the stream, the first page). It works on every
resource whose methods send through the client, whatever the operation: the
transport notes the answer it hands back while such a call is running.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from contextvars import ContextVar
from datetime import timedelta
from typing import Any, Generic, TypeVar

import httpx

from .constants import REQUEST_ID_HEADER

T = TypeVar("T")
_NOT_RECORDED = "no HTTP answer was recorded for this call"


class _Recorded:
    __slots__ = ("response", "retries_taken")

    def __init__(self) -> None:
        self.response: httpx.Response | None = None
        self.retries_taken = 0


# Per call, not per client: concurrent calls of one AsyncC1 each see only their own answer.
_RECORDING: ContextVar[_Recorded | None] = ContextVar("thesys_c1_raw_response", default=None)


def record(response: httpx.Response, retries_taken: int) -> None:
    """Called by the transport with each successful answer; a no-op outside ``with_raw_response``."""
    recorded = _RECORDING.get()
    if recorded is not None:
        recorded.response = response
        recorded.retries_taken = retries_taken


class APIResponse(Generic[T]):
    """One call's HTTP answer; ``parse()`` is the model (or stream, or page) the plain call returns."""

    def __init__(self, http_response: httpx.Response, parsed: T, retries_taken: int) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        """How many times the request was retried before this answer."""
        self._parsed = parsed

    def parse(self) -> T:
        return self._parsed

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        value: str | None = self.http_response.headers.get(REQUEST_ID_HEADER)
        return value

    @property
    def http_request(self) -> httpx.Request:
        return self.http_response.request

    @property
    def url(self) -> httpx.URL:
        return self.http_response.url

    @property
    def method(self) -> str:
        return self.http_request.method

    @property
    def http_version(self) -> str:
        return self.http_response.http_version

    @property
    def elapsed(self) -> timedelta:
        return self.http_response.elapsed

    @property
    def is_closed(self) -> bool:
        return self.http_response.is_closed

    @property
    def content(self) -> bytes:
        """The body's bytes (for a stream, only once it has been read)."""
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return json.loads(self.http_response.content)

    def __repr__(self) -> str:
        return (
            f"<APIResponse [{self.status_code} {self.http_response.reason_phrase}]"
            f" type={type(self._parsed).__name__} request_id={self.request_id!r}>"
        )


def _answer(recorded: _Recorded, parsed: Any) -> APIResponse[Any]:
    if recorded.response is None:
        raise RuntimeError(_NOT_RECORDED)
    return APIResponse(recorded.response, parsed, recorded.retries_taken)


def _is_resource(value: object) -> bool:
    return hasattr(value, "_client") and not callable(value)


class RawResponses:
    """The methods of a resource (``client.chat.completions``, ...) answering ``APIResponse``s."""

    def __init__(self, resource: object) -> None:
        self._resource = resource

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._resource, name)
        if _is_resource(value):
            return RawResponses(value)  # client.conversations.with_raw_response.items.list(...)
        if not callable(value) or name.startswith("_") or name in ("stream", "with_raw_response"):
            raise AttributeError(f"{type(self._resource).__name__}.with_raw_response has no method {name!r}")
        if inspect.iscoroutinefunction(value) or _is_async_resource(self._resource):
            return _async_raw(value)
        return _sync_raw(value)

    def __repr__(self) -> str:
        return f"<{type(self._resource).__name__}.with_raw_response>"


def _is_async_resource(resource: object) -> bool:
    # AsyncC1's list methods are plain functions answering an awaitable paginator.
    return isinstance(getattr(getattr(resource, "_client", None), "_http", None), httpx.AsyncClient)


def _sync_raw(method: Callable[..., T]) -> Callable[..., APIResponse[T]]:
    def call(*args: Any, **kwargs: Any) -> APIResponse[T]:
        recorded = _Recorded()
        token = _RECORDING.set(recorded)
        try:
            parsed = method(*args, **kwargs)
        finally:
            _RECORDING.reset(token)
        return _answer(recorded, parsed)

    call.__doc__ = method.__doc__
    return call


def _async_raw(method: Callable[..., Any]) -> Callable[..., Any]:
    async def call(*args: Any, **kwargs: Any) -> APIResponse[Any]:
        recorded = _Recorded()
        token = _RECORDING.set(recorded)
        try:
            parsed = method(*args, **kwargs)
            # A list method answers an AsyncPaginator, which sends when awaited.
            if inspect.isawaitable(parsed):
                parsed = await parsed
        finally:
            _RECORDING.reset(token)
        return _answer(recorded, parsed)

    call.__doc__ = method.__doc__
    return call


class WithRawResponse:
    """Mixed into each resource class: gives it ``.with_raw_response``."""

    @property
    def with_raw_response(self) -> Any:
        return RawResponses(self)
