# The blocking twin of src/thesys_c1/_lib/_async/stream_helpers.py, derived by `make generate` (generator/pipeline/unasync.py).
# Edit that file, never this one: `make check` fails when the two drift apart.
"""What ``.stream()`` hands out; ``thesys_c1._lib.stream_helpers`` says what it does."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from ..._lib.chat_stream_events import ChatCompletionStreamEvent, ChatEventTracker

if TYPE_CHECKING:
    import httpx

    from ..._generated.models import ChatCompletion
    from .streaming import ChatCompletionStream

_NOT_OPEN = "the stream opens when the `with` block starts: use `with client...stream(...) as stream:`"


class ChatCompletionEventStream:
    """openai-python's chat stream: an iterator of events over our ``ChatCompletionStream``."""

    def __init__(self, chunks: ChatCompletionStream) -> None:
        self.chunks = chunks
        """The underlying stream of ``ChatCompletionChunk`` models."""
        self._events = self._iterate()

    def _iterate(self) -> Generator[ChatCompletionStreamEvent, None]:
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


class _Closable(Protocol):
    def close(self) -> object: ...


S = TypeVar("S", bound=_Closable)


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
