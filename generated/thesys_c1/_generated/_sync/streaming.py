# The blocking twin of src/thesys_c1/_lib/_async/streaming.py, derived by `make generate` (generator/pipeline/unasync.py).
# Edit that file, never this one: `make check` fails when the two drift apart.
"""The streams ``stream=True`` returns, read as they arrive; ``thesys_c1._lib.streaming`` says what they do."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from ..._generated.models import ResponseOutputTextDeltaEvent
from ..._lib.errors import APIError
from ..._lib.sse import SSEDecoder
from ..._lib.stream_readers import ChatChunkReader, R, ResponseEventReader, StreamBase, T, final_text, with_request_id

if TYPE_CHECKING:
    from ..._generated.models import (
        ChatCompletion,
        ChatCompletionChunk,  # noqa: F401 (a base class names it, in quotes)
        ResponseObject,
        ResponseUnknownStreamEvent,
    )
    from ..._generated.unions import ResponseStreamEvent


class Stream(StreamBase[T, R]):
    """An iterator of models read from a server-sent event stream; also a context manager."""

    def __init__(self, response: httpx.Response, reader: R) -> None:
        super().__init__(response, reader)
        self._iterator = self._iterate()

    def _iterate(self) -> Generator[T, None]:
        reader = self._reader
        decoder = SSEDecoder()
        try:
            try:
                for chunk in self.response.iter_bytes():
                    for sse in decoder.feed(chunk):
                        item = reader.on_event(sse)
                        if reader.finished:
                            self.response.close()
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
            self.response.close()

    def __iter__(self) -> Iterator[T]:
        # The generator itself, so that a loop over the stream pays no call of this class's per chunk.
        return self._iterator

    def __next__(self) -> T:
        return next(self._iterator)

    def until_done(self) -> Self:
        """Read the rest of the stream; APIStreamError when it cannot end properly (closed early, broken)."""
        for _ in self:
            pass
        self._reader.require_complete()
        return self

    def close(self) -> None:
        """Stop reading and close the connection."""
        self._iterator.close()
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class ChatCompletionStream(Stream["ChatCompletionChunk", ChatChunkReader]):
    """``client.chat.completions.create(..., stream=True)``: ``ChatCompletionChunk`` models."""

    def text_deltas(self) -> Iterator[str]:
        """Only the new text of the first choice, chunk by chunk."""
        for chunk in self:
            for choice in chunk.choices:
                content = choice.delta.content
                if choice.index == 0 and isinstance(content, str) and content:
                    yield content

    def get_final_completion(self) -> ChatCompletion:
        """The whole answer as one ``ChatCompletion``, as if it had not been streamed."""
        self.until_done()
        return with_request_id(self._reader.final(self._reader.accumulator.completion), self.request_id)

    def get_final_text(self) -> str:
        """The whole text of the first choice."""
        self.until_done()
        return self._reader.accumulator.text()


class ResponseStream(Stream["ResponseStreamEvent", ResponseEventReader]):
    """``client.responses.create(..., stream=True)``: Responses stream event models.

    Events this SDK cannot type are left out, as the Open Responses spec asks
    of clients; ``with_unknown_events()`` hands them out too.
    """

    def with_unknown_events(self) -> Iterator[ResponseStreamEvent | ResponseUnknownStreamEvent]:
        """The rest of the stream's events, with those this SDK cannot type as ``ResponseUnknownStreamEvent``
        (all their fields kept). Reading the stream itself still gives only the typed ones."""
        self._reader.keep_unknown = True
        events: Iterator[ResponseStreamEvent | ResponseUnknownStreamEvent] = self._iterator
        return events

    def __iter__(self) -> Iterator[ResponseStreamEvent]:
        if not self._reader.keep_unknown:
            return self._iterator
        # Checked once per loop, not per event: the plain stream stays as fast as before.
        return self._known()

    def _known(self) -> Iterator[ResponseStreamEvent]:
        unknown = self._reader._unknown
        for event in self._iterator:
            if type(event) is not unknown:
                yield event

    def __next__(self) -> ResponseStreamEvent:
        return next(iter(self))

    def text_deltas(self) -> Iterator[str]:
        """Only the new output text, event by event."""
        for event in self:
            if isinstance(event, ResponseOutputTextDeltaEvent):
                yield event.delta

    def get_final_response(self) -> ResponseObject:
        """The response of the stream's final ``response.completed`` (or failed/incomplete) event."""
        self.until_done()
        return with_request_id(self._reader.final(self._reader.accumulator.response), self.request_id)

    def get_final_text(self) -> str:
        """The whole output text; APIStreamError when the response failed."""
        self.until_done()
        return final_text(self._reader)
