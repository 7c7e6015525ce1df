"""iter_answer / aiter_answer over in-memory sources: text, failures, closing and on_complete."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import httpx
import pytest
from c1_items import ANSWER, chat_chunks, notice_in, responses_events, split

from thesys_c1 import APIConnectionError, RateLimitError
from thesys_c1.content import AnswerWriter, parse_answer
from thesys_c1.react import AnswerResult, C1StreamError, aiter_answer, iter_answer


class ClosableSource:
    """An iterable of items with the close() a C1 stream has; records how it was used."""

    def __init__(self, items: list[Any], fail_after: int | None = None) -> None:
        self.items = items
        self.fail_after = fail_after
        self.closed = False
        self.given = 0

    def __iter__(self) -> Iterator[Any]:
        for item in self.items:
            if self.fail_after is not None and self.given == self.fail_after:
                raise ConnectionResetError("upstream went away")
            self.given += 1
            yield item

    def close(self) -> None:
        self.closed = True


class AsyncClosableSource:
    def __init__(self, items: list[Any], fail_after: int | None = None, pause: float = 0.0) -> None:
        self.items = items
        self.fail_after = fail_after
        self.pause = pause
        self.closed = False
        self.given = 0

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._run()

    async def _run(self) -> AsyncIterator[Any]:
        for item in self.items:
            if self.fail_after is not None and self.given == self.fail_after:
                raise ConnectionResetError("upstream went away")
            await anyio.sleep(self.pause)
            self.given += 1
            yield item

    async def aclose(self) -> None:
        self.closed = True


def test_sync_chat_stream_to_bytes_and_result() -> None:
    results: list[AnswerResult] = []
    source = ClosableSource(list(chat_chunks(split(ANSWER, 9))))
    body = b"".join(iter_answer(source, on_complete=results.append))
    assert body.decode() == ANSWER
    assert source.closed
    assert len(results) == 1 and results[0].completed and results[0].text == ANSWER
    assert results[0].message() == {"role": "assistant", "content": ANSWER}


def test_sync_responses_stream_failure_becomes_a_notice(caplog: pytest.LogCaptureFixture) -> None:
    results: list[AnswerResult] = []
    caplog.set_level(logging.WARNING, logger="thesys_c1.react")
    body = b"".join(iter_answer(responses_events(split(ANSWER[:80], 10), end="failed"), on_complete=results.append))
    answer = parse_answer(body.decode())
    assert answer.complete
    assert notice_in(body.decode()) == "The model crashed."
    assert isinstance(results[0].error, C1StreamError) and not results[0].disconnected
    assert "C1 answer failed: status" in caplog.text and "The model crashed." in caplog.text


def test_sync_source_that_raises_mid_stream() -> None:
    results: list[AnswerResult] = []
    source = ClosableSource(list(chat_chunks(split(ANSWER, 20))), fail_after=3)
    body = b"".join(iter_answer(source, on_complete=results.append)).decode()
    assert body.startswith(ANSWER[:40])
    assert notice_in(body) == "The connection to C1 was lost."
    assert source.closed
    assert isinstance(results[0].error, ConnectionResetError)


def test_closing_the_iterator_early_closes_the_source_and_reports_a_disconnect() -> None:
    results: list[AnswerResult] = []
    source = ClosableSource(list(chat_chunks(split(ANSWER, 5))))
    body = iter_answer(source, on_complete=results.append)
    first = next(body)
    assert not source.closed
    body.close()
    assert source.closed
    assert results[0].disconnected and results[0].text == first.decode()
    assert source.given < len(source.items)


def test_a_generator_mixing_writer_text_and_c1_items() -> None:
    writer = AnswerWriter()

    def compose() -> Iterator[Any]:
        yield writer.think("Asking C1")
        yield from chat_chunks(split(ANSWER, 11))
        yield writer.custom_markdown("*Sources*: none")

    text = b"".join(iter_answer(compose())).decode()
    answer = parse_answer(text)
    assert [type(part).__name__ for part in answer.parts] == ["ThinkItem", "ContentBlock", "CustomMarkdown"]


def test_on_complete_errors_are_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    def broken(result: AnswerResult) -> None:
        raise RuntimeError("store is down")

    assert b"".join(iter_answer(["<custommarkdown>x</custommarkdown>"], on_complete=broken))
    assert "on_complete raised" in caplog.text


def test_bad_arguments_are_refused_with_the_parameter_named() -> None:
    with pytest.raises(
        TypeError, match=r"iter_answer\(\): source must be a C1 stream, an iterable of items or a function"
    ):
        iter_answer("text")
    with pytest.raises(TypeError, match=r"iter_answer\(\): source is an async stream; use aiter_answer"):
        iter_answer(AsyncClosableSource([]))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"on_complete must be callable, got str"):
        iter_answer([], on_complete="x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"aiter_answer\(\): source must be"):
        aiter_answer(42)  # type: ignore[arg-type]


def test_a_function_that_opens_the_stream_turns_its_failure_into_a_notice() -> None:
    results: list[AnswerResult] = []

    def open_stream() -> list[Any]:
        raise RateLimitError("Too many tokens.", response=_response(429), body=None, request_id="req_1")

    body = b"".join(iter_answer(open_stream, on_complete=results.append)).decode()
    assert notice_in(body) == "C1 answered with HTTP status 429. (request id req_1)"
    assert isinstance(results[0].error, RateLimitError)

    # A function that returns no stream is a server bug: logged, and told like any other failure.
    body = b"".join(iter_answer(lambda: 42)).decode()  # type: ignore[arg-type,return-value]
    assert notice_in(body) == "The server could not finish it."

    opened = ClosableSource(list(chat_chunks(split(ANSWER, 50))))
    assert b"".join(iter_answer(lambda: opened)).decode() == ANSWER
    assert opened.closed


async def test_an_awaitable_that_opens_the_stream() -> None:
    async def open_stream() -> AsyncClosableSource:
        return AsyncClosableSource(list(chat_chunks(split(ANSWER, 50))))

    assert b"".join([data async for data in aiter_answer(open_stream())]).decode() == ANSWER

    async def refused() -> AsyncClosableSource:
        raise APIConnectionError()

    body = b"".join([data async for data in aiter_answer(refused())]).decode()
    assert notice_in(body) == "The connection to C1 was lost."

    async def not_a_stream() -> int:
        return 42

    body = b"".join([data async for data in aiter_answer(not_a_stream())]).decode()  # type: ignore[arg-type]
    assert notice_in(body) == "The server could not finish it."


def _response(status: int) -> httpx.Response:
    return httpx.Response(status, request=httpx.Request("POST", "http://127.0.0.1/v1/embed/chat/completions"))


async def test_async_stream_to_bytes_with_an_async_on_complete() -> None:
    results: list[AnswerResult] = []

    async def record(result: AnswerResult) -> None:
        await anyio.sleep(0)
        results.append(result)

    source = AsyncClosableSource(list(chat_chunks(split(ANSWER, 9))))
    body = b"".join([data async for data in aiter_answer(source, on_complete=record)])
    assert body.decode() == ANSWER
    assert source.closed and results[0].completed


async def test_async_source_failure_becomes_a_notice() -> None:
    source = AsyncClosableSource(list(chat_chunks(split(ANSWER, 9))), fail_after=4)
    body = b"".join([data async for data in aiter_answer(source)]).decode()
    assert notice_in(body) == "The connection to C1 was lost."
    assert source.closed


async def test_cancelling_the_task_closes_the_async_source() -> None:
    results: list[AnswerResult] = []
    source = AsyncClosableSource(list(chat_chunks(split(ANSWER, 8))), pause=0.01)
    received: list[bytes] = []

    async def consume() -> None:
        async for data in aiter_answer(source, on_complete=results.append):
            received.append(data)

    with anyio.move_on_after(0.2):
        await consume()
    assert source.closed
    assert received and source.given < len(source.items)
    assert results[0].disconnected and results[0].text == b"".join(received).decode()


async def test_a_sync_source_is_read_in_a_worker_thread() -> None:
    threads: set[str] = set()

    def produce() -> Iterator[Any]:
        for item in chat_chunks(split(ANSWER, 30)):
            threads.add(threading.current_thread().name)
            yield item

    body = b"".join([data async for data in aiter_answer(produce())]).decode()
    assert body == ANSWER
    assert threading.current_thread().name not in threads


async def test_closing_the_async_iterator_early_closes_a_sync_source() -> None:
    results: list[AnswerResult] = []
    source = ClosableSource(list(chat_chunks(split(ANSWER, 5))))
    body = aiter_answer(source, on_complete=results.append)
    await body.__anext__()
    await body.aclose()
    assert source.closed and results[0].disconnected


async def test_closing_before_the_first_step_closes_an_unawaited_source(recwarn: pytest.WarningsRecorder) -> None:
    opened: list[bool] = []

    async def open_stream() -> list[str]:
        opened.append(True)
        return ["never read"]

    body = aiter_answer(open_stream())
    await body.aclose()
    del body
    gc.collect()
    assert opened == []
    assert not [warning for warning in recwarn if "never awaited" in str(warning.message)]
