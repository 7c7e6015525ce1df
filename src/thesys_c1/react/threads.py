"""Thread history kept by the backend, keyed by ``C1Chat``'s ``threadId``.

``ThreadStore`` (sync) and ``AsyncThreadStore`` are the interface the helpers
and examples use. ``InMemoryThreadStore`` is bounded, thread-safe and gone on
restart; the stores in ``thesys_c1.react.stores`` (SQLite, PostgreSQL,
Redis, C1 Conversations) outlive the process, and ``thread_store_from_url``
picks one by URL.

A turn is stored whole or not at all: ``record_turn`` / ``arecord_turn``
give an ``on_complete`` that appends the user message and the answer in one
``append`` call, which every store here makes atomic, so two requests on one
thread at once never interleave their messages. A turn whose answer failed
is stored with the notice the browser was shown (so the next turn, and the
model, know it was cut short); a turn whose browser went away is not stored,
since nobody saw its answer whole.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from .._generated.params import ChatCompletionMessageParam
    from .encoder import AnswerResult


@runtime_checkable
class ThreadStore(Protocol):
    """Where a thread's messages live between requests."""

    def messages(self, thread_id: str) -> list[ChatCompletionMessageParam]:
        """The thread's messages, oldest first (empty for an unknown thread)."""
        ...

    def append(self, thread_id: str, *messages: ChatCompletionMessageParam) -> None:
        """Add messages at the end of the thread in one step, creating it if needed."""
        ...


@runtime_checkable
class AsyncThreadStore(Protocol):
    """``ThreadStore`` for async frameworks: the same methods, as coroutines."""

    async def messages(self, thread_id: str) -> list[ChatCompletionMessageParam]: ...

    async def append(self, thread_id: str, *messages: ChatCompletionMessageParam) -> None: ...


def turn_messages(
    user_message: ChatCompletionMessageParam, result: AnswerResult
) -> tuple[ChatCompletionMessageParam, ...]:
    """What to store for one turn: the user message and the answer, or nothing when the browser left."""
    if result.disconnected:
        return ()
    return (user_message, result.message())


def record_turn(
    store: ThreadStore, thread_id: str, user_message: ChatCompletionMessageParam
) -> Callable[[AnswerResult], None]:
    """An ``on_complete`` for ``iter_answer`` that stores the turn in one ``append``."""
    check_thread_id("record_turn", thread_id)
    check_messages("record_turn", (user_message,))

    def on_complete(result: AnswerResult) -> None:
        messages = turn_messages(user_message, result)
        if messages:
            store.append(thread_id, *messages)

    return on_complete


def arecord_turn(
    store: AsyncThreadStore, thread_id: str, user_message: ChatCompletionMessageParam
) -> Callable[[AnswerResult], Awaitable[None]]:
    """An ``on_complete`` for ``aiter_answer`` / ``c1_streaming_response`` that stores the turn in one ``append``."""
    check_thread_id("arecord_turn", thread_id)
    check_messages("arecord_turn", (user_message,))

    async def on_complete(result: AnswerResult) -> None:
        messages = turn_messages(user_message, result)
        if messages:
            await store.append(thread_id, *messages)

    return on_complete


class InMemoryThreadStore:
    """Threads in this process's memory.

    At most ``max_threads`` threads are kept (the least recently used go
    first) and at most ``max_messages`` messages per thread (the oldest go
    first), so an open endpoint cannot grow the process without bound.
    """

    def __init__(self, *, max_threads: int = 1000, max_messages: int = 200) -> None:
        for name, value in (("max_threads", max_threads), ("max_messages", max_messages)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"InMemoryThreadStore(): {name} must be a positive integer, got {value!r}")
        self._max_threads = max_threads
        self._max_messages = max_messages
        self._threads: OrderedDict[str, list[ChatCompletionMessageParam]] = OrderedDict()
        self._lock = threading.Lock()

    def messages(self, thread_id: str) -> list[ChatCompletionMessageParam]:
        check_thread_id("messages", thread_id)
        with self._lock:
            thread = self._threads.get(thread_id)
            if thread is None:
                return []
            self._threads.move_to_end(thread_id)
            return [dict(message) for message in thread]  # type: ignore[misc]

    def append(self, thread_id: str, *messages: ChatCompletionMessageParam) -> None:
        check_thread_id("append", thread_id)
        check_messages("append", messages)
        with self._lock:
            thread = self._threads.setdefault(thread_id, [])
            self._threads.move_to_end(thread_id)
            thread.extend(dict(message) for message in messages)  # type: ignore[misc]
            del thread[: max(0, len(thread) - self._max_messages)]
            while len(self._threads) > self._max_threads:
                self._threads.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            return len(self._threads)


def check_thread_id(method: str, thread_id: object) -> None:
    if not isinstance(thread_id, str) or not thread_id:
        raise ValueError(f"{method}(): thread_id must be a non-empty string, got {thread_id!r}")


def check_messages(method: str, messages: tuple[object, ...]) -> None:
    for index, message in enumerate(messages):
        if not isinstance(message, Mapping) or not isinstance(message.get("role"), str):
            raise ValueError(f"{method}(): messages[{index}] must be a mapping with a string 'role', got {message!r}")
