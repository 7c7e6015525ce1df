"""Every thread store against its real engine: typed messages kept in order, whole turns under concurrency,
and the React example under 2 worker processes keeping every thread's history across a restart.

SQLite is a file; PostgreSQL and Redis are real servers started on loopback
(tests/engines.py); the C1 Conversations store talks to the local C1 server.
"""

from __future__ import annotations

import multiprocessing
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import anyio
import pytest
from engines import free_port, postgres_url, redis_url  # noqa: F401  (fixtures)
from store_workers import append_turns, ask, example_server, open_store

from thesys_c1 import AsyncC1
from thesys_c1.react import AsyncThreadStore, ThreadStore, thread_store_from_url
from thesys_c1.testing import LocalC1

STORES = ["sqlite", "postgres", "redis", "c1-conversations"]


@pytest.fixture(params=STORES)
def store_url(request: pytest.FixtureRequest, tmp_path: Path, local_c1: LocalC1) -> Iterator[str]:
    kind = request.param
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'threads.db'}"
    elif kind == "c1-conversations":
        yield f"c1-conversations+sqlite:///{tmp_path / 'map.db'}"
    else:
        yield request.getfixturevalue(f"{kind}_url")


def _thread() -> str:
    return f"thread-{uuid.uuid4().hex}"


def _sync_store(url: str, local_c1: LocalC1) -> ThreadStore:
    return open_store(url, local_c1.base_url, local_c1.api_key)


def _async_store(url: str, local_c1: LocalC1) -> AsyncThreadStore:
    client = AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0)
    return thread_store_from_url(url, asynchronous=True, client=client)


def test_sync_store_keeps_messages_in_order(store_url: str, local_c1: LocalC1) -> None:
    store = _sync_store(store_url, local_c1)
    thread = _thread()
    assert store.messages(thread) == []
    store.append(thread, {"role": "user", "content": "Hello <b>there</b> “quoted” ✓"})
    store.append(thread, {"role": "assistant", "content": "first"}, {"role": "user", "content": "again"})
    assert store.messages(thread) == [
        {"role": "user", "content": "Hello <b>there</b> “quoted” ✓"},
        {"role": "assistant", "content": "first"},
        {"role": "user", "content": "again"},
    ]
    assert store.messages(_thread()) == []
    # A second store on the same URL (another process, or after a restart) sees the same thread.
    assert _sync_store(store_url, local_c1).messages(thread)[-1] == {"role": "user", "content": "again"}


def test_async_store_keeps_messages_in_order(store_url: str, local_c1: LocalC1) -> None:
    async def main() -> list[Any]:
        store = _async_store(store_url, local_c1)
        thread = _thread()
        assert await store.messages(thread) == []
        await store.append(thread, {"role": "user", "content": "one"}, {"role": "assistant", "content": "two"})
        await store.append(thread, {"role": "user", "content": "three"})
        return [thread, await store.messages(thread)]

    thread, found = anyio.run(main)
    assert [message["content"] for message in found] == ["one", "two", "three"]
    assert [message["content"] for message in _sync_store(store_url, local_c1).messages(thread)] == [
        "one",
        "two",
        "three",
    ]


def test_bad_input_is_refused_naming_the_parameter(store_url: str, local_c1: LocalC1) -> None:
    store = _sync_store(store_url, local_c1)
    with pytest.raises(ValueError, match=r"append\(\): thread_id must be a non-empty string"):
        store.append("", {"role": "user", "content": "x"})
    with pytest.raises(ValueError, match=r"append\(\): messages\[1\] must be a mapping with a string 'role'"):
        store.append(_thread(), {"role": "user", "content": "x"}, {"content": "no role"})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"messages\(\): thread_id must be a non-empty string"):
        store.messages(None)  # type: ignore[arg-type]


