"""Typed streams: ``stream=True`` returns one of these instead of the finished answer.

A stream is an iterator of chunk or event models (an async iterator for
``AsyncC1``) and a context manager; leaving the ``with`` block, or calling
``close()``, closes the HTTP connection even when the stream was not read to
the end. As it is read, the stream also builds the whole answer, so
``get_final_text()`` / ``get_final_completion()`` / ``get_final_response()``
are available once it ends (they read whatever is left first).

A stream is complete the moment its terminator arrives (``[DONE]`` for Chat
Completions, the terminal ``response.completed`` / ``failed`` / ``incomplete``
event for Responses): the connection is closed then, so nothing a server sends
or fails to send after it can spoil or delay the answer. A connection that
drops, a garbage event or an end without the terminator raises
``APIStreamError``: a cut stream never looks like a short answer. Each event is
checked against the spec before it is handed out or added to the answer.
Streams are never retried once they have started.

A Responses stream leaves out the events it cannot type (a type newer than the
spec, or a known event holding an item of a new type): Open Responses asks
clients to ignore them, and the stream's event type then lists only known
events, so ``event.type == "response.output_text.delta"`` narrows it.
``with_unknown_events()`` hands them out as ``ResponseUnknownStreamEvent``.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx

from .accumulate import ChatCompletionAccumulator, ResponseAccumulator
from .content import output_text
from .errors import APIError, APIStreamError
from .json_decoding import NotJSON, decoder
from .model_lookup import model_class
from .parsing import ParseError, parser_for
from .sse import ServerSentEvent, SSEDecoder

if TYPE_CHECKING:
    from .._generated.models import ChatCompletion, ChatCompletionChunk, ResponseObject, ResponseUnknownStreamEvent
    from .._generated.unions import ResponseStreamEvent

T = TypeVar("T")
T2 = TypeVar("T2")
_DONE = "[DONE]"


class _Reader(Generic[T]):
    """Turns the events of one stream into models and knows when the stream is complete."""

    finished = False

    def __init__(self, response: httpx.Response, request_id: str | None, event_schema: str) -> None:
        self.response = response
        self.request_id = request_id
        self._parse = parser_for(event_schema)
        self._loads = decoder()

    def fail(self, message: str, body: object = None) -> APIStreamError:
        return APIStreamError(message, response=self.response, body=body, request_id=self.request_id)

    def on_event(self, sse: ServerSentEvent) -> T | None:
        raise NotImplementedError

    def on_end(self, cut_mid_event: bool) -> None:
        """The body ended before the terminator: fine only if the answer is whole all the same."""
        raise NotImplementedError

    def unreadable(self, error: Exception) -> APIStreamError:
        # A last guard, whatever the exception: no event may end a stream in an untyped error.
        return self.fail(f"the stream sent an event this SDK could not read ({type(error).__name__}: {error})")

    @property
    def complete(self) -> bool:
        """Whether the whole answer arrived, so that a final answer may be built from it."""
        raise NotImplementedError

    def final(self, build: Callable[[], T2]) -> T2:
        """The final answer built by ``build``; a typed error when it does not fit the spec."""
        self.require_complete()
        try:
            return build()
        except (ParseError, LookupError) as error:
            raise self.fail(f"the stream's final answer does not fit the spec: {error}") from None

    def require_complete(self) -> None:
        if not self.complete:
            raise self.fail(
                "the stream did not finish (it was closed early or broke off), so there is no final answer;"
                " the events read so far were handed out as they came"
            )


class ChatChunkReader(_Reader["ChatCompletionChunk"]):
    def __init__(self, response: httpx.Response, request_id: str | None, event_schema: str) -> None:
        super().__init__(response, request_id, event_schema)
        self.accumulator = ChatCompletionAccumulator()

    def on_event(self, sse: ServerSentEvent) -> ChatCompletionChunk | None:
        # Called once per chunk: decoding and parsing are inlined rather than delegated.
        data = sse.data
        if data == _DONE:
            self.finished = True
            return None
        try:
            raw = self._loads(data)
        except NotJSON as error:
            raise self.fail(f"the stream sent an event that is not JSON ({error}): {data[:80]!r}") from None
        if type(raw) is not dict or ("error" in raw and "choices" not in raw):
            reported = raw.get("error") if isinstance(raw, dict) else raw
            message = reported.get("message") if isinstance(reported, dict) else reported
            raise self.fail(f"the server reported an error mid-stream: {message}", raw)
        try:
            chunk: ChatCompletionChunk = self._parse(raw)
        except ParseError as error:
            raise self.fail(f"the stream sent an event that does not fit the spec: {error}", raw) from None
        self.accumulator.add(raw)
        return chunk

    @property
    def complete(self) -> bool:
        # Some OpenAI-compatible servers leave out [DONE]; a finish reason on
        # every choice, with nothing after it, still proves the answer is whole.
        return self.finished or self.accumulator.finished

    def on_end(self, cut_mid_event: bool) -> None:
        if cut_mid_event or not self.complete:
            raise self.fail(f"the stream ended after {self.accumulator.chunks} chunks without [DONE]")


class ResponseEventReader(_Reader["ResponseStreamEvent"]):
    # Unknown events are read all the same (they count towards the answer); whether they are handed out is this.
    keep_unknown = False

    def __init__(self, response: httpx.Response, request_id: str | None, event_schema: str) -> None:
        super().__init__(response, request_id, event_schema)
        self.accumulator = ResponseAccumulator()
        self._unknown = model_class("ResponseUnknownStreamEvent")

    def on_event(self, sse: ServerSentEvent) -> ResponseStreamEvent | None:
        # Called once per event: decoding and parsing are inlined, as for chat chunks.
        data = sse.data
        if data == _DONE:
            # [DONE] closes the stream; only a terminal event (which ends reading first) makes it whole.
            raise self._cut()
        try:
            raw = self._loads(data)
        except NotJSON as error:
            raise self.fail(f"the stream sent an event that is not JSON ({error}): {data[:80]!r}") from None
        # Decoded JSON is a plain dict, never a subclass: the type test stands for isinstance.
        if type(raw) is not dict:
            raise self.fail("the stream sent an event without a type", raw)
        kind = raw.get("type")
        if kind is None and sse.event and "type" not in raw:
            kind = raw["type"] = sse.event
        if type(kind) is not str:
            raise self.fail("the stream sent an event without a type", raw)
        if kind == "error":
            # Open Responses' `error` event ends the answer: what came before is not the whole of it.
            nested = raw.get("error")
            detail: dict[str, Any] = nested if isinstance(nested, dict) else raw
            raise self.fail(f"the server reported an error mid-stream: {detail.get('message')}", raw)
        try:
            event: ResponseStreamEvent = self._parse(raw)
        except ParseError as error:
            raise self.fail(f"the stream sent an event that does not fit the spec: {error}", raw) from None
        accumulator = self.accumulator
        accumulator.add(raw)
        self.finished = accumulator.finished
        if type(event) is self._unknown and not self.keep_unknown:
            return None
        return event

    @property
    def complete(self) -> bool:
        return self.finished

    def _cut(self) -> APIStreamError:
        return self.fail(f"the stream ended after {self.accumulator.events} events without a final response event")

    def on_end(self, cut_mid_event: bool) -> None:
        raise self._cut()


R = TypeVar("R", bound=_Reader[Any])


class _StreamBase(Generic[T, R]):
    def __init__(self, response: httpx.Response, reader: R) -> None:
        self.response = response
        self._reader = reader

    @property
    def request_id(self) -> str | None:
        """The ``x-request-id`` of the answer."""
        return self._reader.request_id

    def _broken(self, error: httpx.HTTPError) -> APIStreamError:
        if isinstance(error, httpx.TimeoutException):
            return self._reader.fail("the stream timed out before it finished")
        return self._reader.fail(f"the connection broke before the stream finished ({type(error).__name__}: {error})")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} request_id={self.request_id!r}>"


class Stream(_StreamBase[T, R]):
    """An iterator of models read from a server-sent event stream; also a context manager."""

    def __init__(self, response: httpx.Response, reader: R) -> None:
        super().__init__(response, reader)
        self._iterator = self._iterate()

    def _iterate(self) -> Generator[T, None, None]:
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
        # The generator itself, so that a for loop does not pay a __next__ call per chunk.
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


class AsyncStream(_StreamBase[T, R]):
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
        # The generator itself: an async for then awaits it directly, not a coroutine per chunk.
        return self._iterator

    async def __anext__(self) -> T:
        return await self._iterator.__anext__()

    async def until_done(self) -> Self:
        async for _ in self:
            pass
        self._reader.require_complete()
        return self

    async def close(self) -> None:
        await self._iterator.aclose()
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


def _with_request_id(value: T, request_id: str | None) -> T:
    value._request_id = request_id  # type: ignore[attr-defined]
    return value


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
        return _with_request_id(self._reader.final(self._reader.accumulator.completion), self.request_id)

    def get_final_text(self) -> str:
        """The whole text of the first choice."""
        self.until_done()
        return self._reader.accumulator.text()


class AsyncChatCompletionStream(AsyncStream["ChatCompletionChunk", ChatChunkReader]):
    """``AsyncC1`` twin of ``ChatCompletionStream``."""

    async def text_deltas(self) -> AsyncIterator[str]:
        async for chunk in self:
            for choice in chunk.choices:
                content = choice.delta.content
                if choice.index == 0 and isinstance(content, str) and content:
                    yield content

    async def get_final_completion(self) -> ChatCompletion:
        await self.until_done()
        return _with_request_id(self._reader.final(self._reader.accumulator.completion), self.request_id)

    async def get_final_text(self) -> str:
        await self.until_done()
        return self._reader.accumulator.text()


def _final_text(reader: ResponseEventReader) -> str:
    accumulator = reader.accumulator
    if accumulator.terminal_event == "response.failed":
        # The final response object is still there (get_final_response) for
        # whoever wants to inspect it; as text, a failed answer is an error.
        error = (accumulator.snapshot or {}).get("error")
        detail = error.get("message") if isinstance(error, dict) else None
        raise reader.fail(f"the response failed: {detail or 'no reason given'}", accumulator.snapshot)
    text = output_text(reader.final(accumulator.response)) if accumulator.snapshot is not None else ""
    return text or accumulator.streamed_text()


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
        unknown = self._reader._unknown
        return (event for event in self._iterator if type(event) is not unknown)

    def __next__(self) -> ResponseStreamEvent:
        return next(iter(self))

    def text_deltas(self) -> Iterator[str]:
        """Only the new output text, event by event."""
        delta_event = model_class("ResponseOutputTextDeltaEvent")
        for event in self:
            if isinstance(event, delta_event):
                yield event.delta

    def get_final_response(self) -> ResponseObject:
        """The response of the stream's final ``response.completed`` (or failed/incomplete) event."""
        self.until_done()
        return _with_request_id(self._reader.final(self._reader.accumulator.response), self.request_id)

    def get_final_text(self) -> str:
        self.until_done()
        return _final_text(self._reader)


