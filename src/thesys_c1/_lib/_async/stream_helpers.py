"""What ``.stream()`` hands out; ``thesys_c1._lib.stream_helpers`` says what it does."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from ..chat_stream_events import ChatCompletionStreamEvent, ChatEventTracker

if TYPE_CHECKING:
    import httpx

    from ..._generated.models import ChatCompletion
    from .streaming import AsyncChatCompletionStream

_NOT_OPEN = "the stream opens when the `async with` block starts: use `async with client...stream(...) as stream:`"


class AsyncChatCompletionEventStream:
    """openai-python's chat stream: an async iterator of events over our ``AsyncChatCompletionStream``."""

    def __init__(self, chunks: AsyncChatCompletionStream) -> None:
        self.chunks = chunks
        """The underlying stream of ``ChatCompletionChunk`` models."""
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
        return await anext(self._events)

    async def until_done(self) -> AsyncChatCompletionEventStream:
        async for _ in self:
            pass
        await self.chunks.until_done()
        return self

    async def get_final_completion(self) -> ChatCompletion:
        """The whole answer as one ``ChatCompletion``; reads what is left of the stream first."""
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
    def close(self) -> Awaitable[object]: ...


S = TypeVar("S", bound=_Closable)


class AsyncStreamManager(Generic[S]):
    """Opens the stream when the ``async with`` block starts (nothing is sent before) and closes it at its end."""

    def __init__(self, open_stream: Callable[[], Awaitable[S]]) -> None:
        self._open = open_stream
        self._stream: S | None = None

    async def __aenter__(self) -> S:
        self._stream = await self._open()
        return self._stream

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._stream is not None:
            await self._stream.close()

    def __aiter__(self) -> AsyncIterator[object]:
        raise TypeError(_NOT_OPEN)
