"""Threads in PostgreSQL (psycopg 3, sync and async; ``pip install 'thesys-c1[postgres]'``), for several machines.

The store creates its table when missing, on its first connection (``CREATE TABLE IF NOT EXISTS``, see
``SCHEMA`` to run it as a migration instead and pass ``create_table=False``).
``append`` runs in one transaction that first takes a transaction-scoped
advisory lock on the thread: concurrent appends on one thread, from any
machine, queue on that lock, so each call's messages get consecutive
positions and land together or not at all.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from ..threads import check_thread_id
from ._common import dump, load, require

if TYPE_CHECKING:
    from ..._generated.params import ChatCompletionMessageParam

TABLE = "c1_thread_messages"
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    thread_id text NOT NULL,
    position integer NOT NULL,
    message jsonb NOT NULL,
    PRIMARY KEY (thread_id, position)
)
"""
# Two processes running CREATE TABLE IF NOT EXISTS at once can both try to create it; one lock orders them.
_SCHEMA_LOCK = "SELECT pg_advisory_xact_lock(hashtextextended('thesys_c1.react.stores', 0))"
_SELECT = f"SELECT message FROM {TABLE} WHERE thread_id = %s ORDER BY position"
_LOCK = "SELECT pg_advisory_xact_lock(hashtextextended(%s, 7))"
_LAST = f"SELECT COALESCE(MAX(position), -1) FROM {TABLE} WHERE thread_id = %s"
_INSERT = f"INSERT INTO {TABLE} (thread_id, position, message) VALUES (%s, %s, %s::jsonb)"


def _rows(thread_id: str, last: int, rows: list[str]) -> list[tuple[str, int, str]]:
    return [(thread_id, last + 1 + index, row) for index, row in enumerate(rows)]


class PostgresThreadStore:
    """Threads in the PostgreSQL database at ``url`` (``postgresql://user:password@host:port/dbname``)."""

    def __init__(self, url: str, *, create_table: bool = True) -> None:
        self._psycopg: Any = require("psycopg", "postgres", "PostgresThreadStore")
        self.url = url
        self._local = threading.local()
        self._all: list[Any] = []
        self._lock = threading.Lock()
        self._create_table = create_table

    def _connection(self) -> Any:
        # One connection per OS thread, reused: connecting costs more than a query. None before the first use.
        connection = getattr(self._local, "connection", None)
        if connection is None or connection.closed:
            connection = self._psycopg.connect(self.url, autocommit=True)
            with self._lock:
                if self._create_table:
                    with connection.transaction():
                        connection.execute(_SCHEMA_LOCK)
                        connection.execute(SCHEMA)
                    self._create_table = False
                self._all.append(connection)
            self._local.connection = connection
        return connection

    def messages(self, thread_id: str) -> list[ChatCompletionMessageParam]:
        check_thread_id("messages", thread_id)
        return load(row[0] for row in self._connection().execute(_SELECT, (thread_id,)))

    def append(self, thread_id: str, *messages: ChatCompletionMessageParam) -> None:
        rows = dump("append", thread_id, messages)
        if not rows:
            return
        connection = self._connection()
        with connection.transaction():
            connection.execute(_LOCK, (thread_id,))
            (last,) = connection.execute(_LAST, (thread_id,)).fetchone()
            with connection.cursor() as cursor:
                cursor.executemany(_INSERT, _rows(thread_id, last, rows))

    def close(self) -> None:
        with self._lock:
            connections, self._all = self._all, []
        for connection in connections:
            connection.close()
        self._local = threading.local()


class AsyncPostgresThreadStore:
    """``PostgresThreadStore`` on psycopg's ``AsyncConnection``: idle connections are kept for the next call."""

    def __init__(self, url: str, *, create_table: bool = True, max_idle: int = 10) -> None:
        self._psycopg: Any = require("psycopg", "postgres", "AsyncPostgresThreadStore")
        self.url = url
        self._create_table = create_table
        self._max_idle = max_idle
        self._idle: list[Any] = []

    async def _take(self) -> Any:
        while self._idle:
            connection = self._idle.pop()
            if not connection.closed:
                return connection
        connection = await self._psycopg.AsyncConnection.connect(self.url, autocommit=True)
        if self._create_table:
            async with connection.transaction():
                await connection.execute(_SCHEMA_LOCK)
                await connection.execute(SCHEMA)
            self._create_table = False
        return connection

    async def _give_back(self, connection: Any) -> None:
        if len(self._idle) < self._max_idle and not connection.closed and not connection.broken:
            self._idle.append(connection)
        else:
            await connection.close()

    async def messages(self, thread_id: str) -> list[ChatCompletionMessageParam]:
        check_thread_id("messages", thread_id)
        connection = await self._take()
        try:
            cursor = await connection.execute(_SELECT, (thread_id,))
            found = load(row[0] for row in await cursor.fetchall())
        except BaseException:
            await connection.close()
            raise
        await self._give_back(connection)
        return found

    async def append(self, thread_id: str, *messages: ChatCompletionMessageParam) -> None:
        rows = dump("append", thread_id, messages)
        if not rows:
            return
        connection = await self._take()
        try:
            async with connection.transaction():
                await connection.execute(_LOCK, (thread_id,))
                (last,) = await (await connection.execute(_LAST, (thread_id,))).fetchone()
                async with connection.cursor() as cursor:
                    await cursor.executemany(_INSERT, _rows(thread_id, last, rows))
        except BaseException:
            await connection.close()
            raise
        await self._give_back(connection)

    async def aclose(self) -> None:
        idle, self._idle = self._idle, []
        for connection in idle:
            await connection.close()
