"""The README's React backends, run as written, against bodies C1Chat would never send and a C1 that fails at open.

The FastAPI and Flask snippets are taken from README.md itself and served
for real (uvicorn, wsgiref), with ``THESYS_BASE_URL`` pointing their client
at the local C1 server; so is the example app. A malformed body must get a
short JSON 400 and never reach C1; a C1 that refuses the stream must show as
the usual notice in a 200 answer, never as a 500.
"""

from __future__ import annotations

import json
import re
import socket
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from c1_items import notice_in
from serving import serve_asgi, serve_wsgi
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from thesys_c1 import C1, AsyncC1
from thesys_c1.react import (
    ANSWER_HEADERS,
    ANSWER_MEDIA_TYPE,
    aiter_answer,
    c1_streaming_response,
    iter_answer,
    thread_store_from_url,
)
from thesys_c1.testing import Fault, LocalC1

REPO = Path(__file__).resolve().parent.parent
MODEL = "c1/anthropic/claude-sonnet-4/v-20250930"
QUESTION: list[Any] = [{"role": "user", "content": "How did the world population grow?"}]
GOOD = {"prompt": {"id": "p-1", "role": "user", "content": '<content thesys="true">Hi</content>'}, "threadId": "t-1"}

# (request body, the param the 400 must name)
MALFORMED: dict[str, tuple[bytes, str]] = {
    "not-json": (b"{not json", "body"),
    "nested-100000-deep": (b"[" * 100_000 + b"]" * 100_000, "body"),
    "not-utf8": (b'{"prompt": {"content": "\xff\xfe"}, "threadId": "t"}', "body"),
    "array": (b"[1, 2]", "body"),
    "no-prompt": (b'{"threadId": "t"}', "prompt"),
    "content-not-a-string": (b'{"prompt": {"content": ["x"]}, "threadId": "t"}', "prompt.content"),
    "thread-id-a-number": (b'{"prompt": {"content": "x"}, "threadId": 7}', "threadId"),
    "lone-surrogate": (b'{"prompt": {"content": "\\ud800"}, "threadId": "t"}', "prompt.content"),
    "huge": (b'{"prompt": {"content": "' + b"x" * (3 * 1024 * 1024) + b'"}, "threadId": "t"}', "body"),
}


