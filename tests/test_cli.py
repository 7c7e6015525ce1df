"""The ``thesys-c1`` command, run as a subprocess (``python -m thesys_c1``) against the local C1 server."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from client_helpers import MODEL, QUESTION

from thesys_c1 import C1, SPEC_SHA256, __version__, output_text
from thesys_c1.testing import LocalC1

REPO = Path(__file__).resolve().parent.parent


def _env() -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if not name.startswith("THESYS_")}
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), env.get("PYTHONPATH", "")])
    return env


def cli(*argv: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "thesys_c1", *argv], capture_output=True, text=True, env=_env(), timeout=timeout
    )


def against(local_c1: LocalC1, *argv: str) -> subprocess.CompletedProcess[str]:
    return cli("-b", local_c1.base_url, "-k", local_c1.api_key, *argv)


@pytest.fixture
def client(local_c1: LocalC1) -> Iterator[C1]:
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key) as client:
        yield client


def test_help_reads_like_openai(local_c1: LocalC1) -> None:
    done = cli("--help")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: thesys-c1 [-h] [-V] [-b API_BASE] [-k API_KEY] [--local]")
    for line in ("{api,ask,serve,version}", "Direct API calls", "-b API_BASE, --api-base API_BASE", "-k API_KEY"):
        assert line in done.stdout
    call_help = cli("api", "chat.completions.create", "--help")
    assert "-g ROLE CONTENT, --message ROLE CONTENT" in call_help.stdout


def test_version_and_spec_hash() -> None:
    for argv in (["version"], ["-V"], ["--version"]):
        done = cli(*argv)
        assert done.returncode == 0, done.stderr
        assert done.stdout == f"thesys-c1 {__version__} (spec sha256 {SPEC_SHA256})\n"
    assert re.fullmatch(r"[0-9a-f]{64}", SPEC_SHA256)


def test_ask_streams_the_chat_answer(local_c1: LocalC1, client: C1) -> None:
    whole = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": QUESTION}])
    local_c1.clear_requests()
    done = against(local_c1, "ask", *QUESTION.split())
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{whole.choices[0].message.content}\n"
    [request] = local_c1.requests
    assert request.path == "/v1/embed/chat/completions"
    assert request.json == {"model": MODEL, "messages": [{"role": "user", "content": QUESTION}], "stream": True}


def test_ask_through_responses_without_streaming(local_c1: LocalC1, client: C1) -> None:
    expected = output_text(client.responses.create(model=MODEL, input=QUESTION))
    local_c1.clear_requests()
    done = against(local_c1, "ask", "--api", "responses", "--no-stream", QUESTION)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{expected}\n"
    [request] = local_c1.requests
    assert request.path == "/v1/embed/responses" and "stream" not in (request.json or {})


def test_api_calls_send_what_they_were_given(local_c1: LocalC1) -> None:
    done = against(
        local_c1,
        "api",
        "chat.completions.create",
        "-m",
        MODEL,
        "-g",
        "system",
        "Be brief.",
        "-g",
        "user",
        "Hi",
        "-M",
        "50",
    )
    assert done.returncode == 0, done.stderr
    assert '<content thesys="true">' in done.stdout
    done = against(
        local_c1, "api", "responses.create", "-m", MODEL, "-i", "Hi", "--instructions", "Be brief.", "--stream"
    )
    assert done.returncode == 0, done.stderr
    chat, responses = (request.json or {} for request in local_c1.requests)
    assert chat["messages"] == [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]
    assert chat["max_tokens"] == 50
    assert responses == {"model": MODEL, "input": "Hi", "instructions": "Be brief.", "stream": True}


def test_failures_exit_non_zero_and_say_why(local_c1: LocalC1) -> None:
    done = cli("-b", local_c1.base_url, "-k", "wrong-key", "ask", "Hi")
    assert done.returncode == 1
    assert "thesys-c1: error: PermissionDeniedError: Error code: 403" in done.stderr
    done = against(local_c1, "api", "chat.completions.create", "-m", MODEL, "-g", "robot", "Hi")
    assert done.returncode == 2 and "--message #1: the role must be one of" in done.stderr
    local_c1.clear_requests()
    done = against(local_c1, "api", "chat.completions.create", "-m", MODEL, "-g", "user", "Hi", "-t", "9")
    assert done.returncode == 2 and "temperature" in done.stderr
    assert local_c1.requests == [], "a rule break is refused before sending"
    done = cli("ask", "Hi")
    assert done.returncode == 2 and "no API key: pass -k/--api-key, set THESYS_API_KEY, or use --local" in done.stderr


def test_local_runs_offline() -> None:
    done = cli("--local", "ask", "--api", "responses", QUESTION)
    assert done.returncode == 0, done.stderr
    assert QUESTION in done.stdout.replace("&quot;", '"')


def test_serve_runs_the_local_server_until_stopped() -> None:
    server = subprocess.Popen(
        [sys.executable, "-m", "thesys_c1", "serve", "--port", "0", "--api-key", "cli-key"],
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    try:
        assert server.stdout is not None
        first = server.stdout.readline()
        found = re.match(r"Local C1 server on (http://\S+)", first)
        assert found, first
        done = cli("-b", found.group(1), "-k", "cli-key", "ask", "--no-stream", "Hi")
        assert done.returncode == 0, done.stderr
        assert '<content thesys="true">' in done.stdout
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_the_console_script_is_declared() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    assert project["scripts"] == {"thesys-c1": "thesys_c1.cli:main"}
