"""Thread history kept by the backend, keyed by ``C1Chat``'s ``threadId``.

``ThreadStore`` is the interface the helpers and examples use; put a
database behind it for anything that outlives the process.
``InMemoryThreadStore`` is the default: bounded, thread-safe, and gone on
restart.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class ThreadStore(Protocol):
    """Where a thread's messages live between requests."""

    def messages(self, thread_id: str) -> list[dict[str, Any]]:
        """The thread's messages, oldest first (empty for an unknown thread)."""
        ...

    def append(self, thread_id: str, *messages: Mapping[str, Any]) -> None:
        """Add messages at the end of the thread, creating it if needed."""
        ...


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
        self._threads: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()
        self._lock = threading.Lock()

    def messages(self, thread_id: str) -> list[dict[str, Any]]:
        _check_thread_id("messages", thread_id)
        with self._lock:
            thread = self._threads.get(thread_id)
            if thread is None:
                return []
            self._threads.move_to_end(thread_id)
            return [dict(message) for message in thread]

    def append(self, thread_id: str, *messages: Mapping[str, Any]) -> None:
        _check_thread_id("append", thread_id)
        for index, message in enumerate(messages):
            if not isinstance(message, Mapping) or not isinstance(message.get("role"), str):
                raise ValueError(f"append(): messages[{index}] must be a mapping with a string 'role', got {message!r}")
        with self._lock:
            thread = self._threads.setdefault(thread_id, [])
            self._threads.move_to_end(thread_id)
            thread.extend(dict(message) for message in messages)
            del thread[: max(0, len(thread) - self._max_messages)]
            while len(self._threads) > self._max_threads:
                self._threads.popitem(last=False)

    def __len__(self) -> int:
        with self._lock:
            return len(self._threads)


def _check_thread_id(method: str, thread_id: object) -> None:
    if not isinstance(thread_id, str) or not thread_id:
        raise ValueError(f"{method}(): thread_id must be a non-empty string, got {thread_id!r}")
