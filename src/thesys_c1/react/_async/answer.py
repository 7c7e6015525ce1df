"""The body an answer is served as, bytes as they come; ``thesys_c1.react.answer`` says what it does."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any

from ..answer_sources import (
    AsyncOnComplete,
    AsyncOpenedStream,
    AsyncSource,
    aclose_stream,
    aclose_unopened,
    aopened,
    aread_items,
    cancelled_or_closed,
    log_disconnect,
    opens_when_read,
    shielded,
)
from ..encoder import AnswerEncoder
from ..failures import ON_COMPLETE_RAISED, ON_ERROR_RAISED, AnswerState, AsyncOnError, anotify

# A generator closed before its first step never runs its body, not even its
# `finally`: a browser that leaves before the first byte would leave the C1
# stream open and on_complete uncalled. This wrapper does that cleanup then.


class AsyncAnswerBody:
    """The async iterator of bytes ``aiter_answer`` returns; the server closes it (``aclose()``) when the browser
    is gone, and that closes the C1 stream."""

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
        self._body = _iterate(source, on_complete, encoder, self.state, on_error)

    def __aiter__(self) -> AsyncAnswerBody:
        return self

    async def __anext__(self) -> bytes:
        self._unstarted = None
        data, self._pending = self._pending, b""
        while not data:
            data = await anext(self._body)
        return data

    async def start(self) -> dict[str, str]:
        """Open the C1 stream now and give the headers for the response (``X-C1-Request-Id``, ``X-C1-Answer``)."""
        if self._unstarted is not None:
            self._unstarted = None
            try:
                self._pending = await anext(self._body)
            except StopAsyncIteration:
                self._pending = b""
        return self.state.headers()

    async def aclose(self) -> None:
        unstarted, self._unstarted = self._unstarted, None
        await self._body.aclose()
        if unstarted is None:
            return
        log_disconnect(self._encoder)
        with shielded():
            await aclose_unopened(unstarted)
            await anotify(self._on_complete, self._encoder.result(error=None, disconnected=True), ON_COMPLETE_RAISED)


async def _iterate(
    source: AsyncSource,
    on_complete: AsyncOnComplete | None,
    encoder: AnswerEncoder,
    state: AnswerState,
    on_error: AsyncOnError | None,
) -> AsyncGenerator[bytes, None]:
    error: BaseException | None = None
    disconnected = False
    stream: AsyncOpenedStream | None = None
    gone = cancelled_or_closed()
    try:
        try:
            stream = await aopened(source)
            items = aread_items(stream)
            first = await _first_items(stream, items)
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
            await anotify(on_error, state.fail(failure, encoder.sent_characters), ON_ERROR_RAISED)
            yield encoder.fail(failure)
    except gone:
        disconnected = True
        log_disconnect(encoder)
        raise
    finally:
        # Shielded, where a task runs it: when the browser went away the task
        # is being cancelled, and cleanup that is not shielded would be
        # cancelled before the C1 stream was closed.
        with shielded():
            await aclose_stream(stream)
            await anotify(on_complete, encoder.result(error=error, disconnected=disconnected), ON_COMPLETE_RAISED)


async def _first_items(stream: object, items: AsyncIterator[Any]) -> list[Any]:
    """The items to read before the headers are known: the first of a tool loop, so its request is sent."""
    if not opens_when_read(stream):
        return []
    try:
        return [await anext(items)]
    except StopAsyncIteration:
        return []
