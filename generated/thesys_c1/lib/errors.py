"""The exceptions the client raises.

Every failure of a call is an ``APIError``: a status error (one class per
status C1 documents, ``APIStatusError`` for the rest), a connection problem or
timeout, an answer that is not what the spec describes, or a stream that broke
before it finished. A request that breaks a C1 rule never gets this far: it
raises ``C1RuleError`` (a ``ValueError``) before anything is sent.

Errors never contain the API key: whatever becomes part of one (a message,
a parsed body, an underlying network error's text) has the key of the request
it belongs to replaced by ``<redacted>`` first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx


class MissingAPIKeyError(ValueError):
    """No API key was given and ``THESYS_API_KEY`` is not set."""


class APIError(Exception):
    """Base of every error a call to the C1 API can end in.

    ``status_code`` is None when no HTTP answer arrived. ``body`` is the parsed
    JSON error body (or its text, when it is not JSON). ``request_id`` is the
    server's ``x-request-id``: quote it when reporting a problem.
    """

    status_code: int | None = None

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
        body: object = None,
        request_id: str | None = None,
    ) -> None:
        if request is None and response is not None:
            try:
                request = response.request
            except RuntimeError:  # a response built by hand, with no request behind it
                request = None
        secret = _api_key_of(request)
        if secret:
            message, body = _scrub(message, secret), _scrub(body, secret)
        super().__init__(message)
        self.message = message
        self.request = request
        self.response = response
        self.body = body
        self.request_id = request_id
        error = body.get("error") if isinstance(body, dict) else None
        details: dict[str, Any] = error if isinstance(error, dict) else {}
        self.code: str | None = _text_or_none(details.get("code"))
        self.param: str | None = _text_or_none(details.get("param"))
        self.type: str | None = _text_or_none(details.get("type"))

    def __str__(self) -> str:
        return self.message if self.request_id is None else f"{self.message} (request id {self.request_id})"


def _text_or_none(value: object) -> str | None:
    return None if value is None else str(value)


_REDACTED = "<redacted>"


def _api_key_of(request: httpx.Request | None) -> str:
    if request is None:
        return ""
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def _scrub(value: Any, secret: str) -> Any:
    if isinstance(value, str):
        return value.replace(secret, _REDACTED)
    if isinstance(value, dict):
        return {key: _scrub(item, secret) for key, item in value.items()}
    if isinstance(value, list):
        return [_scrub(item, secret) for item in value]
    return value


class APIStatusError(APIError):
    """The server answered with a status that is not a success."""

    response: httpx.Response

    def __init__(self, message: str, *, response: httpx.Response, body: object, request_id: str | None) -> None:
        super().__init__(message, request=response.request, response=response, body=body, request_id=request_id)
        self.status_code = response.status_code


class BadRequestError(APIStatusError):
    """400: the request body or parameters are not valid."""


class PermissionDeniedError(APIStatusError):
    """403: the API key is missing or not valid (C1 sends 403, not 401, for a bad key)."""


class NotFoundError(APIStatusError):
    """404: no such path or object."""


class RequestTooLargeError(APIStatusError):
    """413: the request body is larger than the server accepts."""


class RateLimitError(APIStatusError):
    """429: too many tokens or requests for the organisation; retried by default."""


class InternalServerError(APIStatusError):
    """5xx: the server failed; retried by default."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    403: PermissionDeniedError,
    404: NotFoundError,
    413: RequestTooLargeError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status_code, APIStatusError)


class APIConnectionError(APIError):
    """No answer: the connection could not be made or broke before the answer arrived."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """No answer within the timeout."""

    def __init__(self, message: str = "Request timed out.", *, request: httpx.Request | None = None) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """A success status, but the body is not valid JSON or not the shape the spec describes."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response | None = None,
        body: object = None,
        request_id: str | None = None,
    ) -> None:
        if response is not None:
            request_id = response.headers.get("x-request-id")
        super().__init__(message, response=response, body=body, request_id=request_id)
        if response is not None:
            self.status_code = response.status_code


class APIStreamError(APIError):
    """A stream broke before its end: the connection dropped, an event was garbage, or the server sent an error.

    Events received before the break were already handed out; the stream is
    never retried once it has started, so that no event is delivered twice.
    """

    def __init__(
        self, message: str, *, response: httpx.Response | None = None, body: object = None, request_id: str | None
    ) -> None:
        request = response.request if response is not None else None
        super().__init__(message, request=request, response=response, body=body, request_id=request_id)
        if response is not None:
            self.status_code = response.status_code
