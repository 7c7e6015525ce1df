"""The pre-flight checker reads C1's rules from the shipped effective spec and names parameter and rule."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from docs_rows import coming_soon, rule_words, todays_fact, todays_rule, todays_rule_marks
from openai import OpenAI

from thesys_c1 import C1
from thesys_c1._lib import spec
from thesys_c1._lib.rules import C1RuleError, check_request, find_schema_violations, find_violations
from thesys_c1.testing import LocalC1

MODEL = "c1/anthropic/claude-sonnet-4/v-20250930"
CHAT: dict[str, Any] = {"model": MODEL, "messages": [{"role": "user", "content": "Hello"}]}
RESPONSES: dict[str, Any] = {"model": MODEL, "input": "Hello"}
# Literals of today's rules below are marked todays_rules: each is skipped once the spec words its rule otherwise.
CHAT_REQUEST, RESPONSE_REQUEST = "CreateChatCompletionRequest", "CreateResponseRequest"
REJECTED_CHAT: dict[str, str] = spec.component(CHAT_REQUEST).get("x-c1-rejected-properties", {})


def _messages(operation: str, base: dict[str, Any], **extra: Any) -> list[str]:
    return [violation.message for violation in find_violations(operation, base | extra)]


def test_valid_requests_pass() -> None:
    assert _messages("createChatCompletion", CHAT, n=1, metadata={"thesys": '{"c1_included_components": []}'}) == []
    assert _messages("createResponse", RESPONSES, store=True, previous_response_id="resp_1") == []
    assert _messages("createResponse", RESPONSES, previous_response_id="resp_1") == [], "store defaults to true"
    tool = {"type": "function", "name": "lookup", "parameters": {"type": "object"}}
    assert _messages("createResponse", RESPONSES, tools=[tool], conversation={"id": "conv_1"}) == []


@pytest.mark.parametrize(
    ("operation", "extra", "expected"),
    [
        pytest.param(
            "createChatCompletion",
            {"n": 2},
            'n: must be 1, got 2. C1 rule: "must be 1"',
            marks=todays_rule_marks(CHAT_REQUEST, "n", "must be 1"),
        ),
        pytest.param(
            "createChatCompletion",
            {"metadata": {"foo": "x"}},
            'metadata.foo: is not a known parameter. C1 rule for metadata: "thesys metadata only"',
            marks=todays_rule_marks(CHAT_REQUEST, "metadata", "thesys metadata only"),
        ),
        ("createChatCompletion", {"metadata": {"thesys": "[1]"}}, "metadata.thesys: must be a JSON-encoded object"),
        pytest.param(
            "createChatCompletion",
            {"functions": []},
            'functions: is not accepted by C1. C1 rule: "use tools"',
            marks=todays_fact(REJECTED_CHAT.get("functions") == "use tools", "functions: no longer rejected as today"),
        ),
        pytest.param(
            "createChatCompletion",
            {"function_call": "auto"},
            'C1 rule: "use tool_choice"',
            marks=todays_fact(
                REJECTED_CHAT.get("function_call") == "use tool_choice", "function_call: no longer rejected as today"
            ),
        ),
        pytest.param(
            "createChatCompletion",
            {
                "messages": [
                    {
                        "role": "user",
                        "content": [{"type": "input_audio", "input_audio": {"data": "", "format": "wav"}}],
                    }
                ]
            },
            "messages[0].content[0]: type 'input_audio' is not accepted by C1. C1 rule: \"audio not supported\"",
            marks=todays_rule_marks(CHAT_REQUEST, "messages", "audio not supported"),
        ),
        pytest.param(
            "createChatCompletion",
            {
                "messages": [
                    {"role": "user", "content": "Hello"},
                    {"role": "assistant", "content": "Hi", "audio": {"id": "audio_1"}},
                ]
            },
            'messages[1].audio: must be of type null, got {"id": "audio_1"}. C1 rule: "audio not supported"',
            marks=todays_rule_marks(CHAT_REQUEST, "messages", "audio not supported"),
        ),
        pytest.param(
            "createResponse",
            {"background": True},
            'background: must be false, got true. C1 rule: "Always false"',
            marks=todays_rule_marks(RESPONSE_REQUEST, "background", "Always false"),
        ),
        pytest.param(
            "createResponse",
            {"previous_response_id": "resp_1", "store": False},
            'previous_response_id: requires store=true, but the request has store=false. C1 rule: "with store: true"',
            marks=todays_rule_marks(RESPONSE_REQUEST, "previous_response_id", "with store: true"),
        ),
        pytest.param(
            "createResponse",
            {"conversation": "conv_1", "store": False},
            "conversation: requires store=true",
            marks=todays_rule_marks(RESPONSE_REQUEST, "conversation", "with store: true"),
        ),
        pytest.param(
            "createResponse",
            {"tools": [{"type": "web_search"}]},
            "tools[0]: type 'web_search' is not accepted by C1 yet",
            marks=todays_fact("web_search" in coming_soon("ResponseTool"), "web_search: no longer coming soon"),
        ),
        pytest.param(
            "createResponse",
            {"text": {"format": {"type": "text"}}},
            'text.format: is not accepted by C1. C1 rule: "Always Thesys format"',
            marks=todays_rule_marks(RESPONSE_REQUEST, "text", "verbosity only"),
        ),
        pytest.param(
            "createResponse",
            {"reasoning": {"summary": "auto"}},
            'reasoning.summary: is not accepted by C1. C1 rule: "effort only"',
            marks=todays_rule_marks(RESPONSE_REQUEST, "reasoning", "effort only"),
        ),
        pytest.param(
            "createResponse",
            {"input": [{"type": "mcp_call", "id": "x", "name": "n", "arguments": "{}", "server_label": "s"}]},
            "input[0]: type 'mcp_call' is not accepted by C1 yet. C1 rule: \"coming soon\"",
            marks=todays_fact("mcp_call" in coming_soon("ResponseInputItem"), "mcp_call: no longer coming soon"),
        ),
        ("createResponse", {"temprature": 1}, "temprature: is not a known parameter"),
    ],
)
def test_each_documented_rule_names_parameter_and_rule(operation: str, extra: dict[str, Any], expected: str) -> None:
    base = CHAT if operation == "createChatCompletion" else RESPONSES
    messages = _messages(operation, base, **extra)
    assert any(expected in message for message in messages), messages


@todays_rule(CHAT_REQUEST, "n", "must be 1")
def test_check_request_raises_a_value_error_with_every_violation() -> None:
    with pytest.raises(C1RuleError) as caught:
        check_request("createChatCompletion", CHAT | {"n": 3, "functions": []})
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.param == "n" and error.rule == "must be 1"
    assert {violation.param for violation in error.violations} == {"n", "functions"}
    assert "(and 1 more)" in str(error)


def test_a_message_that_fits_no_form_does_not_quote_an_unrelated_rule() -> None:
    messages = _messages("createChatCompletion", CHAT, messages=[{"role": "robot", "content": "x"}])
    assert messages == ['messages[0]: {"role": "robot", "content": "x"} matches none of the accepted forms']


# null is how the wire format (and every SDK that serialises its models with
# their unset fields) says "left out", so a null never breaks the rule it would
# break with a value.
NULLS_THAT_MEAN_LEFT_OUT = [
    ("createChatCompletion", {"n": None}),
    ("createChatCompletion", {"metadata": None}),
    ("createChatCompletion", {"n": None, "metadata": None, "stop": None, "temperature": None, "top_p": None}),
    ("createResponse", {"background": None}),
    ("createResponse", {"store": None, "previous_response_id": "resp_1"}),
    ("createResponse", {"store": None, "conversation": "conv_1"}),
    ("createResponse", {"metadata": None, "instructions": None, "max_output_tokens": None, "reasoning": None}),
]


@pytest.mark.parametrize(("operation", "extra"), NULLS_THAT_MEAN_LEFT_OUT)
def test_null_counts_as_left_out(operation: str, extra: dict[str, Any]) -> None:
    base = CHAT if operation == "createChatCompletion" else RESPONSES
    assert _messages(operation, base, **extra) == []


def test_a_null_sibling_takes_the_default_but_a_false_one_still_breaks_the_rule() -> None:
    assert _messages("createResponse", RESPONSES, store=None, previous_response_id="resp_1") == []
    refused = _messages("createResponse", RESPONSES, store=False, previous_response_id="resp_1")
    assert refused == [
        'previous_response_id: requires store=true, but the request has store=false. C1 rule: "with store: true"'
    ]


def test_an_assistant_message_as_an_answer_carries_it_is_accepted_as_history() -> None:
    answer = {
        "role": "assistant",
        "content": "Hi",
        "refusal": None,
        "annotations": [{"type": "url_citation", "url_citation": {"url": "https://example.com"}}],
        "audio": None,
        "function_call": None,
        "tool_calls": None,
    }
    assert _messages("createChatCompletion", CHAT, messages=[{"role": "user", "content": "Hello"}, answer]) == []


@pytest.fixture
def client(local_c1: LocalC1) -> Iterator[C1]:
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key) as client:
        yield client


def _sent(local_c1: LocalC1) -> dict[str, Any]:
    """The body of the last request the server received."""
    body = local_c1.requests[-1].json
    assert isinstance(body, dict)
    return body


def test_an_answer_appended_as_history_is_sent_again_as_it_came(client: C1, local_c1: LocalC1) -> None:
    first = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "Hello"}])
    history = first.choices[0].message.to_dict()
    assert history["annotations"] == [] and history["refusal"] is None, "the server answers as real servers do"

    messages: list[Any] = [{"role": "user", "content": "Hello"}, history, {"role": "user", "content": "And then?"}]
    assert find_violations("createChatCompletion", {"model": MODEL, "messages": messages}) == []
    second = client.chat.completions.create(model=MODEL, messages=messages)
    assert second.choices[0].finish_reason == "stop"
    assert _sent(local_c1)["messages"][1] == history, "the checks and the server took it unchanged"


def test_a_tool_call_answer_appended_as_history_is_sent_again(client: C1, local_c1: LocalC1) -> None:
    tools: Any = [{"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}]
    messages: list[Any] = [{"role": "user", "content": "call lookup"}]
    first = client.chat.completions.create(model=MODEL, messages=messages, tools=tools, tool_choice="required")
    history = first.choices[0].message.to_dict()
    assert history["tool_calls"] and history["content"] is None and history["annotations"] == []

    call_id = history["tool_calls"][0]["id"]
    messages += [history, {"role": "tool", "tool_call_id": call_id, "content": "found it"}]
    second = client.chat.completions.create(model=MODEL, messages=messages, tools=tools)
    assert second.choices[0].finish_reason == "stop"
    assert _sent(local_c1)["messages"][1] == history


def test_an_openai_sdk_answer_dumped_whole_is_accepted_as_history(local_c1: LocalC1) -> None:
    sdk = OpenAI(base_url=local_c1.embed_url, api_key=local_c1.api_key, max_retries=0)
    messages: list[Any] = [{"role": "user", "content": "Hello"}]
    first = sdk.chat.completions.create(model=MODEL, messages=messages)
    # model_dump() keeps every field the SDK knows, unset ones as null.
    history = first.choices[0].message.model_dump()
    assert history["audio"] is None and history["tool_calls"] is None and history["annotations"] == []

    messages += [history, {"role": "user", "content": "And then?"}]
    assert find_violations("createChatCompletion", {"model": MODEL, "messages": messages}) == []
    second = sdk.chat.completions.create(model=MODEL, messages=messages)
    assert second.choices[0].finish_reason == "stop"


def test_nulls_go_through_the_client_and_the_server(client: C1, local_c1: LocalC1) -> None:
    chat = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "Hello"}], n=None, metadata=None
    )
    assert chat.choices[0].finish_reason == "stop"
    sent = _sent(local_c1)
    assert sent["n"] is None and sent["metadata"] is None

    first = client.responses.create(model=MODEL, input="Hello", background=None)
    second = client.responses.create(model=MODEL, input="And then?", store=None, previous_response_id=first.id)
    assert second.previous_response_id == first.id
    assert _sent(local_c1)["store"] is None


@pytest.mark.parametrize(
    ("call", "param", "rule"),
    [
        pytest.param(
            lambda c: c.chat.completions.create(model=MODEL, messages=CHAT["messages"], n=2),
            "n",
            "must be 1",
            marks=todays_rule_marks(CHAT_REQUEST, "n", "must be 1"),
        ),
        (
            lambda c: c.chat.completions.create(
                model=MODEL,
                messages=[*CHAT["messages"], {"role": "assistant", "content": "Hi", "audio": {"id": "a"}}],
            ),
            "messages[1].audio",
            "audio not supported",
        ),
        pytest.param(
            lambda c: c.responses.create(model=MODEL, input="Hello", background=True),
            "background",
            "Always false",
            marks=todays_rule_marks(RESPONSE_REQUEST, "background", "Always false"),
        ),
    ],
    ids=["n=2", "assistant audio", "background=true"],
)
def test_values_that_break_a_rule_are_still_refused(
    client: C1, local_c1: LocalC1, call: Any, param: str, rule: str
) -> None:
    with pytest.raises(C1RuleError) as caught:
        call(client)
    assert caught.value.param == param and caught.value.rule == rule
    assert f'"{rule}"' in str(caught.value)
    assert local_c1.requests == []


# JSON Schema keywords the spec uses beyond C1's own rules.


def _function_tool(name: str) -> dict[str, Any]:
    return {"model": "c1/test", "input": "hi", "tools": [{"type": "function", "name": name}]}


@pytest.mark.parametrize("name", ["get weather", "get.weather", "wetter/heute", ""])
def test_function_tool_name_must_match_the_spec_pattern(name: str) -> None:
    pattern = spec.component("ResponseFunctionTool")["properties"]["name"]["pattern"]
    violations = find_violations("createResponse", _function_tool(name))
    assert [v.param for v in violations] == ["tools[0].name"]
    assert pattern in violations[0].message


@pytest.mark.parametrize("name", ["get_weather", "lookup-2", "A"])
def test_function_tool_names_that_match_the_pattern_pass(name: str) -> None:
    assert find_violations("createResponse", _function_tool(name)) == []


def test_pattern_violation_raises_with_the_parameter_named() -> None:
    with pytest.raises(C1RuleError) as caught:
        check_request("createResponse", _function_tool("no spaces allowed"))
    assert caught.value.param == "tools[0].name"


def test_pattern_is_searched_not_anchored_as_json_schema_says() -> None:
    assert find_schema_violations({"type": "string", "pattern": "b"}, "abc") == []
    assert len(find_schema_violations({"type": "string", "pattern": "^b"}, "abc")) == 1


def test_an_unknown_key_deep_in_a_message_does_not_quote_the_messages_rule() -> None:
    body = {"model": "c1/test", "messages": [{"role": "user", "content": "hi", "colour": "blue"}]}
    violations = find_violations("createChatCompletion", body)
    assert [v.param for v in violations] == ["messages[0].colour"]
    # The rule on `messages` is about audio; it says nothing about this key.
    assert violations[0].rule is None and "audio" not in violations[0].message


def test_an_unknown_key_in_metadata_still_quotes_the_metadata_rule() -> None:
    # The rule's words and the keys it allows are the spec's: a docs change may allow another key.
    rule = rule_words(CHAT_REQUEST, "metadata")
    assert rule is not None, "the spec records a C1 rule for metadata"
    (metadata,) = (
        spec.resolve(branch)
        for branch in spec.component(CHAT_REQUEST)["properties"]["metadata"]["anyOf"]
        if spec.resolve(branch).get("type") == "object"
    )
    assert metadata.get("additionalProperties") is False, "metadata takes only the keys the spec names"
    unknown = "foo"
    while unknown in metadata.get("properties", {}):
        unknown += "_"
    body = {"model": "c1/test", "messages": [{"role": "user", "content": "hi"}], "metadata": {unknown: "x"}}
    violations = find_violations("createChatCompletion", body)
    assert [v.param for v in violations] == [f"metadata.{unknown}"]
    assert violations[0].rule == rule