class AsyncResponseStream(AsyncStream["ResponseStreamEvent", ResponseEventReader]):
    """``AsyncC1`` twin of ``ResponseStream``."""

    def with_unknown_events(self) -> AsyncIterator[ResponseStreamEvent | ResponseUnknownStreamEvent]:
        self._reader.keep_unknown = True
        events: AsyncIterator[ResponseStreamEvent | ResponseUnknownStreamEvent] = self._iterator
        return events

    def __aiter__(self) -> AsyncIterator[ResponseStreamEvent]:
        if not self._reader.keep_unknown:
            return self._iterator
        return self._known()

    async def _known(self) -> AsyncIterator[ResponseStreamEvent]:
        unknown = self._reader._unknown
        async for event in self._iterator:
            if type(event) is not unknown:
                yield event

    async def __anext__(self) -> ResponseStreamEvent:
        return await anext(aiter(self))

    async def text_deltas(self) -> AsyncIterator[str]:
        delta_event = model_class("ResponseOutputTextDeltaEvent")
        async for event in self:
            if isinstance(event, delta_event):
                yield event.delta

    async def get_final_response(self) -> ResponseObject:
        await self.until_done()
        return _with_request_id(self._reader.final(self._reader.accumulator.response), self.request_id)

    async def get_final_text(self) -> str:
        await self.until_done()
        return _final_text(self._reader)
