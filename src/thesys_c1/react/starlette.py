"""The answer as a Starlette/FastAPI response. Needs ``starlette`` (``pip install thesys-c1[starlette]``)."""

from __future__ import annotations

from collections.abc import Mapping

import anyio
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.types import Receive, Scope, Send

from .answer import ANSWER_HEADERS, ANSWER_MEDIA_TYPE, AsyncAnswerBody, AsyncOnComplete, AsyncSource, aiter_answer
from .encoder import ErrorNotice, default_error_notice
from .failures import AsyncOnError
from .prompt import (
    MAX_CHAT_REQUEST_BYTES,
    C1ChatRequest,
    InvalidChatRequest,
    RejectedChatRequest,
    body_too_large,
    check_max_bytes,
)


async def read_chat_request(request: Request, *, max_bytes: int = MAX_CHAT_REQUEST_BYTES) -> C1ChatRequest | Response:
    """The ``C1Chat`` request, or the 400 ``Response`` to return when the body is malformed.

    At most ``max_bytes`` + 1 bytes of the body are held in memory: a larger
    one is refused as soon as that many have arrived (or at once, when its
    ``Content-Length`` says so).
    """
    check_max_bytes("read_chat_request", max_bytes)
    try:
        return C1ChatRequest.parse(await _bounded_body(request, max_bytes), max_bytes=max_bytes)
    except InvalidChatRequest as error:
        rejected = RejectedChatRequest(error)
        return Response(rejected.body, status_code=rejected.status, headers=rejected.headers)


async def _bounded_body(request: Request, max_bytes: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise body_too_large(max_bytes)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > max_bytes:
            raise body_too_large(max_bytes)
    return bytes(body)


class C1StreamingResponse(StreamingResponse):
    """A ``StreamingResponse`` that closes its body, and so the C1 stream, however the request ends.

    Starlette stops reading the body when the browser disconnects but leaves
    the iterator suspended; this response closes it right away instead of
    whenever the garbage collector gets to it. The status line waits for the
    C1 stream to open, so that the headers carry its request id and say
    whether it failed (``X-C1-Request-Id``, ``X-C1-Answer``) for the proxy's log.
    """

    media_type = ANSWER_MEDIA_TYPE

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            if isinstance(self.body_iterator, AsyncAnswerBody):
                for name, value in (await self.body_iterator.start()).items():
                    self.headers[name] = value
            await super().__call__(scope, receive, send)
        finally:
            aclose = getattr(self.body_iterator, "aclose", None)
            if callable(aclose):
                with anyio.CancelScope(shield=True):
                    await aclose()


def c1_streaming_response(
    source: AsyncSource,
    *,
    on_complete: AsyncOnComplete | None = None,
    error_notice: ErrorNotice = default_error_notice,
    on_error: AsyncOnError | None = None,
    headers: Mapping[str, str] | None = None,
) -> C1StreamingResponse:
    """Stream a C1 answer to the React client from a Starlette or FastAPI route.

    ``source`` opens the stream when the response starts, so that a failure
    to open it (a 403 or 429 from C1, C1 unreachable) is shown in the chat
    too: with ``AsyncC1``, the call ``client.chat.completions.create(...,
    stream=True)`` (or ``client.responses.create``) left un-awaited; with
    ``C1``, a function that makes that call (``lambda: client.chat...``),
    which runs in a worker thread. An opened stream, or an (async) iterable of
    stream items and ``str`` pieces, is served as it is. See ``aiter_answer``
    for ``on_complete``, ``error_notice`` and ``on_error``.
    """
    body = aiter_answer(source, on_complete=on_complete, error_notice=error_notice, on_error=on_error)
    return C1StreamingResponse(body, headers={**ANSWER_HEADERS, **(headers or {})})
