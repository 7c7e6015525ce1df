"""The exceptions the client raises.

Every failure of a call is an ``APIError``: a status error (one class per
status C1 documents, ``APIStatusError`` for the rest), a connection problem or
timeout, an answer that is not what the spec describes, or a stream that broke
before it finished. A request that breaks a C1 rule never gets this far: it
raises ``C1RuleError`` (a ``ValueError``) before anything is sent.

Errors never contain the API key: whatever becomes part of one (a message,
a parsed body, a request id, headers, an underlying network error's text) has
the key of the request it belongs to, in any of its escaped spellings,
replaced by ``<redacted>`` first. Bad arguments raise ``InvalidArgumentError``
(a ``ValueError``; ``InvalidArgumentTypeError`` is also a ``TypeError``)
naming the parameter, before anything is sent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .redaction import Secret, bearer_token, redact_headers, safe_chain, scrub_text, scrub_value, secret_forms

if TYPE_CHECKING:
    import httpx


class MissingAPIKeyError(ValueError):
    """No API key was given and ``THESYS_API_KEY`` is not set."""


class InvalidArgumentError(ValueError):
    """A client setting or call argument that cannot be sent; raised before anything is sent.

    ``param`` names it as the caller wrote it (``timeout``,
    ``extra_headers['X-A']``, ``messages[0].content``).
    """

    def __init__(self, param: str, problem: str) -> None:
        super().__init__(f"{param}: {problem}")
        self.param = param
        self.problem = problem

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.param, self.problem))


class InvalidArgumentTypeError(InvalidArgumentError, TypeError):
    """An argument of the wrong type (a ``TypeError`` as well as an ``InvalidArgumentError``)."""


class APIError(Exception):
    """Base of every error a call to the C1 API can end in.

    ``status_code`` is None when no HTTP answer arrived. ``body`` is the parsed
    JSON error body (or its text, when it is not JSON). ``request_id`` is the
    server's ``x-request-id``: quote it when reporting a problem.

    The key of the request is taken out of all of them, and ``request`` (and
    ``response.request``) is a copy of the request with credential headers
    redacted. A pickled error keeps its text and body but not ``request`` or
    ``response`` (they are None after unpickling).
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
        forms = secret_forms(bearer_token(request.headers if request is not None else None))
        if forms:
            message, body = scrub_text(message, forms), scrub_value(body, forms)
            request_id = None if request_id is None else scrub_text(request_id, forms)
        super().__init__(message)
        self.message = message
        self.request = None if request is None else _redacted_request(request, forms)
        self.response = None if response is None else _redacted_response(response, self.request, forms)
        self.body = body
        self.request_id = request_id
        error = body.get("error") if isinstance(body, dict) else None
        details: dict[str, Any] = error if isinstance(error, dict) else {}
        self.code: str | None = _text_or_none(details.get("code"))
        self.param: str | None = _text_or_none(details.get("param"))
        self.type: str | None = _text_or_none(details.get("type"))

    def __str__(self) -> str:
        return self.message if self.request_id is None else f"{self.message} (request id {self.request_id})"

    def __reduce__(self) -> tuple[Any, ...]:
        # The default would pickle the request (with its Authorization header)
        # and call __init__ with the message alone, which most subclasses refuse.
        state = {name: value for name, value in self.__dict__.items() if name not in ("request", "response")}
        return (_unpickle, (type(self), state))


def _unpickle(cls: type[APIError], state: dict[str, Any]) -> APIError:
    error = cls.__new__(cls)
    error.args = (state.get("message", ""),)
    error.__dict__.update(state)
    error.request = None
    error.response = None
    return error


def _forms_of(secret: str | httpx.Request | None) -> Secret:
    if secret is None or isinstance(secret, str):
        return secret_forms(secret or "")
    return secret_forms(bearer_token(secret.headers))


def safe_cause(error: BaseException | None, secret: str | httpx.Request | None) -> BaseException | None:
    """The exception to chain (``raise APIError(...) from safe_cause(error, request)``) without the key.

    ``secret`` is the key, or the request whose ``Authorization`` header holds
    it. Returns ``error`` itself when nothing it would print holds the key,
    else a ``RedactedCause`` chain with the same types, texts (key replaced)
    and tracebacks; None only for None. Raising ``from`` it inside ``except``
    keeps the original as ``__context__``, which ``traceback`` does not print.
    """
    return safe_chain(error, _forms_of(secret))


def scrub_chain(error: BaseException, secret: str | httpx.Request | None) -> None:
    """Replace the links of an already raised ``error``'s chain whose text holds the key."""
    forms = _forms_of(secret)
    cause, context = error.__cause__, error.__context__
    if cause is not None:
        error.__cause__ = safe_chain(cause, forms)
    if context is not None:
        error.__context__ = error.__cause__ if context is cause else safe_chain(context, forms)


def _text_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def _redacted_request(request: httpx.Request, forms: Secret) -> httpx.Request:
    import httpx

    try:
        content: bytes | None = request.content
    except httpx.RequestNotRead:
        content = None
    return httpx.Request(
        request.method,
        scrub_text(str(request.url), forms),
        headers=redact_headers(request.headers.multi_items(), forms),
        content=content,
        extensions=request.extensions,
    )


def _redacted_response(response: httpx.Response, request: httpx.Request | None, forms: Secret) -> httpx.Response:
    import httpx

    headers = [(name, scrub_text(value, forms)) for name, value in response.headers.multi_items()]
    try:
        content = response.content
    except httpx.ResponseNotRead:
        # A stream still being read: only its headers and request are swapped.
        response.headers = httpx.Headers(headers)
        if request is not None:
            response.request = request
        return response
    content = forms.scrub_bytes(content)
    copy = httpx.Response(
        response.status_code,
        headers=headers,
        content=content,
        request=request,
        extensions={
            name: response.extensions[name] for name in ("http_version", "reason_phrase") if name in response.extensions
        },
    )
    return copy


class APIStatusError(APIError):
    """The server answered with a status that is not a success."""

    response: httpx.Response

    def __init__(self, message: str, *, response: httpx.Response, body: object, request_id: str | None) -> None:
        super().__init__(message, request=response.request, response=response, body=body, request_id=request_id)
        self.status_code = response.status_code


class BadRequestError(APIStatusError):
    """400: the request body or parameters are not valid."""


class AuthenticationError(APIStatusError):
    """401, and (through ``PermissionDeniedError``) C1's 403 for a missing or wrong API key.

    openai-python code catches a bad key as ``AuthenticationError`` (OpenAI
    sends 401); C1 sends 403 instead, so the 403 class derives from this one
    and such an ``except`` keeps working unchanged.
    """


class PermissionDeniedError(AuthenticationError):
    """403: the API key is missing or not valid (C1 sends 403, not 401, for a bad key)."""


class NotFoundError(APIStatusError):
    """404: no such path or object."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state; retried by default."""


class RequestTooLargeError(APIStatusError):
    """413: the request body is larger than the server accepts."""


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but cannot be processed."""


class RateLimitError(APIStatusError):
    """429: too many tokens or requests for the organisation; retried by default."""


class InternalServerError(APIStatusError):
    """5xx: the server failed; retried by default."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    413: RequestTooLargeError,
    422: UnprocessableEntityError,
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
