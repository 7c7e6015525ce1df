"""Thread stores that outlive the process, each in a sync and an async form, chosen by URL.

==============================================  ===============================================
URL                                             store
==============================================  ===============================================
``sqlite:///threads.db`` or a file path         ``SQLiteThreadStore`` (stdlib; the default)
``postgresql://user:pw@host:5432/db``           ``PostgresThreadStore`` (``thesys-c1[postgres]``)
``redis://host:6379/0``                         ``RedisThreadStore`` (``thesys-c1[redis]``)
``c1-conversations+sqlite:///map.db``           ``C1ConversationsThreadStore`` (needs ``client``)
==============================================  ===============================================
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from ..threads import AsyncThreadStore, ThreadStore
from .conversations import AsyncC1ConversationsThreadStore, C1ConversationsThreadStore
from .postgres import AsyncPostgresThreadStore, PostgresThreadStore
from .redis import AsyncRedisThreadStore, RedisThreadStore
from .sqlite import AsyncSQLiteThreadStore, SQLiteThreadStore

if TYPE_CHECKING:
    from ..._lib.client import C1, AsyncC1

__all__ = [
    "AsyncC1ConversationsThreadStore",
    "AsyncPostgresThreadStore",
    "AsyncRedisThreadStore",
    "AsyncSQLiteThreadStore",
    "C1ConversationsThreadStore",
    "PostgresThreadStore",
    "RedisThreadStore",
    "SQLiteThreadStore",
    "thread_store_from_url",
]

_CONVERSATIONS = "c1-conversations+"
_SCHEMES = "sqlite:///path, postgresql://..., redis://... or c1-conversations+sqlite:///path"


@overload
def thread_store_from_url(
    url: str, *, asynchronous: Literal[False] = False, client: C1 | None = None
) -> ThreadStore: ...
@overload
def thread_store_from_url(
    url: str, *, asynchronous: Literal[True], client: AsyncC1 | None = None
) -> AsyncThreadStore: ...


def thread_store_from_url(
    url: str, *, asynchronous: bool = False, client: C1 | AsyncC1 | None = None
) -> ThreadStore | AsyncThreadStore:
    """The store ``url`` names (``THREAD_STORE=...``), in its async form when ``asynchronous``.

    ``client`` is the ``C1`` (or, with ``asynchronous``, the ``AsyncC1``) a
    ``c1-conversations+`` store talks to; the others need none.
    """
    if not isinstance(url, str) or not url.strip():
        raise ValueError(f"thread_store_from_url(): url must be a non-empty string ({_SCHEMES}), got {url!r}")
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    store: Any
    if scheme.startswith(_CONVERSATIONS):
        rest = url[len(_CONVERSATIONS) :]
        if not rest.lower().startswith("sqlite://"):
            raise ValueError(
                f"thread_store_from_url(): {url!r}: the conversation map must be c1-conversations+sqlite:///path"
            )
        if client is None:
            raise ValueError(
                "thread_store_from_url(): a c1-conversations+ URL needs client= (the C1 or AsyncC1 to ask)"
            )
        if asynchronous:
            store = AsyncC1ConversationsThreadStore(client, rest)  # type: ignore[arg-type]
        else:
            store = C1ConversationsThreadStore(client, rest)  # type: ignore[arg-type]
    elif scheme in ("", "sqlite"):
        store = AsyncSQLiteThreadStore(url) if asynchronous else SQLiteThreadStore(url)
    elif scheme in ("postgresql", "postgres"):
        store = AsyncPostgresThreadStore(url) if asynchronous else PostgresThreadStore(url)
    elif scheme in ("redis", "rediss", "unix"):
        store = AsyncRedisThreadStore(url) if asynchronous else RedisThreadStore(url)
    else:
        raise ValueError(f"thread_store_from_url(): {url!r}: unknown scheme {scheme!r}; use {_SCHEMES}")
    return store  # type: ignore[no-any-return]
