"""Django serving C1Chat: an async view under ASGI (uvicorn) streams with aiter_answer; a sync view under WSGI
streams with iter_answer. The views are the README's, with the client created on first use, so that
``manage.py check``/``migrate`` run without THESYS_API_KEY.
"""

# mypy: disable-error-code="untyped-decorator"
from __future__ import annotations

import functools
import json
import os
import re
import threading
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from serving import serve_asgi, serve_wsgi

from thesys_c1 import C1, AsyncC1
from thesys_c1.react import (
    ANSWER_HEADERS,
    ANSWER_MEDIA_TYPE,
    C1ChatRequest,
    aiter_answer,
    arecord_turn,
    iter_answer,
    record_turn,
    thread_store_from_url,
)
from thesys_c1.testing import LocalC1

django = pytest.importorskip("django", reason="Django is not installed (pip install django; requirements/dev.lock)")

from django.conf import settings  # noqa: E402
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse  # noqa: E402
from django.urls import path  # noqa: E402
from django.views.decorators.csrf import csrf_exempt  # noqa: E402
from django.views.decorators.http import require_POST  # noqa: E402

MODEL = "c1/anthropic/claude-sonnet-4/v-20250930"
STORE_FILE = Path(os.environ.get("TMPDIR", "/tmp")) / f"c1-django-threads-{uuid.uuid4().hex}.db"


# --- the README's views ---------------------------------------------------------------------------


@functools.cache
def async_client() -> AsyncC1:
    return AsyncC1()  # THESYS_API_KEY is read on the first request, not when Django imports the views


@functools.cache
def sync_client() -> C1:
    return C1()


@functools.cache
def async_threads() -> Any:
    return thread_store_from_url(f"sqlite:///{STORE_FILE}", asynchronous=True)


@functools.cache
def sync_threads() -> Any:
    return thread_store_from_url(f"sqlite:///{STORE_FILE}")


@csrf_exempt
@require_POST
async def chat(request: HttpRequest) -> HttpResponse | StreamingHttpResponse:
    prompt = C1ChatRequest.read(request.body)
    if not isinstance(prompt, C1ChatRequest):
        return HttpResponse(prompt.body, status=prompt.status, headers=prompt.headers)
    threads = async_threads()
    history = await threads.messages(prompt.thread_id)
    body = aiter_answer(
        async_client().chat.completions.create(model=MODEL, messages=[*history, prompt.user_message()], stream=True),
        on_complete=arecord_turn(threads, prompt.thread_id, prompt.user_message()),
    )
    headers = await body.start()  # opens the C1 stream: its request id for the proxy's log
    return StreamingHttpResponse(body, content_type=ANSWER_MEDIA_TYPE, headers={**ANSWER_HEADERS, **headers})


@csrf_exempt
@require_POST
def chat_sync(request: HttpRequest) -> HttpResponse | StreamingHttpResponse:
    prompt = C1ChatRequest.read(request)
    if not isinstance(prompt, C1ChatRequest):
        return HttpResponse(prompt.body, status=prompt.status, headers=prompt.headers)
    threads = sync_threads()
    history = threads.messages(prompt.thread_id)
    body = iter_answer(
        lambda: sync_client().chat.completions.create(
            model=MODEL, messages=[*history, prompt.user_message()], stream=True
        ),
        on_complete=record_turn(threads, prompt.thread_id, prompt.user_message()),
    )
    headers = body.start()
    return StreamingHttpResponse(body, content_type=ANSWER_MEDIA_TYPE, headers={**ANSWER_HEADERS, **headers})


# --- views whose answer waits for the test, to see the first bytes arrive before the end --------------

GATE = threading.Event()


async def _gated_async() -> AsyncIterator[str]:
    yield "first piece. "
    while not GATE.is_set():
        await anyio.sleep(0.01)
    yield "second piece."


def _gated_sync() -> Iterator[str]:
    yield "first piece. "
    GATE.wait(30)
    yield "second piece."


async def gated(request: HttpRequest) -> StreamingHttpResponse:
    return StreamingHttpResponse(aiter_answer(_gated_async()), content_type=ANSWER_MEDIA_TYPE)


def gated_sync(request: HttpRequest) -> StreamingHttpResponse:
    return StreamingHttpResponse(iter_answer(_gated_sync()), content_type=ANSWER_MEDIA_TYPE)


urlpatterns = [
    path("api/chat", chat),
    path("api/chat-sync", chat_sync),
    path("gated", gated),
    path("gated-sync", gated_sync),
]


