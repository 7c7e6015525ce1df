"""What every persistent store shares: message (de)serialisation, lazy driver imports, async wrapping."""

from __future__ import annotations

import importlib
import json
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path
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


class SQLiteConnections:
    """One connection per OS thread to a SQLite file in WAL mode, its schema made on the first connection.

    Nothing is opened before the first use, so a store built at import time
    (a Django views module read by ``manage.py migrate``) touches no file.
    """

    def __init__(self, path: Path, schema: str, timeout: float) -> None:
        self.path = path
        self._schema = schema
        self._timeout = timeout
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._ready = False

    def get(self) -> sqlite3.Connection:
        # sqlite3 connections are not to be shared between threads.
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(
                self.path, timeout=self._timeout, isolation_level=None, check_same_thread=False
            )
            connection.execute("PRAGMA synchronous=NORMAL")
            with self._lock:
                if not self._ready:
                    connection.execute("PRAGMA journal_mode=WAL")
                    connection.execute(self._schema)
                    self._ready = True
                self._all.append(connection)
            self._local.connection = connection
        return connection

    def close(self) -> None:
        with self._lock:
            connections, self._all = self._all, []
        for connection in connections:
            connection.close()
        self._local = threading.local()
