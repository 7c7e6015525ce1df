"""The streams ``stream=True`` returns, read as they arrive; ``thesys_c1._lib.streaming`` says what they do."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from ..._generated.models import ResponseOutputTextDeltaEvent
from ..errors import APIError
from ..sse import SSEDecoder
from ..stream_readers import ChatChunkReader, R, ResponseEventReader, StreamBase, T, final_text, with_request_id

if TYPE_CHECKING:
    from ..._generated.models import (
        ChatCompletion,
        ChatCompletionChunk,  # noqa: F401 (a base class names it, in quotes)
        ResponseObject,
        ResponseUnknownStreamEvent,
    )
    from ..._generated.unions import ResponseStreamEvent


class AsyncStream(StreamBase[T, R]):
    """An async iterator of models read from a server-sent event stream; also an async context manager."""

    def __init__(self, response: httpx.Response, reader: R) -> None:
        super().__init__(response, reader)
        self._iterator = self._iterate()

    async def _iterate(self) -> AsyncGenerator[T, None]:
        reader = self._reader
        decoder = SSEDecoder()
        try:
            try:
                async for chunk in self.response.aiter_bytes():
                    for sse in decoder.feed(chunk):
                        item = reader.on_event(sse)
                        if reader.finished:
                            await self.response.aclose()
                            if item is not None:
                                yield item
                            return
                        if item is not None:
                            yield item
                reader.on_end(decoder.pending)
            except httpx.HTTPError as error:
                raise self._broken(error) from None
            except APIError:
                raise
            except Exception as error:
                raise reader.unreadable(error) from None
        finally:
            await self.response.aclose()

    def __aiter__(self) -> AsyncIterator[T]:
        # The generator itself, so that a loop over the stream pays no call of this class's per chunk.
        return self._iterator

    async def __anext__(self) -> T:
        return await anext(self._iterator)

    async def until_done(self) -> Self:
        """Read the rest of the stream; APIStreamError when it cannot end properly (closed early, broken)."""
        async for _ in self:
            pass
        self._reader.require_complete()
        return self

    async def close(self) -> None:
        """Stop reading and close the connection."""
        await self._iterator.aclose()
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class AsyncChatCompletionStream(AsyncStream["ChatCompletionChunk", ChatChunkReader]):
    """``client.chat.completions.create(..., stream=True)``: ``ChatCompletionChunk`` models."""

    async def text_deltas(self) -> AsyncIterator[str]:
        """Only the new text of the first choice, chunk by chunk."""
        async for chunk in self:
            for choice in chunk.choices:
                content = choice.delta.content
                if choice.index == 0 and isinstance(content, str) and content:
                    yield content

    async def get_final_completion(self) -> ChatCompletion:
        """The whole answer as one ``ChatCompletion``, as if it had not been streamed."""
        await self.until_done()
        return with_request_id(self._reader.final(self._reader.accumulator.completion), self.request_id)

    async def get_final_text(self) -> str:
        """The whole text of the first choice."""
        await self.until_done()
        return self._reader.accumulator.text()


class AsyncResponseStream(AsyncStream["ResponseStreamEvent", ResponseEventReader]):
    """``client.responses.create(..., stream=True)``: Responses stream event models.

    Events this SDK cannot type are left out, as the Open Responses spec asks
    of clients; ``with_unknown_events()`` hands them out too.
    """

    def with_unknown_events(self) -> AsyncIterator[ResponseStreamEvent | ResponseUnknownStreamEvent]:
        """The rest of the stream's events, with those this SDK cannot type as ``ResponseUnknownStreamEvent``
        (all their fields kept). Reading the stream itself still gives only the typed ones."""
        self._reader.keep_unknown = True
        events: AsyncIterator[ResponseStreamEvent | ResponseUnknownStreamEvent] = self._iterator
        return events

    def __aiter__(self) -> AsyncIterator[ResponseStreamEvent]:
        if not self._reader.keep_unknown:
            return self._iterator
        # Checked once per loop, not per event: the plain stream stays as fast as before.
        return self._known()

    async def _known(self) -> AsyncIterator[ResponseStreamEvent]:
        unknown = self._reader._unknown
        async for event in self._iterator:
            if type(event) is not unknown:
                yield event

    async def __anext__(self) -> ResponseStreamEvent:
        return await anext(aiter(self))

    async def text_deltas(self) -> AsyncIterator[str]:
        """Only the new output text, event by event."""
        async for event in self:
            if isinstance(event, ResponseOutputTextDeltaEvent):
                yield event.delta

    async def get_final_response(self) -> ResponseObject:
        """The response of the stream's final ``response.completed`` (or failed/incomplete) event."""
        await self.until_done()
        return with_request_id(self._reader.final(self._reader.accumulator.response), self.request_id)

    async def get_final_text(self) -> str:
        """The whole output text; APIStreamError when the response failed."""
        await self.until_done()
        return final_text(self._reader)
