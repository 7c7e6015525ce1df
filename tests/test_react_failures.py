"""Failed answers reach the operator: on_error, one WARNING line with C1's request id and status, and the
X-C1-Request-Id / X-C1-Answer headers; a failed turn is stored marked, a turn whose browser left is not.

Served over real HTTP: c1_streaming_response under uvicorn and iter_answer under WSGI, asking the local
C1 server with planned faults.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from c1_items import notice_in
from serving import serve_asgi, serve_wsgi
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from thesys_c1 import C1, AsyncC1
from thesys_c1.react import (
    ANSWER_HEADERS,
    ANSWER_MEDIA_TYPE,
    AnswerFailure,
    AnswerResult,
    C1ChatRequest,
    arecord_turn,
    c1_streaming_response,
    iter_answer,
    read_chat_request,
    record_turn,
    thread_store_from_url,
    turn_messages,
)
from thesys_c1.testing import Fault, LocalC1

MODEL = "c1/anthropic/claude-sonnet-4/v-20250930"
CHAT_PATH = "/v1/embed/chat/completions"


@pytest.fixture
def failures() -> list[AnswerFailure]:
    return []


@pytest.fixture
def asgi_url(local_c1: LocalC1, tmp_path: Path, failures: list[AnswerFailure]) -> Iterator[str]:
    client = AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0)
    threads = thread_store_from_url(f"sqlite:///{tmp_path / 'threads.db'}", asynchronous=True)

    async def chat(request: Request) -> Response:
        prompt = await read_chat_request(request)
        assert isinstance(prompt, C1ChatRequest)
        history = await threads.messages(prompt.thread_id)
        stream = client.chat.completions.create(model=MODEL, messages=[*history, prompt.user_message()], stream=True)
        return c1_streaming_response(
            stream,
            on_complete=arecord_turn(threads, prompt.thread_id, prompt.user_message()),
            on_error=failures.append,
        )

    with serve_asgi(Starlette(routes=[Route("/api/chat", chat, methods=["POST"])])) as url:
        yield url


@pytest.fixture
def wsgi_url(local_c1: LocalC1, tmp_path: Path, failures: list[AnswerFailure]) -> Iterator[str]:
    client = C1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0)
    threads = thread_store_from_url(f"sqlite:///{tmp_path / 'threads.db'}")

    def app(environ: dict[str, Any], start_response: Any) -> Any:
        prompt = C1ChatRequest.read(environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0)))
        assert isinstance(prompt, C1ChatRequest)
        history = threads.messages(prompt.thread_id)
        body = iter_answer(
            lambda: client.chat.completions.create(
                model=MODEL, messages=[*history, prompt.user_message()], stream=True
            ),
            on_complete=record_turn(threads, prompt.thread_id, prompt.user_message()),
            on_error=failures.append,
        )
        headers = {"Content-Type": ANSWER_MEDIA_TYPE, **ANSWER_HEADERS, **body.start()}
        start_response("200 OK", list(headers.items()))
        return body

    with serve_wsgi(app) as url:
        yield url


def _ask(url: str, thread: str, question: str) -> httpx.Response:
    body = {"prompt": {"id": uuid.uuid4().hex, "role": "user", "content": question}, "threadId": thread}
    return httpx.post(f"{url}/api/chat", content=json.dumps(body), timeout=30)


def _warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "thesys_c1.react" and r.levelno == logging.WARNING]


@pytest.mark.parametrize("server", ["asgi_url", "wsgi_url"])
def test_a_refused_answer_is_logged_reported_and_named_in_the_headers(
    server: str,
    request: pytest.FixtureRequest,
    local_c1: LocalC1,
    failures: list[AnswerFailure],
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    url: str = request.getfixturevalue(server)
    caplog.set_level(logging.WARNING, logger="thesys_c1.react")
    local_c1.add_fault(Fault(status=429, path=CHAT_PATH, times=1))
    thread = f"t-{uuid.uuid4().hex}"
    answer = _ask(url, thread, "Will this be refused?")
    assert answer.status_code == 200  # the React client shows the notice only for a 200
    assert notice_in(answer.text) == f"C1 answered with HTTP status 429. (request id {failures[0].request_id})"
    assert answer.headers["x-c1-answer"] == "failed 429"
    assert [(f.status, f.sent_characters) for f in failures] == [(429, 0)]
    assert failures[0].request_id and answer.headers["x-c1-request-id"] == failures[0].request_id
    (line,) = _warnings(caplog)
    assert f"status 429, request id {failures[0].request_id}" in line.getMessage()
    # The failed turn is stored marked: the answer is the notice the browser saw.
    history = thread_store_from_url(f"sqlite:///{tmp_path / 'threads.db'}").messages(thread)
    assert [m["role"] for m in history] == ["user", "assistant"]
    assert notice_in(str(history[1]["content"])) is not None


@pytest.mark.parametrize("server", ["asgi_url", "wsgi_url"])
def test_an_answer_cut_part_way_is_logged_with_its_request_id(
    server: str,
    request: pytest.FixtureRequest,
    local_c1: LocalC1,
    failures: list[AnswerFailure],
    caplog: pytest.LogCaptureFixture,
) -> None:
    url: str = request.getfixturevalue(server)
    caplog.set_level(logging.WARNING, logger="thesys_c1.react")
    local_c1.add_fault(Fault(cut_after=3, path=CHAT_PATH, times=1))
    answer = _ask(url, f"t-{uuid.uuid4().hex}", "Will this be cut?")
    assert answer.status_code == 200
    # The headers went out before the cut: they say the answer was streaming, and its request id.
    assert answer.headers["x-c1-answer"] == "streaming"
    (failure,) = failures
    assert failure.request_id == answer.headers["x-c1-request-id"]
    assert failure.status == 200 and failure.sent_characters > 0
    assert notice_in(answer.text) is not None
    (line,) = _warnings(caplog)
    assert f"status 200, request id {failure.request_id}" in line.getMessage()


@pytest.mark.parametrize("server", ["asgi_url", "wsgi_url"])
def test_a_whole_answer_reports_no_failure(
    server: str, request: pytest.FixtureRequest, failures: list[AnswerFailure], caplog: pytest.LogCaptureFixture
) -> None:
    url: str = request.getfixturevalue(server)
    caplog.set_level(logging.WARNING, logger="thesys_c1.react")
    answer = _ask(url, f"t-{uuid.uuid4().hex}", "All well?")
    assert answer.status_code == 200 and "The answer stopped early" not in answer.text
    assert answer.headers["x-c1-answer"] == "streaming" and answer.headers["x-c1-request-id"]
    assert failures == [] and _warnings(caplog) == []


def test_a_turn_whose_browser_left_is_not_stored() -> None:
    user = {"role": "user", "content": "hello"}
    assert turn_messages(user, AnswerResult("partial", disconnected=True)) == ()  # type: ignore[arg-type]
    assert turn_messages(user, AnswerResult("whole")) == (user, {"role": "assistant", "content": "whole"})  # type: ignore[arg-type]


def test_on_error_must_be_callable() -> None:
    with pytest.raises(TypeError, match=r"iter_answer\(\): on_error must be callable, got int"):
        iter_answer(["x"], on_error=3)  # type: ignore[arg-type]
