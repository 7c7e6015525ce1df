"""Threads in Redis (redis-py, sync and asyncio; ``pip install 'thesys-c1[redis]'``).

Each thread is a list under ``<prefix><thread id>``. ``append`` is one
``RPUSH`` of all its messages, which Redis runs atomically: concurrent
appends on one thread never interleave, and each call's messages land
together. Durability is the server's (its AOF/RDB settings).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..threads import check_thread_id
from ._common import dump, load, require

if TYPE_CHECKING:
    from ..._generated.params import ChatCompletionMessageParam

DEFAULT_PREFIX = "c1:thread:"


class RedisThreadStore:
    """Threads in the Redis server at ``url`` (``redis://host:port/db``)."""

    def __init__(self, url: str, *, prefix: str = DEFAULT_PREFIX) -> None:
        redis: Any = require("redis", "redis", "RedisThreadStore")
        self.prefix = prefix
        self._redis: Any = redis.Redis.from_url(url)

    def messages(self, thread_id: str) -> list[ChatCompletionMessageParam]:
        check_thread_id("messages", thread_id)
        return load(self._redis.lrange(self.prefix + thread_id, 0, -1))

    def append(self, thread_id: str, *messages: ChatCompletionMessageParam) -> None:
        rows = dump("append", thread_id, messages)
        if rows:
            self._redis.rpush(self.prefix + thread_id, *rows)

    def close(self) -> None:
        self._redis.close()


class AsyncRedisThreadStore:
    """``RedisThreadStore`` on ``redis.asyncio``."""

    def __init__(self, url: str, *, prefix: str = DEFAULT_PREFIX) -> None:
        redis: Any = require("redis.asyncio", "redis", "AsyncRedisThreadStore")
        self.prefix = prefix
        self._redis: Any = redis.Redis.from_url(url)

    async def messages(self, thread_id: str) -> list[ChatCompletionMessageParam]:
        check_thread_id("messages", thread_id)
        return load(await self._redis.lrange(self.prefix + thread_id, 0, -1))

    async def append(self, thread_id: str, *messages: ChatCompletionMessageParam) -> None:
        rows = dump("append", thread_id, messages)
        if rows:
            await self._redis.rpush(self.prefix + thread_id, *rows)

    async def aclose(self) -> None:
        await self._redis.aclose()
