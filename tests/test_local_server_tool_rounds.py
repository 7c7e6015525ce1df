"""The local server's multi-round tool plans, over raw HTTP: what a user's offline test of a tool loop relies on.

A tool named twice is called twice in one answer (a parallel pair); a
sentence starting with "Then" is the next round, asked only once the outputs
of the round before came back; with no step left the answer is a card.
"""

from __future__ import annotations

import json
from typing import Any

import c1_content
import httpx

CHAT = "/v1/embed/chat/completions"
RESPONSES = "/v1/embed/responses"
CITY = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}
TOOLS: list[dict[str, Any]] = [
    {"type": "function", "function": {"name": "get_weather", "parameters": CITY}},
    {"type": "function", "function": {"name": "get_local_time", "parameters": CITY}},
]
PLAN = "Call get_weather for Paris and get_weather for London. Then call get_local_time for Paris."


def _chat(http: httpx.Client, messages: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    response = http.post(CHAT, json={"model": "c1/test", "messages": messages, "tools": TOOLS, **extra})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _calls(body: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    calls = body["choices"][0]["message"].get("tool_calls") or []
    return [(call["function"]["name"], json.loads(call["function"]["arguments"])) for call in calls]


def _answer_round(body: dict[str, Any], outputs: list[str]) -> list[dict[str, Any]]:
    message = body["choices"][0]["message"]
    tool_messages = [
        {"role": "tool", "tool_call_id": call["id"], "content": output}
        for call, output in zip(message["tool_calls"], outputs, strict=True)
    ]
    return [{"role": "assistant", "content": None, "tool_calls": message["tool_calls"]}, *tool_messages]


def test_a_plan_of_two_sentences_is_two_rounds_of_calls_then_a_card(http: httpx.Client) -> None:
    messages: list[dict[str, Any]] = [{"role": "user", "content": PLAN}]
    first = _chat(http, messages)
    assert _calls(first) == [("get_weather", {"city": "Paris"}), ("get_weather", {"city": "London"})]
    assert first["choices"][0]["finish_reason"] == "tool_calls"

    messages += _answer_round(first, ["sunny, 21 C", "rain, 17 C"])
    second = _chat(http, messages)
    assert _calls(second) == [("get_local_time", {"city": "Paris"})]

    messages += _answer_round(second, ["Error: the clock is down"])
    third = _chat(http, messages)
    assert third["choices"][0]["finish_reason"] == "stop" and _calls(third) == []
    texts = c1_content.texts(c1_content.check_renderable(third["choices"][0]["message"]["content"]))
    for quoted in ("`get_weather` tool returned: sunny, 21 C", "rain, 17 C", "`get_local_time` tool returned: Error"):
        assert quoted in texts


def test_and_then_inside_one_sentence_stays_one_round(http: httpx.Client) -> None:
    question = {"role": "user", "content": "use get_weather for Paris and then get_local_time for Oslo"}
    first = _chat(http, [question])
    assert _calls(first) == [("get_weather", {"city": "Paris"}), ("get_local_time", {"city": "Oslo"})]
    after = _chat(http, [question, *_answer_round(first, ["sunny", "noon"])])
    assert _calls(after) == []


def test_later_rounds_follow_tool_choice_none_and_parallel_off(http: httpx.Client) -> None:
    messages: list[dict[str, Any]] = [{"role": "user", "content": PLAN}]
    single = _chat(http, messages, parallel_tool_calls=False)
    assert _calls(single) == [("get_weather", {"city": "Paris"})]
    messages += _answer_round(single, ["sunny"])
    assert _calls(_chat(http, messages, parallel_tool_calls=False)) == [("get_local_time", {"city": "Paris"})]
    assert _calls(_chat(http, messages, tool_choice="none")) == []


def test_responses_chained_by_previous_response_id_follow_the_plan(http: httpx.Client) -> None:
    tools = [{"type": "function", **tool["function"]} for tool in TOOLS]
    first = http.post(RESPONSES, json={"model": "c1/test", "input": PLAN, "tools": tools}).json()
    calls = [item for item in first["output"] if item["type"] == "function_call"]
    assert [(item["name"], json.loads(item["arguments"])) for item in calls] == [
        ("get_weather", {"city": "Paris"}),
        ("get_weather", {"city": "London"}),
    ]
    outputs = [{"type": "function_call_output", "call_id": item["call_id"], "output": "sunny"} for item in calls]
    second = http.post(
        RESPONSES,
        json={"model": "c1/test", "previous_response_id": first["id"], "input": outputs, "tools": tools},
    ).json()
    assert [item["name"] for item in second["output"] if item["type"] == "function_call"] == ["get_local_time"]
