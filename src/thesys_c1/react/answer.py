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
"""

from __future__ import annotations

import inspect
import itertools
import logging
from collections.abc import (
    AsyncGenerator,
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Iterator,
)
from typing import Any

import anyio
import anyio.to_thread

from .encoder import AnswerEncoder, AnswerResult, ErrorNotice, default_error_notice
from .failures import AnswerState, AsyncOnError, OnError, areport_error, report_error

logger = logging.getLogger("thesys_c1.react")

OnComplete = Callable[[AnswerResult], object]
AsyncOnComplete = Callable[[AnswerResult], Awaitable[object] | object]

# Served as an event stream so proxies and browsers pass it on unbuffered,
# although the body is raw answer text (the React client does no SSE parsing).
ANSWER_MEDIA_TYPE = "text/event-stream"
ANSWER_HEADERS = {"Cache-Control": "no-cache, no-transform", "X-Accel-Buffering": "no"}


SyncSource = Iterable[Any] | Callable[[], Iterable[Any]]
_Opened = AsyncIterable[Any] | Iterable[Any]
AsyncSource = _Opened | Awaitable[_Opened] | Callable[[], _Opened | Awaitable[_Opened]]


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
    if not _is_iterable_source(source) and not callable(source):
        raise TypeError(
            "iter_answer(): source must be a C1 stream, an iterable of items or a function that opens the stream, "
            f"got {type(source).__name__}"
        )
    _check_callable("iter_answer", "on_complete", on_complete)
    _check_callable("iter_answer", "error_notice", error_notice)
    _check_callable("iter_answer", "on_error", on_error)
    return AnswerBody(source, on_complete, AnswerEncoder(error_notice), on_error)


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
        not _is_iterable_source(source)
        and not isinstance(source, AsyncIterable)
        and not inspect.isawaitable(source)
        and not callable(source)
    ):
        raise TypeError(
            "aiter_answer(): source must be a C1 stream, an (async) iterable of items, or an awaitable or function "
            f"that opens the stream, got {type(source).__name__}"
        )
    _check_callable("aiter_answer", "on_complete", on_complete)
    _check_callable("aiter_answer", "error_notice", error_notice)
    _check_callable("aiter_answer", "on_error", on_error)
    return AsyncAnswerBody(source, on_complete, AnswerEncoder(error_notice), on_error)


# A generator closed before its first step never runs its body, not even its
# `finally`: a browser that leaves before the first byte would leave the C1
# stream open and on_complete uncalled. These wrappers do that cleanup then.


class AnswerBody:
    """The iterator of bytes ``iter_answer`` returns; WSGI servers call its ``close()`` when the browser is gone."""

    def __init__(
        self, source: SyncSource, on_complete: OnComplete | None, encoder: AnswerEncoder, on_error: OnError | None
    ) -> None:
        self._unstarted: SyncSource | None = source
        self._on_complete = on_complete
        self._encoder = encoder
        self.state = AnswerState()
        self._pending = b""
        self._body = _iterate(source, on_complete, encoder, self.state, on_error)

    def __iter__(self) -> AnswerBody:
        return self

    def __next__(self) -> bytes:
        self._unstarted = None
        data, self._pending = self._pending, b""
        while not data:
            data = next(self._body)
        return data

    def start(self) -> dict[str, str]:
        """Open the C1 stream now and give the headers for the response (``X-C1-Request-Id``, ``X-C1-Answer``)."""
        if self._unstarted is not None:
            self._unstarted = None
            self._pending = next(self._body, b"")
        return self.state.headers()

    def close(self) -> None:
        unstarted, self._unstarted = self._unstarted, None
        self._body.close()
        if unstarted is None:
            return
        _log_disconnect(self._encoder)
        if _is_iterable_source(unstarted):
            _close(unstarted)
        _report(self._on_complete, self._encoder.result(error=None, disconnected=True))


class AsyncAnswerBody:
    """The async iterator of bytes ``aiter_answer`` returns; closing it (``aclose()``) closes the C1 stream."""

    def __init__(
        self,
        source: AsyncSource,
        on_complete: AsyncOnComplete | None,
        encoder: AnswerEncoder,
        on_error: AsyncOnError | None,
    ) -> None:
        self._unstarted: AsyncSource | None = source
        self._on_complete = on_complete
        self._encoder = encoder
        self.state = AnswerState()
        self._pending = b""
        self._body = _aiterate(source, on_complete, encoder, self.state, on_error)

    def __aiter__(self) -> AsyncAnswerBody:
        return self

    async def __anext__(self) -> bytes:
        self._unstarted = None
        data, self._pending = self._pending, b""
        while not data:
            data = await self._body.__anext__()
        return data

    async def start(self) -> dict[str, str]:
        """Open the C1 stream now and give the headers for the response (``X-C1-Request-Id``, ``X-C1-Answer``)."""
        if self._unstarted is not None:
            self._unstarted = None
            try:
                self._pending = await self._body.__anext__()
            except StopAsyncIteration:
                self._pending = b""
        return self.state.headers()

    async def aclose(self) -> None:
        unstarted, self._unstarted = self._unstarted, None
        await self._body.aclose()
        if unstarted is None:
            return
        _log_disconnect(self._encoder)
        with anyio.CancelScope(shield=True):
            if inspect.iscoroutine(unstarted):
                unstarted.close()  # never awaited, so nothing was opened
            else:
                await _aclose(unstarted)
            await _areport(self._on_complete, self._encoder.result(error=None, disconnected=True))


def _report(on_complete: OnComplete | None, result: AnswerResult) -> None:
    if on_complete is None:
        return
    try:
        on_complete(result)
    except Exception:
        logger.exception("on_complete raised; the answer had already been sent")


async def _areport(on_complete: AsyncOnComplete | None, result: AnswerResult) -> None:
    if on_complete is None:
        return
    try:
        outcome = on_complete(result)
        if inspect.isawaitable(outcome):
            await outcome
    except Exception:
        logger.exception("on_complete raised; the answer had already been sent")


def _is_iterable_source(source: object) -> bool:
    return isinstance(source, Iterable) and not isinstance(source, str | bytes | bytearray)


def _opened_sync(source: SyncSource) -> Iterable[Any]:
    opened = source if _is_iterable_source(source) else source()  # type: ignore[operator]
    if not _is_iterable_source(opened):
        raise TypeError(f"iter_answer(): the function given as source returned {type(opened).__name__}, not a stream")
    return opened  # type: ignore[return-value]


async def _opened_async(source: AsyncSource) -> _Opened:
    given = "awaitable"
    opened: object = source
    if not inspect.isawaitable(source) and not _is_iterable_source(source) and not isinstance(source, AsyncIterable):
        given = "function"
        opened = await _call_in_thread(source)  # type: ignore[arg-type]
    if inspect.isawaitable(opened):
        # The function may also hand back AsyncC1's un-awaited call.
        opened = await opened
    if not isinstance(opened, AsyncIterable) and not _is_iterable_source(opened):
        raise TypeError(f"aiter_answer(): the {given} given as source gave {type(opened).__name__}, not a stream")
    return opened  # type: ignore[return-value]


async def _call_in_thread(function: Callable[[], object]) -> object:
    # A sync C1 call blocks for the whole request, retries included: on the
    # event loop it would stall every other request of the server.
    opened: list[object] = []
    try:
        await anyio.to_thread.run_sync(lambda: opened.append(function()))
    except BaseException:
        # Cancelled (the browser left) while the thread was opening: the
        # thread still finished, so close what it opened.
        if opened:
            with anyio.CancelScope(shield=True):
                await _aclose(opened[0])
        raise
    return opened[0]


def _check_callable(function: str, parameter: str, value: object) -> None:
    if value is not None and not callable(value):
        raise TypeError(f"{function}(): {parameter} must be callable, got {type(value).__name__}")


def _log_disconnect(encoder: AnswerEncoder) -> None:
    logger.info("browser went away after %d characters; the C1 stream was closed", encoder.sent_characters)


def _iterate(
    source: SyncSource,
    on_complete: OnComplete | None,
    encoder: AnswerEncoder,
    state: AnswerState,
    on_error: OnError | None,
) -> Generator[bytes, None, None]:
    error: BaseException | None = None
    disconnected = False
    stream: Iterable[Any] | None = None
    try:
        try:
            stream = _opened_sync(source)
            first = _first_items(stream)
            state.open(stream)
            yield b""  # opened: start() stops here, the headers known
            for item in itertools.chain(first, stream):
                data = encoder.add(item)
                if data:
                    yield data
                if encoder.failed:
                    encoder.raise_failure()
            data = encoder.end()
            if data:
                yield data
            encoder.raise_failure()
        except Exception as failure:
            error = failure
            report_error(on_error, state.fail(failure, encoder.sent_characters))
            yield encoder.fail(failure)
    except GeneratorExit:
        disconnected = True
        _log_disconnect(encoder)
        raise
    finally:
        _close(stream)
        _report(on_complete, encoder.result(error=error, disconnected=disconnected))


def _close(source: object) -> None:
    close = getattr(source, "close", None)
    if callable(close):
        try:
            close()
        except Exception:
            logger.exception("closing the C1 stream failed")


async def _aiterate(
    source: AsyncSource,
    on_complete: AsyncOnComplete | None,
    encoder: AnswerEncoder,
    state: AnswerState,
    on_error: AsyncOnError | None,
) -> AsyncGenerator[bytes, None]:
    error: BaseException | None = None
    disconnected = False
    stream: AsyncIterable[Any] | Iterable[Any] | None = None
    cancelled = anyio.get_cancelled_exc_class()
    try:
        try:
            stream = await _opened_async(source)
            items = _items(stream)
            first = await _afirst_items(stream, items)
            state.open(stream)
            yield b""  # opened: start() stops here, the headers known
            for item in first:
                data = encoder.add(item)
                if data:
                    yield data
                if encoder.failed:
                    encoder.raise_failure()
            async for item in items:
                data = encoder.add(item)
                if data:
                    yield data
                if encoder.failed:
                    encoder.raise_failure()
            data = encoder.end()
            if data:
                yield data
            encoder.raise_failure()
        except Exception as failure:
            error = failure
            await areport_error(on_error, state.fail(failure, encoder.sent_characters))
            yield encoder.fail(failure)
    except (GeneratorExit, cancelled):
        disconnected = True
        _log_disconnect(encoder)
        raise
    finally:
        # Shielded: when the browser went away this task is being cancelled,
        # and an unshielded await here would be cancelled before the C1
        # stream was closed.
        with anyio.CancelScope(shield=True):
            await _aclose(stream)
            await _areport(on_complete, encoder.result(error=error, disconnected=disconnected))


def _opens_when_read(stream: object) -> bool:
    # A tool loop (tool_progress) asks C1 only when its first item is read; a
    # C1 stream already knows its request id once open.
    return getattr(stream, "opens_when_read", False) is True


def _first_items(stream: Iterable[Any]) -> list[Any]:
    """The items to read before the headers are known: the first of a tool loop, so its request is sent."""
    if not _opens_when_read(stream):
        return []
    return list(itertools.islice(stream, 1))


async def _afirst_items(stream: object, items: AsyncIterator[Any]) -> list[Any]:
    if not _opens_when_read(stream):
        return []
    try:
        return [await anext(items)]
    except StopAsyncIteration:
        return []


def _items(source: AsyncIterable[Any] | Iterable[Any]) -> AsyncIterator[Any]:
    if isinstance(source, AsyncIterable):
        return aiter(source)
    return _ThreadedIterator(iter(source))


class _ThreadedIterator:
    """Reads a synchronous iterator from a worker thread, one item per ``__anext__``."""

    _done = object()

    def __init__(self, iterator: Iterator[Any]) -> None:
        self._iterator = iterator

    def __aiter__(self) -> _ThreadedIterator:
        return self

    async def __anext__(self) -> Any:
        # Not abandoned on cancellation: the thread finishes its read first,
        # so the iterator is idle again when it is closed.
        item = await anyio.to_thread.run_sync(next, self._iterator, self._done)
        if item is self._done:
            raise StopAsyncIteration
        return item


async def _aclose(source: object) -> None:
    try:
        aclose = getattr(source, "aclose", None)
        if callable(aclose):
            await aclose()
            return
        close = getattr(source, "close", None)
        if callable(close):
            if isinstance(source, AsyncIterable):
                outcome = close()
                if inspect.isawaitable(outcome):
                    await outcome
            else:
                await anyio.to_thread.run_sync(close)
    except Exception:
        logger.exception("closing the C1 stream failed")
