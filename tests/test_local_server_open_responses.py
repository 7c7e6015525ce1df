"""The local server holds to what the Open Responses schema requires of answers and events.

The required members are listed here as the published schema (version 2026-04-24) states them, so a
field the server stops sending fails here even where our own spec leaves it optional.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

RESPONSES = "/v1/embed/responses"
RESPONSE_REQUIRED = {
    "id", "object", "created_at", "completed_at", "status", "incomplete_details", "model", "previous_response_id",
    "instructions", "output", "error", "tools", "tool_choice", "truncation", "parallel_tool_calls", "text", "top_p",
    "presence_penalty", "frequency_penalty", "top_logprobs", "temperature", "reasoning", "usage", "max_output_tokens",
    "max_tool_calls", "store", "background", "service_tier", "metadata", "safety_identifier", "prompt_cache_key",
}  # fmt: skip
NUMBERS = ("top_p", "presence_penalty", "frequency_penalty", "temperature")
WEATHER = {"type": "function", "name": "get_weather", "parameters": {"type": "object", "properties": {}}}


def _events(http: httpx.Client, body: dict[str, Any], headers: dict[str, str] | None = None) -> list[dict[str, Any]]:
    with http.stream("POST", RESPONSES, json={**body, "stream": True}, headers=headers or {}) as answer:
        assert answer.status_code == 200
        lines = [line[5:].strip() for line in answer.iter_lines() if line.startswith("data:")]
    assert lines[-1] == "[DONE]"
    return [json.loads(line) for line in lines[:-1]]


def _check_response(response: dict[str, Any]) -> None:
    assert set(response) >= RESPONSE_REQUIRED, RESPONSE_REQUIRED - set(response)
    for name in NUMBERS:
        assert isinstance(response[name], int | float), (name, response[name])
    assert isinstance(response["tools"], list) and isinstance(response["top_logprobs"], int)
    for tool in response["tools"]:
        assert {"type", "name", "description", "parameters", "strict"} <= set(tool), tool
    if response["usage"] is not None:
        assert {"cached_tokens"} <= set(response["usage"]["input_tokens_details"])
        assert {"reasoning_tokens"} <= set(response["usage"]["output_tokens_details"])


def test_an_answer_has_every_field_open_responses_requires(http: httpx.Client) -> None:
    body = {"model": "m", "input": "hi", "tools": [WEATHER], "temperature": None, "top_p": None}
    response = http.post(RESPONSES, json=body).json()
    _check_response(response)
    assert response["tools"] == [{**WEATHER, "description": None, "strict": None}]
    assert response["temperature"] == 1 and response["presence_penalty"] == 0


def test_every_response_snapshot_event_has_every_required_field(http: httpx.Client) -> None:
    events = _events(http, {"model": "m", "input": "call get_weather", "tools": [WEATHER]})
    snapshots = [event for event in events if "response" in event]
    assert [event["type"] for event in snapshots] == ["response.created", "response.in_progress", "response.completed"]
    for event in snapshots:
        _check_response(event["response"])
    assert [event["sequence_number"] for event in events] == list(range(len(events)))


def test_a_failure_mid_stream_is_a_nested_error_then_response_failed(http: httpx.Client) -> None:
    events = _events(http, {"model": "m", "input": "hi"}, {"x-c1-test-fault": "error-after=3"})
    error, failed = events[-2:]
    assert error["type"] == "error" and set(error) == {"type", "sequence_number", "error"}
    assert {"type", "code", "message", "param"} <= set(error["error"]) and error["error"]["message"]
    assert failed["type"] == "response.failed" and failed["sequence_number"] == error["sequence_number"] + 1
    _check_response(failed["response"])
    assert failed["response"]["status"] == "failed"
    assert failed["response"]["error"] == {"code": "server_error", "message": error["error"]["message"]}


def test_requests_open_responses_allows_are_answered(http: httpx.Client) -> None:
    first = http.post(RESPONSES, json={"model": "m", "input": "hi"}).json()
    allowed = {"type": "allowed_tools", "tools": [{"type": "function", "name": "get_weather"}]}
    for extra in (
        {"presence_penalty": 0.5, "frequency_penalty": -0.5},
        {"tool_choice": allowed, "tools": [WEATHER], "input": "the weather in Rome?"},
        {"input": [{"id": first["output"][0]["id"]}]},
    ):
        answer = http.post(RESPONSES, json={"model": "m", "input": "hi", **extra})
        assert answer.status_code == 200, (extra, answer.text)
        _check_response(answer.json())
    echoed = http.post(RESPONSES, json={"model": "m", "input": "x", "tool_choice": allowed, "tools": [WEATHER]}).json()
    assert echoed["tool_choice"] == {**allowed, "mode": "auto"}