def _readme_snippet(marker: str) -> str:
    """The README's python block that contains ``marker``, exactly as written there."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = [block for block in re.findall(r"```python\n(.*?)```", readme, re.DOTALL) if marker in block]
    assert len(blocks) == 1, f"README.md should have one python block with {marker!r}, found {len(blocks)}"
    snippet: str = blocks[0]
    return snippet


def _readme_app(marker: str, local_c1: LocalC1) -> Any:
    with pytest.MonkeyPatch.context() as patch:
        # Read once, when the snippet builds its client.
        patch.setenv("THESYS_API_KEY", local_c1.api_key)
        patch.setenv("THESYS_BASE_URL", local_c1.base_url)
        # The snippets keep threads where THREAD_STORE says: a scratch file, not the working directory.
        patch.setenv("THREAD_STORE", f"sqlite:///{tempfile.mkdtemp(prefix='c1-readme-')}/threads.db")
        namespace: dict[str, Any] = {"__name__": "readme_app"}
        exec(compile(_readme_snippet(marker), f"README.md ({marker})", "exec"), namespace)
    return namespace["app"]


# One server per app for the module: the local C1 server is reset before each test anyway.


@pytest.fixture(scope="module")
def fastapi_url(local_c1_server: LocalC1) -> Iterator[str]:
    with serve_asgi(_readme_app("from fastapi import", local_c1_server)) as url:
        yield url


@pytest.fixture(scope="module")
def flask_url(local_c1_server: LocalC1) -> Iterator[str]:
    with serve_wsgi(_readme_app("from flask import", local_c1_server)) as url:
        yield url


@pytest.fixture(scope="module")
def example_url(local_c1_server: LocalC1) -> Iterator[str]:
    import importlib.util

    spec = importlib.util.spec_from_file_location("react_chat_server", REPO / "examples" / "react-chat" / "server.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    client = AsyncC1(base_url=local_c1_server.base_url, api_key=local_c1_server.api_key)
    threads = thread_store_from_url(f"sqlite:///{tempfile.mkdtemp(prefix='c1-example-')}/threads.db", asynchronous=True)
    with serve_asgi(module.create_app(client, page=None, threads=threads)) as url:
        yield url


def _assert_short_json_400(response: httpx.Response, param: str) -> None:
    assert response.status_code == 400, response.text[:300]
    assert response.headers["content-type"] == "application/json"
    assert len(response.content) < 300
    error = response.json()["error"]
    assert error["param"] == param
    assert error["message"].startswith(f"{param}: ")
    assert "Traceback" not in response.text and "Error" not in error["message"]


@pytest.mark.parametrize("app", ["fastapi_url", "flask_url", "example_url"])
@pytest.mark.parametrize("case", list(MALFORMED))
def test_a_malformed_body_gets_a_short_json_400(
    app: str, case: str, request: pytest.FixtureRequest, local_c1: LocalC1
) -> None:
    url: str = request.getfixturevalue(app)
    body, param = MALFORMED[case]
    response = httpx.post(url + "/api/chat", content=body, headers={"content-type": "application/json"}, timeout=30)
    _assert_short_json_400(response, param)
    assert local_c1.requests == []


@pytest.mark.parametrize("app", ["fastapi_url", "example_url"])
def test_a_huge_body_without_a_length_is_refused_once_too_much_arrived(
    app: str, request: pytest.FixtureRequest
) -> None:
    url: str = request.getfixturevalue(app)

    def chunks() -> Iterator[bytes]:
        # Sent chunked, so no Content-Length tells the size up front.
        yield b'{"prompt": {"content": "'
        for _ in range(48):
            yield b"x" * 65536
        yield b'"}, "threadId": "t"}'

    response = httpx.post(url + "/api/chat", content=chunks(), timeout=30)
    _assert_short_json_400(response, "body")
    assert response.json()["error"]["message"] == "body: must be at most 1048576 bytes"


@pytest.mark.parametrize("app", ["fastapi_url", "flask_url"])
def test_the_readme_backends_answer_a_good_body(app: str, request: pytest.FixtureRequest) -> None:
    url: str = request.getfixturevalue(app)
    response = httpx.post(url + "/api/chat", json=GOOD, timeout=30)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(ANSWER_MEDIA_TYPE)
    assert "<content" in response.text and "The answer stopped early" not in response.text


@pytest.mark.parametrize("app", ["fastapi_url", "flask_url"])
def test_the_readme_backends_show_a_403_at_open_as_the_notice(
    app: str, request: pytest.FixtureRequest, local_c1: LocalC1
) -> None:
    url: str = request.getfixturevalue(app)
    local_c1.add_fault(Fault(status=403, path="/v1/embed/chat/completions"))
    response = httpx.post(url + "/api/chat", json=GOOD, timeout=30)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(ANSWER_MEDIA_TYPE)
    notice = notice_in(response.text)
    assert notice is not None and notice.startswith("C1 answered with HTTP status 403.")


# The same failures with each client in each helper, with apps written here.


def _refused_port() -> int:
    # A port that was just free: nothing listens there, so connecting is refused.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


FAILURES: dict[str, tuple[Fault | None, str]] = {
    "403": (Fault(status=403), "C1 answered with HTTP status 403."),
    "429": (Fault(status=429), "C1 answered with HTTP status 429."),
    "503-after-retries": (Fault(status=503), "C1 answered with HTTP status 503."),
    "connection-refused": (None, "The connection to C1 was lost."),
}


def _base_url(local_c1: LocalC1, failure: str) -> str:
    fault, _ = FAILURES[failure]
    if fault is None:
        return f"http://127.0.0.1:{_refused_port()}/v1"
    local_c1.add_fault(fault)
    return local_c1.base_url


def _asgi_aiter_app(open_source: Callable[[], Any]) -> Callable[..., Any]:
    """A bare ASGI app (no framework) that streams ``aiter_answer`` itself."""

    async def app(scope: dict[str, Any], receive: Callable[..., Any], send: Callable[..., Any]) -> None:
        assert scope["type"] == "http"
        while (await receive()).get("more_body"):
            pass
        headers = [(b"content-type", ANSWER_MEDIA_TYPE.encode())]
        headers += [(name.lower().encode(), value.encode()) for name, value in ANSWER_HEADERS.items()]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        body = aiter_answer(open_source())
        try:
            async for data in body:
                await send({"type": "http.response.body", "body": data, "more_body": True})
        finally:
            await body.aclose()
        await send({"type": "http.response.body", "body": b""})

    return app


def _starlette_app(open_source: Callable[[], Any]) -> Starlette:
    async def chat(request: Request) -> Response:
        return c1_streaming_response(open_source())

    return Starlette(routes=[Route("/api/chat", chat, methods=["POST"])])


def _wsgi_app(open_source: Callable[[], Any]) -> Callable[..., Iterable[bytes]]:
    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        start_response("200 OK", [("Content-Type", ANSWER_MEDIA_TYPE), *ANSWER_HEADERS.items()])
        return iter_answer(open_source())

    return app


def _sources(base_url: str, api_key: str) -> dict[str, Callable[[], Any]]:
    """What each helper is given to open the stream, per client (one retry, so a 503 is retried once)."""
    sync_client = C1(base_url=base_url, api_key=api_key, max_retries=1)
    async_client = AsyncC1(base_url=base_url, api_key=api_key, max_retries=1)

    def sync_opener() -> Any:
        return lambda: sync_client.chat.completions.create(model=MODEL, messages=QUESTION, stream=True)

    def async_call() -> Any:
        return async_client.chat.completions.create(model=MODEL, messages=QUESTION, stream=True)

    return {"C1": sync_opener, "AsyncC1": async_call}


@pytest.mark.parametrize("failure", list(FAILURES))
@pytest.mark.parametrize(
    ("helper", "client_kind"),
    [
        ("c1_streaming_response", "C1"),
        ("c1_streaming_response", "AsyncC1"),
        ("aiter_answer", "C1"),
        ("aiter_answer", "AsyncC1"),
        ("iter_answer", "C1"),
    ],
)
def test_a_failure_when_the_stream_opens_is_the_notice(
    helper: str, client_kind: str, failure: str, local_c1: LocalC1
) -> None:
    open_source = _sources(_base_url(local_c1, failure), local_c1.api_key)[client_kind]
    if helper == "iter_answer":
        served = serve_wsgi(_wsgi_app(open_source))
    elif helper == "aiter_answer":
        served = serve_asgi(_asgi_aiter_app(open_source))
    else:
        served = serve_asgi(_starlette_app(open_source))
    with served as url:
        response = httpx.post(url + "/api/chat", json=GOOD, timeout=30)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(ANSWER_MEDIA_TYPE)
    notice = notice_in(response.text)
    assert notice is not None and notice.startswith(FAILURES[failure][1]), notice


class _HeldC1:
    """A C1 stand-in on a raw socket that takes the request and answers 429 only when ``release`` is set."""

    def __init__(self) -> None:
        self.accepted = threading.Event()
        self.release = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.base_url = f"http://127.0.0.1:{self._listener.getsockname()[1]}/v1"
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        connection, _ = self._listener.accept()
        with connection:
            self.accepted.set()
            self.release.wait(30)
            body = json.dumps({"error": {"message": "Slow down.", "type": "rate_limit_error"}}).encode()
            connection.sendall(
                b"HTTP/1.1 429 Too Many Requests\r\ncontent-type: application/json\r\n"
                + f"content-length: {len(body)}\r\nconnection: close\r\n\r\n".encode()
                + body
            )

    def close(self) -> None:
        self.release.set()
        self._thread.join(10)
        self._listener.close()


def test_the_sync_client_opens_the_stream_off_the_event_loop() -> None:
    held = _HeldC1()
    client = C1(base_url=held.base_url, api_key="k", max_retries=0)

    async def chat(request: Request) -> Response:
        return c1_streaming_response(
            lambda: client.chat.completions.create(model=MODEL, messages=QUESTION, stream=True)
        )

    async def ping(request: Request) -> Response:
        return PlainTextResponse("pong")

    app = Starlette(routes=[Route("/api/chat", chat, methods=["POST"]), Route("/ping", ping)])
    answers: list[httpx.Response] = []
    try:
        with serve_asgi(app) as url:
            asking = threading.Thread(
                target=lambda: answers.append(httpx.post(url + "/api/chat", json=GOOD, timeout=30))
            )
            asking.start()
            assert held.accepted.wait(10), "the C1 request was never made"
            # C1 has not answered: a blocked event loop would leave this request unanswered too.
            assert httpx.get(url + "/ping", timeout=10).text == "pong"
            held.release.set()
            asking.join(30)
    finally:
        held.close()
    assert answers and answers[0].status_code == 200
    notice = notice_in(answers[0].text)
    assert notice is not None and notice.startswith("C1 answered with HTTP status 429.")


def test_aiter_answer_refuses_what_cannot_open_a_stream() -> None:
    with pytest.raises(
        TypeError, match=r"aiter_answer\(\): source must be .* or function that opens the stream, got int"
    ):
        aiter_answer(5)  # type: ignore[arg-type]
