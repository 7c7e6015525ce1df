"""Failures on demand: the x-c1-test-fault header and the Python-side plan."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import sse_frames
from c1_schemas import SpecSchemas
from openai import OpenAI

from thesys_c1.testing import FAULT_HEADER, Fault, FaultError, LocalC1

CHAT = "/v1/embed/chat/completions"
RESPONSES = "/v1/embed/responses"
CHAT_BODY = {"model": "m", "messages": [{"role": "user", "content": "hello"}]}


def _chat(http: httpx.Client, fault: str | None = None, **body: Any) -> httpx.Response:
    headers = {FAULT_HEADER: fault} if fault is not None else {}
    return http.post(CHAT, json={**CHAT_BODY, **body}, headers=headers)


def test_no_fault_without_the_header_or_a_plan(http: httpx.Client) -> None:
    assert all(_chat(http).status_code == 200 for _ in range(3))


def test_status_with_retry_after(http: httpx.Client, schema_check: SpecSchemas) -> None:
    response = _chat(http, "status=429; retry-after=1")
    assert response.status_code == 429
    assert response.headers["retry-after"] == "1"
    assert response.headers["x-request-id"].startswith("req_")
    schema_check.check("ErrorResponse", response.json())
    assert response.json()["error"]["code"] == "injected_fault"


def test_status_with_retry_after_ms(http: httpx.Client) -> None:
    response = _chat(http, "status=503; retry-after-ms=250")
    assert response.status_code == 503 and response.headers["retry-after-ms"] == "250"
    assert response.json()["error"]["type"] == "server_error"


def test_times_with_id_fails_that_many_requests_then_passes(http: httpx.Client) -> None:
    statuses = [_chat(http, "status=500; times=2; id=twice").status_code for _ in range(4)]
    assert statuses == [500, 500, 200, 200]
    # Another id has its own count.
    assert _chat(http, "status=500; times=1; id=other").status_code == 500


def test_times_without_id_counts_identical_headers(http: httpx.Client) -> None:
    assert [_chat(http, "status=502; times=1").status_code for _ in range(2)] == [502, 200]


def test_the_openai_sdk_retries_through_a_fault_that_passes_after_two_tries(local_c1: LocalC1) -> None:
    client = OpenAI(
        base_url=local_c1.embed_url,
        api_key=local_c1.api_key,
        max_retries=2,
        default_headers={FAULT_HEADER: "status=429; retry-after-ms=10; times=2; id=sdk-retry"},
    )
    completion = client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hello"}])
    assert completion.choices[0].finish_reason == "stop"
    assert [r.path for r in local_c1.requests] == [CHAT, CHAT, CHAT]


def test_delay_makes_a_short_timeout_expire(local_c1: LocalC1, http: httpx.Client) -> None:
    quick = {"authorization": f"Bearer {local_c1.api_key}"}
    url = local_c1.root_url + CHAT
    assert httpx.post(url, json=CHAT_BODY, headers=quick, timeout=5).status_code == 200
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(url, json=CHAT_BODY, headers={**quick, FAULT_HEADER: "delay=2"}, timeout=0.2)
    # A delay alone answers normally once it has waited.
    assert _chat(http, "delay=0.05").status_code == 200


def _lines_until_cut(http: httpx.Client, path: str, body: dict[str, Any], fault: str) -> list[str]:
    lines: list[str] = []
    with (
        pytest.raises(httpx.RemoteProtocolError),
        http.stream("POST", path, json={**body, "stream": True}, headers={FAULT_HEADER: fault}) as response,
    ):
        assert response.status_code == 200
        for line in response.iter_lines():
            lines.append(line)
    return lines


@pytest.mark.parametrize("cut", [0, 1, 3])
def test_cut_after_drops_a_chat_stream_after_n_events(http: httpx.Client, cut: int) -> None:
    frames = sse_frames.frames_from_lines(_lines_until_cut(http, CHAT, CHAT_BODY, f"cut-after={cut}"))
    assert len(frames) == cut
    assert all(frame.data != "[DONE]" for frame in frames)


def test_cut_after_drops_a_responses_stream_before_its_completion(http: httpx.Client) -> None:
    body = {"model": "m", "input": "hello"}
    frames = sse_frames.frames_from_lines(_lines_until_cut(http, RESPONSES, body, "cut-after=5"))
    assert [frame.event for frame in frames][:2] == ["response.created", "response.in_progress"]
    assert len(frames) == 5 and "response.completed" not in {frame.event for frame in frames}


def test_cut_after_larger_than_the_stream_still_drops_it_before_the_terminator(http: httpx.Client) -> None:
    frames = sse_frames.frames_from_lines(_lines_until_cut(http, CHAT, CHAT_BODY, "cut-after=100000"))
    assert frames and frames[-1].data != "[DONE]"
    assert json.loads(frames[-1].data)["choices"][0]["finish_reason"] == "stop"


def test_cut_after_drops_a_json_answer_after_n_bytes(local_c1: LocalC1) -> None:
    headers = {"authorization": f"Bearer {local_c1.api_key}", FAULT_HEADER: "cut-after=10"}
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.post(local_c1.root_url + CHAT, json=CHAT_BODY, headers=headers)


def test_malformed_answers_200_with_a_body_that_is_not_json(http: httpx.Client) -> None:
    response = _chat(http, "malformed=1")
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/json")
    with pytest.raises(json.JSONDecodeError):
        response.json()


@pytest.mark.parametrize(("path", "body"), [(CHAT, CHAT_BODY), (RESPONSES, {"model": "m", "input": "hi"})])
def test_malformed_puts_a_garbage_data_line_into_a_stream(http: httpx.Client, path: str, body: dict[str, Any]) -> None:
    response = http.post(path, json={**body, "stream": True}, headers={FAULT_HEADER: "malformed=true"})
    frames = sse_frames.parse(response.text)
    json.loads(frames[0].data)
    with pytest.raises(json.JSONDecodeError):
        json.loads(frames[1].data)
    assert frames[-1].data == "[DONE]"


def test_a_fault_header_that_cannot_be_read_gets_400(http: httpx.Client) -> None:
    for fault in ("status=abc", "colour=red", "status=200", "times=2", "status=500; status=502", "delay=-1"):
        response = _chat(http, fault)
        assert response.status_code == 400, fault
        error = response.json()["error"]
        assert error["param"] == FAULT_HEADER and error["code"] == "invalid_fault"


def test_planned_fault_applies_times_then_is_used_up(local_c1: LocalC1, http: httpx.Client) -> None:
    local_c1.add_fault(Fault(status=500, times=2))
    assert [_chat(http).status_code for _ in range(3)] == [500, 500, 200]


def test_planned_fault_limited_to_a_path(local_c1: LocalC1, http: httpx.Client) -> None:
    local_c1.add_fault(Fault(status=503, retry_after=2, path="/v1/conversations*"))
    assert http.post("/v1/conversations", json={}).status_code == 503
    assert http.post("/v1/conversations", json={}).headers["retry-after"] == "2"
    assert _chat(http).status_code == 200
    local_c1.clear_faults()
    assert http.post("/v1/conversations", json={}).status_code == 200


def test_planned_cut_after_on_a_stream(local_c1: LocalC1, http: httpx.Client) -> None:
    local_c1.add_fault(Fault(cut_after=2, times=1))
    with pytest.raises(httpx.RemoteProtocolError):
        http.post(CHAT, json={**CHAT_BODY, "stream": True})
    assert http.post(CHAT, json={**CHAT_BODY, "stream": True}).text.endswith("data: [DONE]\n\n")


def test_a_fault_that_does_nothing_is_refused_in_python() -> None:
    with pytest.raises(FaultError):
        Fault(times=2)
    with pytest.raises(FaultError):
        Fault(status=302)
