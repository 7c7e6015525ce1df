"""thread_store_from_url: which store each URL gives, clear refusals of bad URLs, and a missing driver named by
the extra that brings it."""

from __future__ import annotations

import sys
from pathlib import Path

import anyio
import pytest

from thesys_c1 import C1
from thesys_c1.react import thread_store_from_url
from thesys_c1.react.stores import (
    AsyncSQLiteThreadStore,
    C1ConversationsThreadStore,
    PostgresThreadStore,
    RedisThreadStore,
    SQLiteThreadStore,
)
from thesys_c1.testing import LocalC1


def test_sqlite_urls_and_plain_paths(tmp_path: Path) -> None:
    store = thread_store_from_url(f"sqlite:///{tmp_path / 'a.db'}")
    assert isinstance(store, SQLiteThreadStore) and store.path == tmp_path / "a.db"
    assert isinstance(thread_store_from_url(str(tmp_path / "b.db")), SQLiteThreadStore)
    assert isinstance(
        thread_store_from_url(f"sqlite:///{tmp_path / 'c.db'}", asynchronous=True), AsyncSQLiteThreadStore
    )
    assert not (tmp_path / "a.db").exists()  # nothing is opened before the first use
    assert store.messages("t") == []
    assert (tmp_path / "a.db").is_file()


def test_the_sqlite_file_is_in_wal_mode_and_shared_by_two_stores(tmp_path: Path) -> None:
    import sqlite3

    first = SQLiteThreadStore(tmp_path / "t.db")
    second = SQLiteThreadStore(tmp_path / "t.db")
    first.append("t", {"role": "user", "content": "hi"})
    assert second.messages("t") == [{"role": "user", "content": "hi"}]
    with sqlite3.connect(tmp_path / "t.db") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)

    async def read() -> object:
        return await AsyncSQLiteThreadStore(tmp_path / "t.db").messages("t")

    assert anyio.run(read) == [{"role": "user", "content": "hi"}]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("", r"url must be a non-empty string"),
        ("mysql://host/db", r"'mysql://host/db': unknown scheme 'mysql'; use sqlite:///path"),
        ("sqlite://threads.db", r"write sqlite:///path/to/file.db \(three slashes, then the path\)"),
        ("c1-conversations+sqlite:///map.db", r"a c1-conversations\+ URL needs client="),
        ("c1-conversations+redis://h/0", r"the conversation map must be c1-conversations\+sqlite:///path"),
    ],
)
def test_bad_urls_are_refused_saying_what_to_write(url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        thread_store_from_url(url)


@pytest.mark.parametrize(
    ("url", "module", "extra"),
    [("postgresql://u@127.0.0.1:1/db", "psycopg", "postgres"), ("redis://127.0.0.1:1/0", "redis", "redis")],
)
def test_a_missing_driver_names_its_extra(url: str, module: str, extra: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [name for name in sys.modules if name == module or name.startswith(module + ".")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, module, None)  # what an install without the extra looks like to import
    with pytest.raises(ImportError, match=rf"pip install 'thesys-c1\[{extra}\]'"):
        thread_store_from_url(url)


def test_postgres_and_redis_urls_give_their_stores_without_connecting() -> None:
    # Both connect on first use: an unreachable server fails then, not when the store is made.
    redis_store = thread_store_from_url("redis://127.0.0.1:1/0")
    assert isinstance(redis_store, RedisThreadStore)
    postgres_store = thread_store_from_url("postgresql://u@127.0.0.1:1/db")
    assert isinstance(postgres_store, PostgresThreadStore)
    psycopg = pytest.importorskip("psycopg")
    with pytest.raises(psycopg.OperationalError, match=r"127\.0\.0\.1"):
        postgres_store.messages("t")


def test_conversations_url_maps_threads_in_sqlite(tmp_path: Path, local_c1: LocalC1) -> None:
    client = C1(base_url=local_c1.base_url, api_key=local_c1.api_key)
    store = thread_store_from_url(f"c1-conversations+sqlite:///{tmp_path / 'map.db'}", client=client)
    assert isinstance(store, C1ConversationsThreadStore)
    conversation = store.conversation_id("t1")
    assert store.conversation_id("t1") == conversation != store.conversation_id("t2")
    again = C1ConversationsThreadStore(client, tmp_path / "map.db")
    assert again.conversation_id("t1") == conversation  # the map outlives the store
    assert client.conversations.retrieve(conversation).id == conversation
