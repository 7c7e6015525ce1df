"""Tool progress for C1Chat over real HTTP: think items while the tools run, then the answer, and the history kept.

The React example's backend runs its tool loop against the local C1 server;
the body is read as C1Chat reads it (raw answer text), and a second turn shows
what the thread history handed the model.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import c1_content
import httpx
import pytest
from client_helpers import MODEL
from serving import serve_asgi, serve_wsgi

from thesys_c1 import C1, AsyncC1, function_tool, run_chat_tools
from thesys_c1.content import parse_answer
from thesys_c1.react import iter_answer, thread_store_from_url, tool_progress
from thesys_c1.testing import LocalC1

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "react-chat" / "server.py"
PLAN = "Call get_weather for Paris and get_weather for London."


def _load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("react_chat_server_tools", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ask(url: str, text: str, thread: str = "t-tools") -> str:
    body = {"prompt": {"id": "p", "role": "user", "content": f'<content thesys="true">{text}</content>'}}
    response = httpx.post(url + "/api/chat", json={**body, "threadId": thread}, timeout=30)
    assert response.status_code == 200, response.text
    return response.text


def test_the_example_streams_tool_progress_then_the_answer_and_keeps_the_calls(
    local_c1: LocalC1, tmp_path: Path
) -> None:
    example = _load_example()
    # The example keeps threads in an async store; the test reads the same SQLite file.
    url_of_store = f"sqlite:///{tmp_path / 'threads.db'}"
    threads = thread_store_from_url(url_of_store)
    client = AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0)
    with serve_asgi(
        example.create_app(client, threads=thread_store_from_url(url_of_store, asynchronous=True), page=None)
    ) as url:
        text = _ask(url, PLAN)
        answer = parse_answer(text)
        titles = [item.title for item in answer.think_items]
        assert titles[:2] == ["Looking up the weather for Paris", "Looking up the weather for London"]
        # Then the model's own think item and its card, which quotes what the tools returned.
        assert titles[2] == "Reading the tool output"
        shown = c1_content.texts(c1_content.check_renderable(text))
        assert "The `get_weather` tool returned:" in shown and '"sky": "rain"' in shown

        history = threads.messages("t-tools")
        assert [message["role"] for message in history] == ["user", "assistant", "tool", "tool", "assistant"]
        contents = [message.get("content") for message in history]
        assert [json.loads(str(content))["city"] for content in contents[2:4]] == ["Paris", "London"]
        assert "Looking up the weather" not in str(contents[-1])  # ephemeral progress is not history

        _ask(url, "Which city was warmer?")
    follow_up = local_c1.requests[-1].json
    assert isinstance(follow_up, dict)
    roles = [message["role"] for message in follow_up["messages"]]
    assert roles == ["system", "user", "assistant", "tool", "tool", "assistant", "user"]


def test_a_sync_tool_loop_streams_progress_through_iter_answer(local_c1: LocalC1) -> None:
    @function_tool(progress="Counting the letters of {word}")
    def count_letters(word: str) -> int:
        return len(word)

    results: list[Any] = []
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0) as client:

        def app(environ: dict[str, Any], start_response: Any) -> Any:
            runner = run_chat_tools(
                client,
                model=MODEL,
                messages=[{"role": "user", "content": "call count_letters for banana"}],
                tools=[count_letters],
            )
            progress = tool_progress(runner)
            start_response("200 OK", [("Content-Type", "text/event-stream")])
            return iter_answer(progress, on_complete=lambda result: results.append(progress.history(result)))

        with serve_wsgi(app) as url:
            text = httpx.get(url, timeout=30).text
    answer = parse_answer(text)
    assert [item.title for item in answer.think_items] == ["Counting the letters of banana", "Reading the tool output"]
    assert "The `count_letters` tool returned: 6" in c1_content.texts(c1_content.check_renderable(text))
    assert [message["role"] for message in results[0]] == ["assistant", "tool", "assistant"]


def test_tool_progress_refuses_what_is_not_a_runner() -> None:
    with pytest.raises(TypeError, match="runner must be a tool runner"):
        tool_progress([])  # type: ignore[call-overload]


def test_a_failure_after_the_tools_ran_is_shown_after_their_progress(local_c1: LocalC1, tmp_path: Path) -> None:
    from thesys_c1.testing import Fault

    example = _load_example()

    @function_tool(progress="Looking up the weather for {city}")
    def get_weather(city: str) -> str:
        # C1 fails the next request: the one that sends this output back.
        local_c1.add_fault(Fault(status=500, path="/v1/embed/chat/completions", times=1))
        return f"clear in {city}"

    threads = thread_store_from_url(f"sqlite:///{tmp_path / 'threads.db'}", asynchronous=True)
    client = AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0)
    with serve_asgi(example.create_app(client, threads=threads, page=None, tools=[get_weather])) as url:
        text = _ask(url, "What's the weather like in Paris?", thread="t-fails")
    answer = parse_answer(text)
    assert [item.title for item in answer.think_items] == ["Looking up the weather for Paris"]
    assert "C1 answered with HTTP status 500." in c1_content.texts(c1_content.check_renderable(text))
    assert len(local_c1.requests) == 2
