"""The answers: valid Thesys content that quotes the question, deterministic, and function calls on request."""

from __future__ import annotations

import json
from typing import Any

import c1_content
import httpx
import pytest
import rule_cases

from thesys_c1._lib import spec
from thesys_c1._lib.rules import find_violations

CHAT = "/v1/embed/chat/completions"
RESPONSES = "/v1/embed/responses"


def _chat(http: httpx.Client, messages: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    response = http.post(CHAT, json={"model": "c1/test", "messages": messages, **extra})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _content(http: httpx.Client, messages: list[dict[str, Any]], **extra: Any) -> str:
    content = _chat(http, messages, **extra)["choices"][0]["message"]["content"]
    assert isinstance(content, str)
    return content


def test_an_answer_is_a_think_item_then_a_card_quoting_the_question(http: httpx.Client) -> None:
    question = "Show the GDP of Japan since 2000"
    text = _content(http, [{"role": "user", "content": question}])
    assert text.startswith('<thinkitem ephemeral="true">')
    answer = c1_content.check_renderable(text)
    assert answer.think and answer.think[0].ephemeral and answer.think[0].title
    root = answer.tree["component"]
    kinds = [child["component"] for child in root["props"]["children"]]
    assert kinds[0] == "Header" and "TextContent" in kinds
    assert root["props"]["children"][0]["props"]["title"] == question
    assert question in c1_content.texts(answer)


def test_markup_in_the_question_is_escaped_and_reads_back_unchanged(http: httpx.Client) -> None:
    question = """Is <b>"bold"</b> & 'quoted' </content> text safe?"""
    text = _content(http, [{"role": "user", "content": question}])
    inside = text[text.index('<content thesys="true">') + len('<content thesys="true">') : -len("</content>")]
    assert "<" not in inside and '"' not in inside  # nothing in the payload can end the tag early
    assert question in c1_content.texts(c1_content.check_renderable(text))


def test_the_same_conversation_gets_the_same_answer(http: httpx.Client) -> None:
    messages = [
        {"role": "system", "content": "Answer with charts."},
        {"role": "user", "content": "Sales by region?"},
    ]
    assert _content(http, messages) == _content(http, messages)
    other = _content(http, [*messages[:1], {"role": "user", "content": "Sales by month?"}])
    assert other != _content(http, messages)


def test_chat_and_responses_give_the_same_answer_to_the_same_conversation(http: httpx.Client) -> None:
    question = "List three prime numbers"
    chat = _content(http, [{"role": "user", "content": question}])
    response = http.post(RESPONSES, json={"model": "c1/test", "input": question}).json()
    assert response["output"][0]["content"][0]["text"] == chat


def test_a_question_wrapped_as_c1_content_is_unwrapped(http: httpx.Client) -> None:
    # Thesys's React client sends the user's text this way; the question is inside.
    wrapped = '<content thesys="true">What is 2 &lt; 3?</content>'
    answer = c1_content.check_renderable(_content(http, [{"role": "user", "content": wrapped}]))
    assert answer.tree["component"]["props"]["children"][0]["props"]["title"] == "What is 2 < 3?"


def test_earlier_questions_are_mentioned(http: httpx.Client) -> None:
    messages = [
        {"role": "user", "content": "Tell me about Mars."},
        {"role": "assistant", "content": "(an earlier card)"},
        {"role": "user", "content": "And its moons?"},
    ]
    shown = c1_content.texts(c1_content.check_renderable(_content(http, messages)))
    assert "Tell me about Mars." in shown and "And its moons?" in shown


WEATHER_PARAMETERS = {
    "type": "object",
    "properties": {
        "city": {"type": "string"},
        "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
        "days": {"type": "integer"},
    },
    "required": ["city", "unit"],
}
WEATHER = {"type": "function", "function": {"name": "get_weather", "parameters": WEATHER_PARAMETERS}}
TIME = {"type": "function", "function": {"name": "get_time", "parameters": {"type": "object", "properties": {}}}}


def _calls(body: dict[str, Any]) -> list[tuple[str, Any]]:
    message = body["choices"][0]["message"]
    return [
        (call["function"]["name"], json.loads(call["function"]["arguments"]))
        for call in message.get("tool_calls") or ()
    ]


def test_a_named_tool_is_called_with_arguments_from_its_schema(http: httpx.Client) -> None:
    body = _chat(http, [{"role": "user", "content": "Please call get_weather for Lisbon."}], tools=[WEATHER, TIME])
    assert body["choices"][0]["finish_reason"] == "tool_calls"
    assert body["choices"][0]["message"]["content"] is None
    assert _calls(body) == [("get_weather", {"city": "Lisbon", "unit": "celsius"})]


def test_the_words_after_the_tool_name_go_to_the_first_free_text_parameter(http: httpx.Client) -> None:
    parameters = {
        "type": "object",
        "properties": {
            "unit": {"type": "string", "enum": ["k", "c"]},
            "count": {"type": "integer"},
            "place": {"type": "string"},
            "note": {"type": "string"},
        },
    }
    tool = {"type": "function", "function": {"name": "measure", "parameters": parameters}}
    body = _chat(http, [{"role": "user", "content": "measure in Reykjavik?"}], tools=[tool])
    assert _calls(body) == [("measure", {"unit": "k", "count": 1, "place": "Reykjavik", "note": "example"})]


def test_a_tool_the_question_does_not_speak_of_is_not_called(http: httpx.Client) -> None:
    body = _chat(http, [{"role": "user", "content": "What is the capital of France?"}], tools=[WEATHER, TIME])
    assert body["choices"][0]["finish_reason"] == "stop" and _calls(body) == []


def test_a_question_about_a_tools_subject_calls_it(http: httpx.Client) -> None:
    # As a model would: "weather" is what get_weather is about; the place goes to its free-text parameter.
    question = "What's the weather like in San Francisco?"
    body = _chat(http, [{"role": "user", "content": question}], tools=[TIME, WEATHER])
    assert _calls(body) == [("get_weather", {"city": "San Francisco", "unit": "celsius"})]
    assert _calls(_chat(http, [{"role": "user", "content": "What time is it in Oslo?"}], tools=[TIME, WEATHER])) == [
        ("get_time", {})
    ]


@pytest.mark.parametrize(
    ("tool_choice", "parallel", "expected"),
    [
        ("none", None, []),
        ("required", None, ["get_weather"]),
        ({"type": "function", "function": {"name": "get_time"}}, None, ["get_time"]),
        ("auto", None, ["get_weather", "get_time"]),
        ("auto", False, ["get_weather"]),
        ({"type": "allowed_tools", "allowed_tools": {"mode": "auto", "tools": [TIME]}}, None, ["get_time"]),
    ],
    ids=["none", "required", "forced", "parallel", "not-parallel", "allowed"],
)
def test_tool_choice_decides_which_tools_are_called(
    http: httpx.Client, tool_choice: Any, parallel: bool | None, expected: list[str]
) -> None:
    text = "use get_weather for Paris and then get_time" if tool_choice != "required" else "anything"
    extra: dict[str, Any] = {"tools": [WEATHER, TIME], "tool_choice": tool_choice}
    if parallel is not None:
        extra["parallel_tool_calls"] = parallel
    body = _chat(http, [{"role": "user", "content": text}], **extra)
    assert [name for name, _ in _calls(body)] == expected


def test_call_ids_are_deterministic_and_distinct(http: httpx.Client) -> None:
    messages = [{"role": "user", "content": "get_weather and get_time please"}]
    first = _chat(http, messages, tools=[WEATHER, TIME])["choices"][0]["message"]["tool_calls"]
    again = _chat(http, messages, tools=[WEATHER, TIME])["choices"][0]["message"]["tool_calls"]
    assert [call["id"] for call in first] == [call["id"] for call in again]
    assert len({call["id"] for call in first}) == 2


def test_a_tool_output_is_quoted_in_the_next_answer(http: httpx.Client) -> None:
    messages: list[dict[str, Any]] = [{"role": "user", "content": "call get_time"}]
    first = _chat(http, messages, tools=[TIME])["choices"][0]["message"]
    messages += [
        {"role": "assistant", "content": None, "tool_calls": first["tool_calls"]},
        {"role": "tool", "tool_call_id": first["tool_calls"][0]["id"], "content": "It is 09:41."},
    ]
    answer = c1_content.check_renderable(_content(http, messages, tools=[TIME]))
    shown = c1_content.texts(answer)
    assert "It is 09:41." in shown and "`get_time`" in shown
    assert answer.think[0].title == "Reading the tool output"


@pytest.mark.parametrize("question", ["a", "b", "c", "d", "e", "f", "g", "h"])
def test_the_two_follow_ups_differ(http: httpx.Client, question: str) -> None:
    answer = c1_content.check_renderable(_content(http, [{"role": "user", "content": question}]))
    block = [c for c in answer.tree["component"]["props"]["children"] if c["component"] == "FollowUpBlock"]
    follow_ups = block[0]["props"]["followUpText"]
    assert len(follow_ups) == 2 and follow_ups[0] != follow_ups[1]


def _n_up_to(bound: int) -> dict[str, Any]:
    """The shipped spec with the integer branch of `n` allowing 1 to ``bound``, as the docs' "up to" row would."""
    n = rule_cases.document()["components"]["schemas"]["CreateChatCompletionRequest"]["properties"]["n"]
    branch = next(index for index, form in enumerate(n["anyOf"]) if form.get("type") == "integer")
    target = f"#/components/schemas/CreateChatCompletionRequest/properties/n/anyOf/{branch}"
    return rule_cases.with_rule_changed(target, {"minimum": 1, "maximum": bound}, remove=("const",))


@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
def test_as_many_choices_as_n_asks_once_the_spec_allows_more_than_one(
    http: httpx.Client, monkeypatch: pytest.MonkeyPatch, stream: bool
) -> None:
    question = [{"role": "user", "content": "Compare three phones"}]
    body = {"model": "c1/test", "messages": question, "n": 4, "stream": stream}
    before = http.post(CHAT, json=body)
    if find_violations("createChatCompletion", body):
        assert before.status_code == 400 and before.json()["error"]["param"] == "n", before.text
    else:
        assert before.status_code == 200, before.text
    loosened = _n_up_to(4)
    # The server checks requests against the spec it ships; here it reads the loosened one instead.
    monkeypatch.setattr(spec, "effective_spec", lambda: loosened)
    response = http.post(CHAT, json=body)
    assert response.status_code == 200, response.text
    if stream:
        chunks = [json.loads(line[6:]) for line in response.text.splitlines() if line.startswith("data: {")]
        indexes = {choice["index"] for chunk in chunks for choice in chunk["choices"]}
        finished = [choice["index"] for chunk in chunks for choice in chunk["choices"] if choice["finish_reason"]]
        assert indexes == {0, 1, 2, 3} and sorted(finished) == [0, 1, 2, 3]
    else:
        choices = response.json()["choices"]
        assert [choice["index"] for choice in choices] == [0, 1, 2, 3]
        assert all(choice["message"]["content"] == choices[0]["message"]["content"] for choice in choices)
    assert http.post(CHAT, json={**body, "n": 5}).json()["error"]["param"] == "n"
