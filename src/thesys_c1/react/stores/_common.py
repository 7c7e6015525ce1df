"""What every persistent store shares: message (de)serialisation, lazy driver imports, async wrapping."""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterable
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

import anyio.to_thread

from ..threads import ThreadStore, check_messages, check_thread_id

if TYPE_CHECKING:
    from ..._generated.params import ChatCompletionMessageParam


def require(module: str, extra: str, store: str) -> ModuleType:
    """Import a driver only when its store is used, naming the extra that brings it."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise ImportError(f"{store} needs {module.split('.')[0]}: pip install 'thesys-c1[{extra}]'") from error


def dump(method: str, thread_id: str, messages: tuple[ChatCompletionMessageParam, ...]) -> list[str]:
    check_thread_id(method, thread_id)
    check_messages(method, messages)
    return [json.dumps(message, ensure_ascii=False, separators=(",", ":")) for message in messages]


def load(rows: Iterable[str | bytes | Any]) -> list[ChatCompletionMessageParam]:
    # PostgreSQL's jsonb arrives decoded; SQLite and Redis give text.
    return [
        cast("ChatCompletionMessageParam", json.loads(row) if isinstance(row, str | bytes) else row) for row in rows
    ]


class InWorkerThreads:
    """An ``AsyncThreadStore`` over a sync one, each call run in a worker thread so the event loop never waits."""

    def __init__(self, store: ThreadStore) -> None:
        self.sync = store

    async def messages(self, thread_id: str) -> list[ChatCompletionMessageParam]:
        return await anyio.to_thread.run_sync(self.sync.messages, thread_id)

    async def append(self, thread_id: str, *messages: ChatCompletionMessageParam) -> None:
        await anyio.to_thread.run_sync(lambda: self.sync.append(thread_id, *messages))

    def close(self) -> None:
        close = getattr(self.sync, "close", None)
        if callable(close):
            close()
