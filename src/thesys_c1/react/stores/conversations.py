"""C1's Conversations API as the thread store: C1 keeps the messages, a small SQLite file maps threads to conversations.

With the Responses API, pass ``conversation=await store.conversation_id(thread_id)``
(and ``store=True``) and send only the new user message: C1 appends the
input and the answer to the conversation itself when the response ends, so
there is nothing to ``append``, and two responses on one conversation each
add their turn whole. ``messages``/``append`` fit the ``ThreadStore``
protocol for chat completions too: ``append`` adds the messages as items in
one request. The map file is shared by every worker on the machine; two
workers that meet a new thread at once agree on one conversation (the one
whose mapping was stored first; the other is deleted).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import anyio.to_thread

from ..threads import check_thread_id
from ._common import SQLiteConnections, dump
from .sqlite import sqlite_path

if TYPE_CHECKING:
    from ..._generated.params import ChatCompletionMessageParam
    from ..._lib.client import C1, AsyncC1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS c1_thread_conversations (
    thread_id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL
) WITHOUT ROWID
"""


class ConversationMap:
    """``thread id -> conversation id`` in a SQLite file (WAL), safe across the workers of one machine."""

    def __init__(self, path: str | Path) -> None:
        self.path = sqlite_path(path) if isinstance(path, str) else path
        self._connections = SQLiteConnections(self.path, _SCHEMA, 30.0)

    def _connection(self) -> sqlite3.Connection:
        return self._connections.get()

    def get(self, thread_id: str) -> str | None:
        row = (
            self._connection()
            .execute("SELECT conversation_id FROM c1_thread_conversations WHERE thread_id = ?", (thread_id,))
            .fetchone()
        )
        return None if row is None else cast(str, row[0])

    def claim(self, thread_id: str, conversation_id: str) -> str:
        """Map the thread to ``conversation_id`` unless it already is mapped; the mapping that holds."""
        connection = self._connection()
        connection.execute(
            "INSERT OR IGNORE INTO c1_thread_conversations (thread_id, conversation_id) VALUES (?, ?)",
            (thread_id, conversation_id),
        )
        held = self.get(thread_id)
        assert held is not None
        return held


def _item(message: ChatCompletionMessageParam) -> dict[str, Any]:
    content = message.get("content")
    if not isinstance(content, str):
        parts = content if isinstance(content, list) else []
        content = "".join(part.get("text", "") for part in parts if isinstance(part, dict))
    return {"type": "message", "role": message["role"], "content": content}


def _message(item: dict[str, Any]) -> ChatCompletionMessageParam | None:
    if item.get("type") != "message" or item.get("role") not in ("user", "assistant", "system", "developer"):
        return None
    content = item.get("content")
    if not isinstance(content, str):
        parts = content if isinstance(content, list) else []
        content = "".join(
            part.get("text", "") for part in parts if isinstance(part, dict) and isinstance(part.get("text"), str)
        )
    return cast("ChatCompletionMessageParam", {"role": item["role"], "content": content})


def _messages(items: list[dict[str, Any]]) -> list[ChatCompletionMessageParam]:
    return [message for message in map(_message, items) if message is not None]


class C1ConversationsThreadStore:
    """Threads as C1 conversations, reached with ``client`` (a ``C1``); the mapping in the SQLite file ``map_path``."""

    def __init__(self, client: C1, map_path: str | Path) -> None:
        self.client = client
        self.map = ConversationMap(map_path)

    def conversation_id(self, thread_id: str) -> str:
        """The thread's conversation, created on first use."""
        check_thread_id("conversation_id", thread_id)
        found = self.map.get(thread_id)
        if found is not None:
            return found
        created = self.client.conversations.create(metadata={"thread_id": thread_id[:512]}).id
        held = self.map.claim(thread_id, created)
        if held != created:
            self.client.conversations.delete(created)
        return held

    def messages(self, thread_id: str) -> list[ChatCompletionMessageParam]:
        check_thread_id("messages", thread_id)
        found = self.map.get(thread_id)
        if found is None:
            return []
        items = self.client.conversations.items.list(found, order="asc", limit=100)
        return _messages([item.to_dict() for item in items])

    def append(self, thread_id: str, *messages: ChatCompletionMessageParam) -> None:
        dump("append", thread_id, messages)
        if messages:
            items = [_item(message) for message in messages]
            self.client.conversations.items.create(self.conversation_id(thread_id), items=items)  # type: ignore[arg-type]


class AsyncC1ConversationsThreadStore:
    """``C1ConversationsThreadStore`` with an ``AsyncC1``; the SQLite map is read in worker threads."""

    def __init__(self, client: AsyncC1, map_path: str | Path) -> None:
        self.client = client
        self.map = ConversationMap(map_path)

    async def conversation_id(self, thread_id: str) -> str:
        """The thread's conversation, created on first use."""
        check_thread_id("conversation_id", thread_id)
        found = await anyio.to_thread.run_sync(self.map.get, thread_id)
        if found is not None:
            return found
        created = (await self.client.conversations.create(metadata={"thread_id": thread_id[:512]})).id
        held = await anyio.to_thread.run_sync(self.map.claim, thread_id, created)
        if held != created:
            await self.client.conversations.delete(created)
        return held

    async def messages(self, thread_id: str) -> list[ChatCompletionMessageParam]:
        check_thread_id("messages", thread_id)
        found = await anyio.to_thread.run_sync(self.map.get, thread_id)
        if found is None:
            return []
        items = self.client.conversations.items.list(found, order="asc", limit=100)
        return _messages([item.to_dict() async for item in items])

    async def append(self, thread_id: str, *messages: ChatCompletionMessageParam) -> None:
        dump("append", thread_id, messages)
        if messages:
            items = [_item(message) for message in messages]
            await self.client.conversations.items.create(await self.conversation_id(thread_id), items=items)  # type: ignore[arg-type]
