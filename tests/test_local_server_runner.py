"""Starting the local server: LocalC1, the command line, the pytest fixture, and what importing costs."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx
import pytest

from thesys_c1.testing import DEFAULT_API_KEY, LocalC1, ReceivedRequest
from thesys_c1.testing.recording import RequestLog
from thesys_c1.testing.server import bind

CHAT_BODY = {"model": "m", "messages": [{"role": "user", "content": "hello"}]}


@pytest.mark.parametrize("module", ["thesys_c1", "thesys_c1.testing", "thesys_c1.testing.pytest_plugin"])
def test_importing_does_not_import_the_server_stack(module: str) -> None:
    code = f"import sys, {module}; print(sorted(m for m in ('starlette', 'uvicorn') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_urls_key_and_request_log() -> None:
    with LocalC1() as c1:
        assert c1.root_url == f"http://127.0.0.1:{c1.port}"
        assert c1.base_url == c1.root_url + "/v1" and c1.embed_url == c1.base_url + "/embed"
        assert c1.api_key == DEFAULT_API_KEY
        response = httpx.post(
            c1.embed_url + "/chat/completions?trace=1",
            json=CHAT_BODY,
            headers={"authorization": f"Bearer {c1.api_key}", "x-extra": "yes"},
        )
        assert response.status_code == 200
        httpx.post(c1.root_url + "/conversations", content=b"not json", headers={"authorization": "Bearer x"})
        first, second = c1.requests
        assert (first.method, first.path, first.query) == ("POST", "/v1/embed/chat/completions", "trace=1")
        assert first.headers["x-extra"] == "yes" and first.json == CHAT_BODY
        assert first.body == response.request.content
        assert (second.path, second.body, second.json) == ("/conversations", b"not json", None)
        c1.clear_requests()
        assert c1.requests == []
        port = c1.port
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/v1/conversations/x", timeout=2)
    with pytest.raises(RuntimeError):
        _ = c1.base_url


def test_two_servers_run_side_by_side_with_separate_state() -> None:
    with LocalC1() as one, LocalC1(api_keys=("other",)) as two:
        assert one.port != two.port
        made = httpx.post(one.root_url + "/conversations", json={}, headers={"authorization": f"Bearer {one.api_key}"})
        conversation_id = made.json()["id"]
        found = httpx.get(f"{two.root_url}/conversations/{conversation_id}", headers={"authorization": "Bearer other"})
        assert found.status_code == 404
        assert len(one.requests) == 1 and len(two.requests) == 1


def test_a_taken_port_is_reported() -> None:
    with LocalC1() as running, pytest.raises(OSError):
        LocalC1(port=running.port).start()


def test_the_command_line_prints_its_urls_and_keys_and_serves_them() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "thesys_c1.testing", "--port", "0", "--api-key", "k-one", "--api-key", "k-two"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(7)]
        root = lines[0].split(" on ", 1)[1].strip()
        assert root.startswith("http://127.0.0.1:")
        assert f"{root}/v1\n" in lines[1] and f"{root}/v1/embed\n" in lines[2]
        assert [line.strip() for line in lines[4:6]] == ["API key: k-one", "API key: k-two"]
        url = root + "/v1/embed/chat/completions"
        assert httpx.post(url, json=CHAT_BODY, headers={"authorization": "Bearer k-two"}).status_code == 200
        assert httpx.post(url, json=CHAT_BODY, headers={"authorization": "Bearer k-three"}).status_code == 403
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0


def test_the_pytest_fixture_shares_one_server_per_module_and_resets_it(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        textwrap.dedent(
            """
            import httpx
            from thesys_c1.testing import Fault

            ports = []

            def test_first(local_c1):
                ports.append(local_c1.port)
                local_c1.add_fault(Fault(status=500))
                headers = {"authorization": f"Bearer {local_c1.api_key}"}
                assert httpx.post(local_c1.root_url + "/conversations", headers=headers).status_code == 500
                assert len(local_c1.requests) == 1

            def test_second(local_c1):
                ports.append(local_c1.port)
                assert local_c1.requests == []
                headers = {"authorization": f"Bearer {local_c1.api_key}"}
                assert httpx.post(local_c1.root_url + "/conversations", headers=headers).status_code == 200
                assert ports[0] == ports[1]
            """
        )
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


def test_the_demo_runs_offline_against_the_local_server(repo: Path) -> None:
    env = {key: value for key, value in os.environ.items() if key != "THESYS_API_KEY"}
    result = subprocess.run(
        [sys.executable, str(repo / "examples" / "demo.py")], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "local C1 server" in result.stdout
    assert "How did the population of the world grow from 1950 to 2020?" in result.stdout
    assert "Offline answer" in result.stdout


def test_the_listening_socket_is_tcp_so_answers_are_not_held_back() -> None:
    # asyncio turns Nagle's algorithm off (TCP_NODELAY) only on connections of a
    # socket whose protocol says TCP; with proto 0 each keep-alive answer waited ~40 ms.
    sock = bind("127.0.0.1", 0)
    try:
        assert sock.proto == socket.IPPROTO_TCP
        client = socket.create_connection(sock.getsockname()[:2], timeout=5)  # listening as soon as bound
        client.close()
    finally:
        sock.close()


def test_a_capped_request_log_keeps_the_newest() -> None:
    log = RequestLog(limit=2)
    for number in range(3):
        log.append(ReceivedRequest("GET", f"/{number}", {}, b"", None))
    assert [request.path for request in log.snapshot()] == ["/1", "/2"]
    silent = RequestLog(limit=0)
    silent.append(ReceivedRequest("GET", "/", {}, b"", None))
    assert silent.snapshot() == []


def test_every_operation_of_the_spec_is_served_under_v1_and_conversations_also_bare() -> None:
    from thesys_c1._lib import spec
    from thesys_c1.testing.routes import spec_routes

    served = {(route.method, route.path) for route in spec_routes()}
    for method, path, operation in spec.operations().values():
        assert (method, "/v1" + path) in served
        assert ((method, path) in served) == ("conversations" in operation.get("tags", ()))


def test_the_plugin_may_also_be_named_explicitly(pytester: pytest.Pytester) -> None:
    # The entry point carries the module's name, so naming the module again is not a second registration.
    pytester.makeconftest('pytest_plugins = ["thesys_c1.testing.pytest_plugin"]')
    pytester.makepyfile("def test_it(local_c1):\n    assert local_c1.base_url.endswith('/v1')\n")
    result = pytester.runpytest_subprocess("-p", "thesys_c1.testing.pytest_plugin", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
