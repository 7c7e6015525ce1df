"""The answer stream over real HTTP on loopback: Starlette under uvicorn, and WSGI under wsgiref.

The disconnect tests put a slow C1-like upstream behind the app and prove,
from the upstream's side, that a browser going away closes the C1 stream.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx
import pytest
from c1_items import ANSWER, chat_chunks, notice_in, responses_events, split
from serving import serve_asgi, serve_wsgi
from slow_upstream import SlowUpstream
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from thesys_c1 import C1, AsyncC1
from thesys_c1.content import parse_answer
from thesys_c1.react import ANSWER_HEADERS, ANSWER_MEDIA_TYPE, AnswerResult, c1_streaming_response, iter_answer

if TYPE_CHECKING:
    from thesys_c1.params import ChatCompletionMessageParam


class Recorder:
    def __init__(self) -> None:
        self.results: list[AnswerResult] = []
        self.done = threading.Event()

    def __call__(self, result: AnswerResult) -> None:
        self.results.append(result)
        self.done.set()


def _starlette_app(make_source: Callable[[], Any], recorder: Recorder) -> Starlette:
    async def chat(request: Request) -> Response:
        return c1_streaming_response(make_source(), on_complete=recorder)

    return Starlette(routes=[Route("/api/chat", chat, methods=["POST"])])


def _wsgi_app(make_source: Callable[[], Any], recorder: Recorder) -> Callable[..., Iterable[bytes]]:
    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        start_response("200 OK", [("Content-Type", ANSWER_MEDIA_TYPE), *ANSWER_HEADERS.items()])
        return iter_answer(make_source(), on_complete=recorder)

    return app


@pytest.mark.parametrize("kind", ["chat", "responses"])
def test_starlette_streams_the_answer_with_event_stream_headers(kind: str) -> None:
    recorder = Recorder()

    def source() -> list[Any]:
        pieces = split(ANSWER, 13)
        return list(chat_chunks(pieces)) if kind == "chat" else responses_events(pieces)

    with serve_asgi(_starlette_app(source, recorder)) as url:
        with httpx.Client() as client, client.stream("POST", url + "/api/chat", json={}) as response:
            assert response.status_code == 200
            assert response.headers["content-type"].startswith("text/event-stream")
            assert response.headers["cache-control"] == "no-cache, no-transform"
            pieces = list(response.iter_bytes())
        assert b"".join(pieces).decode() == ANSWER
    assert recorder.done.wait(5) and recorder.results[0].completed


def test_starlette_tells_a_mid_stream_failure_to_the_browser() -> None:
    recorder = Recorder()
    with serve_asgi(_starlette_app(lambda: responses_events(split(ANSWER[:90], 13), end="error"), recorder)) as url:
        body = httpx.post(url + "/api/chat", json={}).text
    answer = parse_answer(body)
    assert answer.complete
    assert notice_in(body) == "Slow down."
    assert recorder.done.wait(5) and recorder.results[0].error is not None


def _read_some_then_hang_up(url: str) -> bytes:
    """POST like a browser, read the first bytes of the answer, then close the socket."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 80), timeout=10) as sock:
        sock.sendall(
            b"POST /api/chat HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
        )
        received = b""
        while b"<content" not in received:
            data = sock.recv(4096)
            if not data:
                raise AssertionError(f"the server closed the connection first: {received!r}")
            received += data
    return received


QUESTION: list[ChatCompletionMessageParam] = [{"role": "user", "content": "How did the world population grow?"}]
MODEL = "c1/anthropic/claude-sonnet-4/v-20250930"


@pytest.mark.parametrize("client_kind", ["AsyncC1", "C1"])
def test_starlette_browser_disconnect_closes_the_upstream_stream(client_kind: str) -> None:
    upstream = SlowUpstream()
    recorder = Recorder()
    with serve_asgi(upstream.app) as upstream_url:

        def make_source() -> Any:
            if client_kind == "AsyncC1":
                # Left un-awaited: the response opens it.
                return AsyncC1(base_url=upstream_url + "/v1", api_key="k").chat.completions.create(
                    model=MODEL, messages=QUESTION, stream=True
                )
            return C1(base_url=upstream_url + "/v1", api_key="k").chat.completions.create(
                model=MODEL, messages=QUESTION, stream=True
            )

        with serve_asgi(_starlette_app(make_source, recorder)) as url:
            _read_some_then_hang_up(url)
            assert upstream.closed.wait(10), "the upstream stream was not closed after the browser left"
            assert recorder.done.wait(10)
    assert upstream.sent < upstream.total
    result = recorder.results[0]
    assert result.disconnected and result.error is None
    assert result.text.startswith("<content")


def test_wsgi_streams_the_answer() -> None:
    recorder = Recorder()
    with (
        serve_wsgi(_wsgi_app(lambda: chat_chunks(split(ANSWER, 17)), recorder)) as url,
        httpx.Client() as client,
        client.stream("POST", url + "/api/chat", json={}) as response,
    ):
        assert response.headers["content-type"] == "text/event-stream"
        body = b"".join(response.iter_bytes())
    assert body.decode() == ANSWER
    assert recorder.done.wait(5) and recorder.results[0].completed


def test_wsgi_browser_disconnect_closes_the_upstream_stream() -> None:
    upstream = SlowUpstream()
    recorder = Recorder()

    def source() -> Callable[[], Iterable[Any]]:
        client = C1(base_url=upstream_url + "/v1", api_key="k")
        return lambda: client.chat.completions.create(model=MODEL, messages=QUESTION, stream=True)

    with serve_asgi(upstream.app) as upstream_url, serve_wsgi(_wsgi_app(source, recorder)) as url:
        _read_some_then_hang_up(url)
        # wsgiref notices the browser is gone when a write fails, and then closes the iterator.
        assert upstream.closed.wait(10), "the upstream stream was not closed after the browser left"
        assert recorder.done.wait(10)
    assert upstream.sent < upstream.total
    assert recorder.results[0].disconnected
