"""The React example in headless Chromium: C1Chat renders the streamed answer, and a cut stream's notice.

The page is examples/react-chat built with Vite (``make example-build``; CI
builds it), served by the example's FastAPI backend, which asks the local C1
server. Chromium is Debian's package, driven by Playwright; the test records
every request the page makes and requires all of them to stay on loopback.
Screenshots land in test-artifacts/.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit

import pytest
from serving import serve_asgi

from thesys_c1 import AsyncC1, function_tool
from thesys_c1.testing import Fault, LocalC1

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "react-chat"
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
QUESTION = "How did the world population grow from 1950 to 2020?"
FOLLOW_UP = "Which decade grew fastest?"

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).is_file(),
    reason=f"Chromium is not installed at {CHROMIUM} (apt-get install chromium; .ci/run installs it)",
)


def _load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("react_chat_server", EXAMPLE / "server.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def built_page() -> Path:
    """The example's built page; built here when missing or older than its sources."""
    if shutil.which("npm") is None and not (EXAMPLE / "dist" / "index.html").is_file():
        pytest.fail("the React example is not built and npm is missing: run `make example-build` first")
    subprocess.run(["make", "--no-print-directory", "example-build"], cwd=REPO, check=True, timeout=600)
    return EXAMPLE / "dist"


@pytest.fixture
def chat_url(built_page: Path, local_c1: LocalC1, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    example = _load_example()
    client = AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0)
    # The example's default store, SQLite, in a scratch file.
    monkeypatch.setenv("THREAD_STORE", f"sqlite:///{tmp_path / 'threads.db'}")
    with serve_asgi(example.create_app(client, page=built_page)) as url:
        yield url


def test_c1chat_renders_the_streamed_answer_and_a_cut_streams_notice(
    chat_url: str, local_c1: LocalC1, tmp_path: Path
) -> None:
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    requested: list[str] = []
    page_errors: list[str] = []
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            user_data_dir=tmp_path / "profile",
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1200, "height": 900},
        )
        try:
            page = context.new_page()
            page.on("request", lambda request: requested.append(request.url))
            page.on("pageerror", lambda error: page_errors.append(str(error)))
            page.goto(chat_url)

            composer = page.get_by_placeholder("Type your message...")
            composer.fill(QUESTION)
            composer.press("Enter")
            # The local server's card: a header quoting the question, text, an info callout, follow-ups.
            expect(page.get_by_text("Answer 1 of this conversation")).to_be_visible(timeout=20_000)
            expect(page.get_by_text(f"You asked: “{QUESTION}”")).to_be_visible()
            expect(page.get_by_text("Offline answer")).to_be_visible()
            expect(page.get_by_text("Related Queries")).to_be_visible()
            page.screenshot(path=ARTIFACTS / "react-chat-answer.png")
            assert "&quot;" not in page.inner_text("body") and "<content" not in page.inner_text("body")

            # The next answer breaks off part-way: its header has arrived, the rest has not.
            local_c1.add_fault(Fault(cut_after=14, path="/v1/embed/chat/completions", times=1))
            composer.fill(FOLLOW_UP)
            composer.press("Enter")
            expect(page.get_by_text("The answer stopped early")).to_be_visible(timeout=20_000)
            expect(page.get_by_text("The connection to C1 was lost.", exact=False)).to_be_visible()
            expect(page.get_by_text("Answer 2 of this conversation")).to_be_visible()
            expect(page.get_by_text(f"You asked: “{FOLLOW_UP}”")).to_have_count(0)
            page.screenshot(path=ARTIFACTS / "react-chat-cut.png")
        finally:
            context.close()

    assert page_errors == []
    hosts = {urlsplit(url).hostname for url in requested if not url.startswith("data:")}
    assert hosts == {"127.0.0.1"}, f"the page fetched from outside loopback: {sorted(set(requested))}"
    # C1Chat sent only the newest message; the backend's thread store supplied the first turn.
    follow_up = local_c1.requests[-1].json
    assert isinstance(follow_up, dict)
    roles = [message["role"] for message in follow_up["messages"]]
    assert roles == ["system", "user", "assistant", "user"]
    assert QUESTION in follow_up["messages"][1]["content"]
    assert (ARTIFACTS / "react-chat-answer.png").stat().st_size > 10_000


def test_c1chat_shows_tool_progress_while_the_tools_run_then_the_answer(
    built_page: Path, local_c1: LocalC1, tmp_path: Path
) -> None:
    from playwright.sync_api import expect, sync_playwright

    # The tool holds until the page has shown its progress, so the think item is seen while the tool runs.
    release = threading.Event()
    cities: list[str] = []

    @function_tool(progress="Looking up the weather for {city}")
    def get_weather(city: str) -> dict[str, object]:
        """The weather now in a city."""
        cities.append(city)
        release.wait(timeout=30)
        return {"city": city, "sky": "clear", "celsius": 21}

    example = _load_example()
    client = AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0)
    ARTIFACTS.mkdir(exist_ok=True)
    page_errors: list[str] = []
    with serve_asgi(example.create_app(client, page=built_page, tools=[get_weather])) as url, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            user_data_dir=tmp_path / "profile",
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1200, "height": 900},
        )
        try:
            page = context.new_page()
            page.on("pageerror", lambda error: page_errors.append(str(error)))
            page.goto(url)
            composer = page.get_by_placeholder("Type your message...")
            composer.fill("What's the weather like in Paris?")
            composer.press("Enter")
            # C1Chat shows a think item twice: in the list of steps and as the current one.
            expect(page.get_by_text("Looking up the weather for Paris").first).to_be_visible(timeout=20_000)
            assert cities == ["Paris"]
            expect(page.get_by_text("Answer 1 of this conversation")).to_have_count(0)
            page.screenshot(path=ARTIFACTS / "react-chat-tool-progress.png")
            release.set()
            expect(page.get_by_text("Answer 1 of this conversation")).to_be_visible(timeout=20_000)
            expect(page.get_by_text('tool returned: {"city": "Paris", "sky": "clear"', exact=False)).to_be_visible()
            page.screenshot(path=ARTIFACTS / "react-chat-tool-answer.png")
        finally:
            release.set()
            context.close()
    assert page_errors == []
    # The final request carried the call and its output back to the model.
    final = local_c1.requests[-1].json
    assert isinstance(final, dict)
    assert [message["role"] for message in final["messages"]] == ["system", "user", "assistant", "tool"]
