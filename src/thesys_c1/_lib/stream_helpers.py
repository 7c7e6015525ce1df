"""``client.chat.completions.stream(...)`` and ``client.responses.stream(...)``, as openai-python has them.

Each returns a manager that opens the stream when its ``with`` (``async
with``) block starts and closes it when the block ends. Inside, Responses
gives the ``ResponseStream`` of ``create(stream=True)``, whose events already
are the ones openai-python yields; Chat Completions gives a
``ChatCompletionEventStream``, the chunk stream with its chunks turned into
openai-python's events (``chunk``, ``content.delta``, ``content.done``, ...).
Both have ``get_final_completion()`` / ``get_final_response()``.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Generator, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from .chat_stream_events import ChatCompletionStreamEvent, ChatEventTracker

if TYPE_CHECKING:
    import httpx

    from .._generated.models import ChatCompletion
    from .streaming import AsyncChatCompletionStream, ChatCompletionStream

_NOT_OPEN = "the stream opens when the `with` block starts: use `with client...stream(...) as stream:`"


class ChatCompletionEventStream:
    """openai-python's chat stream: an iterator of events over our ``ChatCompletionStream``."""

    def __init__(self, chunks: ChatCompletionStream) -> None:
        self.chunks = chunks
        """The underlying stream of ``ChatCompletionChunk`` models."""
        self._events = self._iterate()

    def _iterate(self) -> Generator[ChatCompletionStreamEvent, None, None]:
        tracker = ChatEventTracker()
        for chunk in self.chunks:
            yield from tracker.events(chunk)

    @property
    def response(self) -> httpx.Response:
        return self.chunks.response

    @property
    def request_id(self) -> str | None:
        return self.chunks.request_id

    def __iter__(self) -> Iterator[ChatCompletionStreamEvent]:
        return self

    def __next__(self) -> ChatCompletionStreamEvent:
        return next(self._events)

    def until_done(self) -> ChatCompletionEventStream:
        for _ in self:
            pass
        self.chunks.until_done()
        return self

    def get_final_completion(self) -> ChatCompletion:
        """The whole answer as one ``ChatCompletion``; reads what is left of the stream first."""
        return self.chunks.get_final_completion()

    def close(self) -> None:
        self._events.close()
        self.chunks.close()

    def __enter__(self) -> ChatCompletionEventStream:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncChatCompletionEventStream:
    """The ``AsyncC1`` twin of ``ChatCompletionEventStream``."""

    def __init__(self, chunks: AsyncChatCompletionStream) -> None:
        self.chunks = chunks
        self._events = self._iterate()

    async def _iterate(self) -> AsyncGenerator[ChatCompletionStreamEvent, None]:
        tracker = ChatEventTracker()
        async for chunk in self.chunks:
            for event in tracker.events(chunk):
                yield event

    @property
    def response(self) -> httpx.Response:
        return self.chunks.response

    @property
    def request_id(self) -> str | None:
        return self.chunks.request_id

    def __aiter__(self) -> AsyncIterator[ChatCompletionStreamEvent]:
        return self

    async def __anext__(self) -> ChatCompletionStreamEvent:
        return await self._events.__anext__()

    async def until_done(self) -> AsyncChatCompletionEventStream:
        async for _ in self:
            pass
        await self.chunks.until_done()
        return self

    async def get_final_completion(self) -> ChatCompletion:
        return await self.chunks.get_final_completion()

    async def close(self) -> None:
        await self._events.aclose()
        await self.chunks.close()

    async def __aenter__(self) -> AsyncChatCompletionEventStream:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


class _Closable(Protocol):
    def close(self) -> object: ...


class _AsyncClosable(Protocol):
    def close(self) -> Awaitable[object]: ...


S = TypeVar("S", bound=_Closable)
AS = TypeVar("AS", bound=_AsyncClosable)


class StreamManager(Generic[S]):
    """Opens the stream when the ``with`` block starts (nothing is sent before) and closes it at its end."""

    def __init__(self, open_stream: Callable[[], S]) -> None:
        self._open = open_stream
        self._stream: S | None = None

    def __enter__(self) -> S:
        self._stream = self._open()
        return self._stream

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._stream is not None:
            self._stream.close()

    def __iter__(self) -> Iterator[object]:
        raise TypeError(_NOT_OPEN)


class AsyncStreamManager(Generic[AS]):
    """``async with`` twin of ``StreamManager``."""

    def __init__(self, open_stream: Callable[[], Awaitable[AS]]) -> None:
        self._open = open_stream
        self._stream: AS | None = None

    async def __aenter__(self) -> AS:
        self._stream = await self._open()
        return self._stream

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._stream is not None:
            await self._stream.close()

    def __aiter__(self) -> AsyncIterator[object]:
        raise TypeError(_NOT_OPEN)
