"""The answer helpers with the real clients against the local C1 server: chat, Responses, and faults."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx
from c1_items import notice_in
from serving import serve_asgi
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from thesys_c1 import C1, AsyncC1
from thesys_c1.content import parse_answer
from thesys_c1.react import AnswerResult, C1ChatRequest, InMemoryThreadStore, c1_streaming_response, iter_answer
from thesys_c1.testing import Fault, LocalC1

if TYPE_CHECKING:
    from thesys_c1.params import ChatCompletionMessageParam

MODEL = "c1/anthropic/claude-sonnet-4/v-20250930"
QUESTION = "How did the world population grow from 1950 to 2020?"
WRAPPED = f'<content thesys="true">{QUESTION}</content>'


def _messages(text: str = QUESTION) -> list[ChatCompletionMessageParam]:
    return [{"role": "user", "content": text}]


def _app(open_stream: Callable[[], Any], results: list[AnswerResult]) -> Starlette:
    async def chat(request: Request) -> Response:
        return c1_streaming_response(open_stream(), on_complete=results.append)

    return Starlette(routes=[Route("/api/chat", chat, methods=["POST"])])


def _card_titles(text: str) -> list[str]:
    content = parse_answer(text).content
    assert content is not None
    children = content.json()["component"]["props"]["children"]
    return [child["props"].get("title", "") for child in children if child["component"] == "Header"]


def test_async_chat_stream_from_the_local_server(local_c1: LocalC1) -> None:
    client = AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key)
    results: list[AnswerResult] = []
    app = _app(lambda: client.chat.completions.create(model=MODEL, messages=_messages(), stream=True), results)
    with serve_asgi(app) as url:
        body = httpx.post(url + "/api/chat", json={}).text
    answer = parse_answer(body)
    assert answer.complete and answer.problems == ()
    assert answer.think_items[0].ephemeral
    assert _card_titles(body) == [QUESTION]
    assert results[0].completed
    # The ephemeral think item stays out of the history.
    content = results[0].message().get("content")
    assert isinstance(content, str) and content.startswith('<content thesys="true">')


def test_async_responses_stream_from_the_local_server(local_c1: LocalC1) -> None:
    client = AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key)
    results: list[AnswerResult] = []
    app = _app(lambda: client.responses.create(model=MODEL, input=QUESTION, stream=True), results)
    with serve_asgi(app) as url:
        body = httpx.post(url + "/api/chat", json={}).text
    assert _card_titles(body) == [QUESTION]
    assert results[0].completed


def test_a_cut_stream_ends_with_the_whole_children_and_a_notice(local_c1: LocalC1) -> None:
    local_c1.add_fault(Fault(cut_after=3, path="/v1/embed/chat/completions", times=1))
    client = AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key)
    results: list[AnswerResult] = []
    app = _app(lambda: client.chat.completions.create(model=MODEL, messages=_messages(), stream=True), results)
    with serve_asgi(app) as url:
        body = httpx.post(url + "/api/chat", json={}).text
    notice = notice_in(body)
    assert notice is not None and notice.startswith("The connection to C1 was lost. (request id req_")
    assert parse_answer(body).complete
    assert results[0].error is not None and not results[0].completed


def test_a_status_error_when_opening_the_stream_is_shown_in_the_chat(local_c1: LocalC1) -> None:
    local_c1.add_fault(Fault(status=429, path="/v1/embed/chat/completions"))
    client = AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0)
    results: list[AnswerResult] = []
    app = _app(lambda: client.chat.completions.create(model=MODEL, messages=_messages(), stream=True), results)
    with serve_asgi(app) as url:
        response = httpx.post(url + "/api/chat", json={})
    assert response.status_code == 200
    notice = notice_in(response.text)
    assert notice is not None and notice.startswith("C1 answered with HTTP status 429. (request id ")


def test_sync_client_through_iter_answer_and_a_thread_store(local_c1: LocalC1) -> None:
    client = C1(base_url=local_c1.base_url, api_key=local_c1.api_key)
    threads = InMemoryThreadStore()
    done = threading.Event()

    def turn(body: dict[str, Any]) -> str:
        prompt = C1ChatRequest.parse(body)
        history = threads.messages(prompt.thread_id)
        threads.append(prompt.thread_id, prompt.user_message())
        messages: list[Any] = [*history, prompt.user_message()]

        def remember(result: AnswerResult) -> None:
            threads.append(prompt.thread_id, result.message())
            done.set()

        stream = iter_answer(
            lambda: client.chat.completions.create(model=MODEL, messages=messages, stream=True), on_complete=remember
        )
        return b"".join(stream).decode()

    first = turn({"prompt": {"role": "user", "content": WRAPPED}, "threadId": "t-1"})
    second = turn(
        {"prompt": {"role": "user", "content": '<content thesys="true">And why?</content>'}, "threadId": "t-1"}
    )
    assert _card_titles(first) == [QUESTION]
    assert _card_titles(second) == ["And why?"]
    # The second request carried the first turn: C1Chat sends only the newest message.
    sent = local_c1.requests[-1].json
    assert isinstance(sent, dict)
    assert [message["role"] for message in sent["messages"]] == ["user", "assistant", "user"]
    assert sent["messages"][0]["content"] == WRAPPED
    assert "thinkitem" not in sent["messages"][1]["content"]
    assert [message["role"] for message in threads.messages("t-1")] == ["user", "assistant", "user", "assistant"]


def test_a_body_closed_before_its_first_byte_still_closes_the_c1_stream(local_c1: LocalC1) -> None:
    results: list[AnswerResult] = []
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key) as client:
        stream = client.chat.completions.create(model=MODEL, messages=_messages(), stream=True)
        body = iter_answer(stream, on_complete=results.append)
        body.close()  # what a WSGI server calls when the browser is gone
    assert stream.response.is_closed
    assert len(results) == 1 and results[0].disconnected and not results[0].completed


async def test_an_async_body_closed_before_its_first_byte_still_closes_the_c1_stream(local_c1: LocalC1) -> None:
    from thesys_c1.react import aiter_answer

    results: list[AnswerResult] = []
    async with AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key) as client:
        stream = await client.responses.create(model=MODEL, input=QUESTION, stream=True)
        body = aiter_answer(stream, on_complete=results.append)
        await body.aclose()
    assert stream.response.is_closed
    assert len(results) == 1 and results[0].disconnected
