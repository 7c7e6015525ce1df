"""Streaming a C1 answer to the React client as a plain iterator of bytes.

``iter_answer`` is for WSGI frameworks (Django's ``StreamingHttpResponse``,
Flask's ``Response``), ``aiter_answer`` for ASGI ones. Both take the stream
``C1``/``AsyncC1`` returns for ``stream=True`` (chat completions or
Responses), or any iterable of such items and ``str`` pieces of answer text
(for example a generator that yields an ``AnswerWriter``'s think items and
then the items of a C1 stream).

Both close the source when they stop for any reason, so a browser that goes
away (the server closes the iterator, or cancels the task) closes the C1
stream too. ``on_complete`` is called once, at the end, with an
``AnswerResult``: store the turn in the thread history there
(``record_turn``). ``on_error`` is called with an ``AnswerFailure`` for every
answer that failed, which is also logged at WARNING with C1's request id and
status (see ``failures``); ``body.start()`` opens the stream and gives the
response headers that say so to a proxy.

The body ``aiter_answer`` returns is written once, in ``_async/answer.py``;
``iter_answer``'s is derived from it (generator/pipeline/unasync.py), and
what the two truly differ in (what a source may be, how it is opened, read
and closed) is ``answer_sources``'.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterable, Iterable

from .._generated._sync.react.answer import AnswerBody
from ._async.answer import AsyncAnswerBody
from .answer_sources import AsyncOnComplete, AsyncSource, OnComplete, SyncSource, is_iterable_source
from .encoder import AnswerEncoder, ErrorNotice, default_error_notice
from .failures import AsyncOnError, OnError

__all__ = [
    "ANSWER_HEADERS",
    "ANSWER_MEDIA_TYPE",
    "AnswerBody",
    "AsyncAnswerBody",
    "AsyncOnComplete",
    "AsyncSource",
    "OnComplete",
    "SyncSource",
    "aiter_answer",
    "iter_answer",
]

# Served as an event stream so proxies and browsers pass it on unbuffered,
# although the body is raw answer text (the React client does no SSE parsing).
ANSWER_MEDIA_TYPE = "text/event-stream"
ANSWER_HEADERS = {"Cache-Control": "no-cache, no-transform", "X-Accel-Buffering": "no"}


def iter_answer(
    source: SyncSource,
    *,
    on_complete: OnComplete | None = None,
    error_notice: ErrorNotice = default_error_notice,
    on_error: OnError | None = None,
) -> AnswerBody:
    """The answer's bytes for a WSGI response; closing the iterator closes the stream.

    ``source`` is the stream, or a function without arguments that opens it
    (``lambda: client.chat.completions.create(..., stream=True)``): then a
    failure to open it, such as a 429 from C1, is shown in the chat too.
    """
    if isinstance(source, AsyncIterable) and not isinstance(source, Iterable):
        raise TypeError("iter_answer(): source is an async stream; use aiter_answer() in an async framework")
    if not is_iterable_source(source) and not callable(source):
        raise TypeError(
            "iter_answer(): source must be a C1 stream, an iterable of items or a function that opens the stream, "
            f"got {type(source).__name__}"
        )
    return AnswerBody(source, on_complete, _encoder("iter_answer", on_complete, error_notice, on_error), on_error)


def aiter_answer(
    source: AsyncSource,
    *,
    on_complete: AsyncOnComplete | None = None,
    error_notice: ErrorNotice = default_error_notice,
    on_error: AsyncOnError | None = None,
) -> AsyncAnswerBody:
    """The answer's bytes for an ASGI response; closing or cancelling it closes the stream.

    ``source`` is the stream, or what opens it: the awaitable
    ``AsyncC1().chat.completions.create(..., stream=True)`` without ``await``,
    or a function without arguments for ``C1``
    (``lambda: client.chat.completions.create(..., stream=True)``), called in
    a worker thread so that opening blocks no other request. Then a failure
    to open it, such as a 429 from C1, is shown in the chat too. A synchronous
    stream (``C1``'s) is read in a worker thread, one item at a time.
    ``on_complete`` and ``on_error`` may be coroutine functions.
    """
    if (
        not is_iterable_source(source)
        and not isinstance(source, AsyncIterable)
        and not inspect.isawaitable(source)
        and not callable(source)
    ):
        raise TypeError(
            "aiter_answer(): source must be a C1 stream, an (async) iterable of items, or an awaitable or function "
            f"that opens the stream, got {type(source).__name__}"
        )
    encoder = _encoder("aiter_answer", on_complete, error_notice, on_error)
    return AsyncAnswerBody(source, on_complete, encoder, on_error)


def _encoder(function: str, on_complete: object, error_notice: ErrorNotice, on_error: object) -> AnswerEncoder:
    for parameter, value in (("on_complete", on_complete), ("error_notice", error_notice), ("on_error", on_error)):
        if value is not None and not callable(value):
            raise TypeError(f"{function}(): {parameter} must be callable, got {type(value).__name__}")
    return AnswerEncoder(error_notice)