def test_concurrent_appends_on_one_thread_from_two_processes_never_interleave(
    store_url: str, local_c1: LocalC1
) -> None:
    thread = _thread()
    processes, threads, turns = 2, 4, 4
    context = multiprocessing.get_context("spawn")
    workers = [
        context.Process(
            target=append_turns,
            args=(store_url, local_c1.base_url, local_c1.api_key, thread, worker, threads, turns),
        )
        for worker in range(processes)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    found = _sync_store(store_url, local_c1).messages(thread)
    assert len(found) == 2 * processes * threads * turns
    pairs = [(found[index], found[index + 1]) for index in range(0, len(found), 2)]
    tags = set()
    for user, assistant in pairs:
        assert user["role"] == "user" and assistant["role"] == "assistant"
        tag = str(user["content"]).removeprefix("ask ")
        assert assistant["content"] == f"answer {tag}"  # the turn's two messages are neighbours
        tags.add(tag)
    assert len(tags) == processes * threads * turns
    # Each OS thread's own turns keep their order.
    for number in range(processes):
        for index in range(threads):
            mine = [tag for tag in (str(u["content"])[4:] for u, _ in pairs) if tag.startswith(f"w{number}-t{index}-")]
            assert mine == [f"w{number}-t{index}-n{turn}" for turn in range(turns)]


def _chat_requests(local_c1: LocalC1) -> list[list[dict[str, Any]]]:
    return [
        request.json["messages"]
        for request in local_c1.requests
        if request.path.endswith("/chat/completions") and isinstance(request.json, dict)
    ]


def test_react_example_under_two_workers_keeps_every_threads_history_across_a_restart(
    store_url: str, local_c1: LocalC1
) -> None:
    threads = [_thread() for _ in range(8)]
    turns = 3

    def turn(url: str, thread: str, number: int) -> None:
        answer = ask(url, thread, f"question {number} of {thread}")
        assert answer.status_code == 200, answer.text
        assert answer.headers["x-c1-answer"] == "streaming"
        assert answer.headers["x-c1-request-id"]
        assert f"question {number} of {thread}" in answer.text

    # The first turn of every thread, then the app is restarted, then the other turns.
    with (
        example_server(free_port(), store_url, local_c1.base_url, local_c1.api_key) as url,
        ThreadPoolExecutor(8) as pool,
    ):
        list(pool.map(lambda thread: turn(url, thread, 0), threads))
    with example_server(free_port(), store_url, local_c1.base_url, local_c1.api_key) as url:

        def later_turns(thread: str) -> None:
            for number in range(1, turns):
                turn(url, thread, number)

        with ThreadPoolExecutor(8) as pool:
            list(pool.map(later_turns, threads))

        # Concurrent turns on one thread: each is stored whole, none lost.
        crowded = _thread()
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(lambda number: turn(url, crowded, number), range(4)))

    store = _sync_store(store_url, local_c1)
    for thread in threads:
        history = store.messages(thread)
        assert [message["role"] for message in history] == ["user", "assistant"] * turns
        assert [history[2 * n]["content"] for n in range(turns)] == [f"question {n} of {thread}" for n in range(turns)]
        for n in range(turns):
            assert f"question {n} of {thread}" in str(history[2 * n + 1]["content"])
    crowded_history = store.messages(crowded)
    assert len(crowded_history) == 8
    for index in range(0, 8, 2):
        question = crowded_history[index]["content"]
        assert crowded_history[index]["role"] == "user"
        assert crowded_history[index + 1]["role"] == "assistant" and str(question) in str(
            crowded_history[index + 1]["content"]
        )
    assert sorted(str(crowded_history[index]["content"]) for index in range(0, 8, 2)) == [
        f"question {n} of {crowded}" for n in range(4)
    ]

    if not store_url.startswith("c1-conversations+"):
        # C1 was asked each turn with the whole history before it, the restart included.
        asked = {str(messages[-1]["content"]): messages for messages in _chat_requests(local_c1)}
        for thread in threads:
            for n in range(turns):
                messages = asked[f"question {n} of {thread}"]
                assert messages[0]["role"] == "system"
                assert [m["content"] for m in messages[1:-1:2]] == [f"question {k} of {thread}" for k in range(n)]
