"""What ``iter_answer`` and ``aiter_answer`` truly differ in: how a source is opened, read and closed.

The answer body is written once, async, in ``_async/answer.py``; ``iter_answer``'s
is derived from it (generator/pipeline/unasync.py), whose table maps each async
function here onto its blocking partner. The async side takes more: an
awaitable that opens the stream, a function run in a worker thread, a
blocking stream read in a worker thread item by item, callbacks that are
coroutine functions; and it shields its cleanup from the cancellation that
ends a task whose browser went away.
"""

from __future__ import annotations

import contextlib
import inspect
import logging
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import Any

import anyio
import anyio.to_thread

from .encoder import AnswerEncoder, AnswerResult

logger = logging.getLogger("thesys_c1.react")

OnComplete = Callable[[AnswerResult], object]
AsyncOnComplete = Callable[[AnswerResult], Awaitable[object] | object]

OpenedStream = Iterable[Any]
AsyncOpenedStream = AsyncIterable[Any] | Iterable[Any]
SyncSource = OpenedStream | Callable[[], OpenedStream]
_AsyncOpens = AsyncOpenedStream | Awaitable[AsyncOpenedStream]
AsyncSource = _AsyncOpens | Callable[[], _AsyncOpens]


def is_iterable_source(source: object) -> bool:
    return isinstance(source, Iterable) and not isinstance(source, str | bytes | bytearray)


def opens_when_read(stream: object) -> bool:
    # A tool loop (tool_progress) asks C1 only when its first item is read; a
    # C1 stream already knows its request id once open.
    return getattr(stream, "opens_when_read", False) is True


def log_disconnect(encoder: AnswerEncoder) -> None:
    logger.info("browser went away after %d characters; the C1 stream was closed", encoder.sent_characters)


# Opening the source.


def opened(source: SyncSource) -> OpenedStream:
    opened = source if is_iterable_source(source) else source()  # type: ignore[operator]
    if not is_iterable_source(opened):
        raise TypeError(f"iter_answer(): the function given as source returned {type(opened).__name__}, not a stream")
    return opened  # type: ignore[return-value]


async def aopened(source: AsyncSource) -> AsyncOpenedStream:
    given = "awaitable"
    opened: object = source
    if not inspect.isawaitable(source) and not is_iterable_source(source) and not isinstance(source, AsyncIterable):
        given = "function"
        opened = await _call_in_thread(source)  # type: ignore[arg-type]
    if inspect.isawaitable(opened):
        # The function may also hand back AsyncC1's un-awaited call.
        opened = await opened
    if not isinstance(opened, AsyncIterable) and not is_iterable_source(opened):
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
                await aclose_stream(opened[0])
        raise
    return opened[0]


# Reading it.


def read_items(stream: OpenedStream) -> Iterator[Any]:
    return iter(stream)


def aread_items(stream: AsyncOpenedStream) -> AsyncIterator[Any]:
    if isinstance(stream, AsyncIterable):
        return aiter(stream)
    return _ThreadedIterator(iter(stream))


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


# How reading ends when the browser goes away: a closed generator; for an async one, also a cancelled task.


def closed() -> tuple[type[BaseException], ...]:
    return (GeneratorExit,)


def cancelled_or_closed() -> tuple[type[BaseException], ...]:
    return (GeneratorExit, anyio.get_cancelled_exc_class())


# Closing it, and the cleanup around that.


def unshielded() -> contextlib.AbstractContextManager[object]:
    """Nothing cancels a blocking answer's cleanup."""
    return contextlib.nullcontext()


def shielded() -> contextlib.AbstractContextManager[object]:
    """Cleanup that must finish although the task is being cancelled (the browser went away)."""
    return anyio.CancelScope(shield=True)


def close_stream(source: object) -> None:
    close = getattr(source, "close", None)
    if callable(close):
        try:
            close()
        except Exception:
            logger.exception("closing the C1 stream failed")


async def aclose_stream(source: object) -> None:
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


def close_unopened(source: SyncSource) -> None:
    """Close a source the body never started on: a stream given ready; a function that opens one opened nothing."""
    if is_iterable_source(source):
        close_stream(source)


async def aclose_unopened(source: AsyncSource) -> None:
    if inspect.iscoroutine(source):
        source.close()  # never awaited, so nothing was opened
    else:
        await aclose_stream(source)