def _readme_view() -> Any:
    """The README's Django view, exactly as written there."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```python\n(.*?)```", readme, re.DOTALL) if "from django.http import" in b]
    assert len(blocks) == 1, f"README.md should have one Django python block, found {len(blocks)}"
    namespace: dict[str, Any] = {"__name__": "readme_django_views"}
    exec(compile(blocks[0], "README.md (Django)", "exec"), namespace)
    return namespace


@pytest.fixture(scope="module")
def django_apps() -> tuple[Any, Any]:
    if not settings.configured:
        settings.configure(
            DEBUG=False,
            SECRET_KEY="not-secret-test-only",
            ALLOWED_HOSTS=["127.0.0.1"],
            ROOT_URLCONF=__name__,
            MIDDLEWARE=[],
            INSTALLED_APPS=[],
            DATABASES={},
        )
        django.setup()
    if not any(str(pattern.pattern) == "api/readme-chat" for pattern in urlpatterns):
        # Before the first request, which is when Django reads the URLconf.
        urlpatterns.append(path("api/readme-chat", _readme_view()["chat"]))
    from django.core.asgi import get_asgi_application
    from django.core.wsgi import get_wsgi_application

    return get_asgi_application(), get_wsgi_application()


@pytest.fixture
def c1_environment(local_c1: LocalC1, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("THESYS_API_KEY", local_c1.api_key)
    monkeypatch.setenv("THESYS_BASE_URL", local_c1.base_url)
    for cached in (async_client, sync_client):
        cached.cache_clear()
    yield
    for cached in (async_client, sync_client):
        cached.cache_clear()


def _ask(url: str, thread: str, question: str) -> httpx.Response:
    body = {"prompt": {"id": uuid.uuid4().hex, "role": "user", "content": question}, "threadId": thread}
    return httpx.post(url, content=json.dumps(body), timeout=30)


def test_django_checks_without_an_api_key(django_apps: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    from django.core.management import call_command

    monkeypatch.delenv("THESYS_API_KEY", raising=False)
    async_client.cache_clear()
    call_command("check", verbosity=0)  # loads the URLconf, so the views module, as migrate does


@pytest.mark.parametrize("route", ["api/readme-chat", "api/chat", "api/chat-sync"])
def test_django_views_keep_the_thread(
    django_apps: tuple[Any, Any],
    c1_environment: None,
    local_c1: LocalC1,
    route: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asgi, wsgi = django_apps
    monkeypatch.chdir(tmp_path)  # the README's view keeps threads in ./threads.db
    serve = serve_wsgi(wsgi) if route == "api/chat-sync" else serve_asgi(asgi)
    thread = f"django-{uuid.uuid4().hex}"
    with serve as url:
        first = _ask(f"{url}/{route}", thread, "How tall is Everest?")
        second = _ask(f"{url}/{route}", thread, "And K2?")
    for answer in (first, second):
        assert answer.status_code == 200
        assert answer.headers["content-type"].startswith("text/event-stream")
        assert answer.headers["x-c1-answer"] == "streaming" and answer.headers["x-c1-request-id"]
    assert "How tall is Everest?" in first.text and "And K2?" in second.text
    asked = [r.json for r in local_c1.requests if r.path.endswith("/chat/completions") and isinstance(r.json, dict)]
    assert [m["content"] for m in asked[-1]["messages"]][::2] == ["How tall is Everest?", "And K2?"]
    threads = thread_store_from_url("sqlite:///threads.db") if route == "api/readme-chat" else sync_threads()
    assert [m["role"] for m in threads.messages(thread)] == ["user", "assistant", "user", "assistant"]


@pytest.mark.parametrize("route", ["gated", "gated-sync"])
def test_django_streams_before_the_answer_ends(django_apps: tuple[Any, Any], route: str) -> None:
    asgi, wsgi = django_apps
    # Async view under ASGI, sync view under WSGI: the first piece arrives while the second is held back.
    serve = serve_asgi(asgi) if route == "gated" else serve_wsgi(wsgi)
    GATE.clear()
    with serve as url, httpx.stream("GET", f"{url}/{route}", timeout=30) as response:
        pieces = response.iter_raw()
        first = next(pieces)
        assert first == b"first piece. "
        assert not GATE.is_set()
        GATE.set()
        rest = b"".join(pieces)
    assert rest == b"second piece."


def teardown_module() -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{STORE_FILE}{suffix}").unlink(missing_ok=True)
