"""What a stream does that is neither blocking nor async: reading its events, and what it knows.

A reader turns the events of one stream into models, builds the whole answer as
they come and knows when the stream is complete; ``StreamBase`` is what
``Stream`` and ``AsyncStream`` share. The streams themselves are written once,
async, in ``_async/streaming.py``; the blocking ones are derived from them
(generator/pipeline/unasync.py), and ``streaming`` holds both.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from .._generated.models import ResponseUnknownStreamEvent
from .accumulate import ChatCompletionAccumulator, ResponseAccumulator
from .content import output_text
from .errors import APIStreamError
from .json_decoding import NotJSON, decoder
from .parsing import ParseError, parser_for
from .sse import ServerSentEvent

if TYPE_CHECKING:
    from .._generated.models import ChatCompletionChunk
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
        # The catch-all is no member of the ResponseStreamEvent alias (see unions.py), so it is compared untyped.
        self._unknown: type[Any] = ResponseUnknownStreamEvent

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


class StreamBase(Generic[T, R]):
    """What a stream knows, whichever way it is read."""

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


def with_request_id(value: T, request_id: str | None) -> T:
    value._request_id = request_id  # type: ignore[attr-defined]
    return value


def final_text(reader: ResponseEventReader) -> str:
    accumulator = reader.accumulator
    if accumulator.terminal_event == "response.failed":
        # The final response object is still there (get_final_response) for
        # whoever wants to inspect it; as text, a failed answer is an error.
        error = (accumulator.snapshot or {}).get("error")
        detail = error.get("message") if isinstance(error, dict) else None
        raise reader.fail(f"the response failed: {detail or 'no reason given'}", accumulator.snapshot)
    text = output_text(reader.final(accumulator.response)) if accumulator.snapshot is not None else ""
    return text or accumulator.streamed_text()
