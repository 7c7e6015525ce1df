"""Threads in a SQLite file (stdlib ``sqlite3``): the default store, shared by every worker process on one machine.

The file and its table are made on first use.
The file is in WAL mode, so readers never wait for the writer. ``append``
runs in one ``BEGIN IMMEDIATE`` transaction, which SQLite serialises across
processes: the messages of one call get consecutive positions and land
together or not at all, and a concurrent ``append`` on the same thread waits
its turn (up to ``timeout`` seconds) instead of interleaving.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from ..threads import check_thread_id
from ._common import InWorkerThreads, SQLiteConnections, dump, load

if TYPE_CHECKING:
    from ..._generated.params import ChatCompletionMessageParam

_SCHEMA = """
CREATE TABLE IF NOT EXISTS c1_thread_messages (
    thread_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    message TEXT NOT NULL,
    PRIMARY KEY (thread_id, position)
) WITHOUT ROWID
"""


def sqlite_path(url: str) -> Path:
    """The file of ``sqlite:///relative.db``, ``sqlite:////absolute.db`` or a plain path."""
    if url.startswith("sqlite://"):
        rest = url[len("sqlite://") :]
        if not rest.startswith("/") or rest == "/":
            raise ValueError(
                f"thread store URL {url!r}: write sqlite:///path/to/file.db (three slashes, then the path)"
            )
        return Path(rest[1:])
    if not url:
        raise ValueError("thread store URL: the SQLite file path must not be empty")
    return Path(url)


class SQLiteThreadStore:
    """Threads in the SQLite file ``path`` (created with its table when missing)."""

    def __init__(self, path: str | Path, *, timeout: float = 30.0) -> None:
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
            raise ValueError(f"SQLiteThreadStore(): timeout must be a positive number of seconds, got {timeout!r}")
        self.path = sqlite_path(path) if isinstance(path, str) else path
        self._connections = SQLiteConnections(self.path, _SCHEMA, float(timeout))

    def _connection(self) -> sqlite3.Connection:
        return self._connections.get()

    def messages(self, thread_id: str) -> list[ChatCompletionMessageParam]:
        check_thread_id("messages", thread_id)
        rows = self._connection().execute(
            "SELECT message FROM c1_thread_messages WHERE thread_id = ? ORDER BY position", (thread_id,)
        )
        return load(row[0] for row in rows)

    def append(self, thread_id: str, *messages: ChatCompletionMessageParam) -> None:
        rows = dump("append", thread_id, messages)
        if not rows:
            return
        connection = self._connection()
        connection.execute("BEGIN IMMEDIATE")
        try:
            (last,) = connection.execute(
                "SELECT COALESCE(MAX(position), -1) FROM c1_thread_messages WHERE thread_id = ?", (thread_id,)
            ).fetchone()
            connection.executemany(
                "INSERT INTO c1_thread_messages (thread_id, position, message) VALUES (?, ?, ?)",
                [(thread_id, last + 1 + index, row) for index, row in enumerate(rows)],
            )
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

    def close(self) -> None:
        self._connections.close()


class AsyncSQLiteThreadStore(InWorkerThreads):
    """``SQLiteThreadStore`` for async frameworks: each call runs in a worker thread."""

    def __init__(self, path: str | Path, *, timeout: float = 30.0) -> None:
        super().__init__(SQLiteThreadStore(path, timeout=timeout))
