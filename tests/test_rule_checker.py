"""The pre-flight checker reads C1's rules from the shipped effective spec and names parameter and rule."""

from __future__ import annotations

from typing import Any

import pytest

from thesys_c1.lib.rules import C1RuleError, check_request, find_violations

MODEL = "c1/anthropic/claude-sonnet-4/v-20250930"
CHAT: dict[str, Any] = {"model": MODEL, "messages": [{"role": "user", "content": "Hello"}]}
RESPONSES: dict[str, Any] = {"model": MODEL, "input": "Hello"}


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
        ("createChatCompletion", {"n": 2}, 'n: must be 1, got 2. C1 rule: "must be 1"'),
        (
            "createChatCompletion",
            {"metadata": {"foo": "x"}},
            'metadata.foo: is not a known parameter. C1 rule for metadata: "thesys metadata only"',
        ),
        ("createChatCompletion", {"metadata": {"thesys": "[1]"}}, "metadata.thesys: must be a JSON-encoded object"),
        ("createChatCompletion", {"functions": []}, 'functions: is not accepted by C1. C1 rule: "use tools"'),
        ("createChatCompletion", {"function_call": "auto"}, 'C1 rule: "use tool_choice"'),
        (
            "createChatCompletion",
            {
                "messages": [
                    {"role": "user", "content": [{"type": "input_audio", "input_audio": {"data": "", "format": "wav"}}]}
                ]
            },
            "messages[0].content[0]: type 'input_audio' is not accepted by C1. C1 rule: \"audio not supported\"",
        ),
        ("createResponse", {"background": True}, 'background: must be false, got true. C1 rule: "Always false"'),
        (
            "createResponse",
            {"previous_response_id": "resp_1", "store": False},
            'previous_response_id: requires store=true, but the request has store=false. C1 rule: "with store: true"',
        ),
        ("createResponse", {"conversation": "conv_1", "store": False}, "conversation: requires store=true"),
        (
            "createResponse",
            {"tools": [{"type": "web_search"}]},
            "tools[0]: type 'web_search' is not accepted by C1 yet",
        ),
        (
            "createResponse",
            {"text": {"format": {"type": "text"}}},
            'text.format: is not accepted by C1. C1 rule: "Always Thesys format"',
        ),
        (
            "createResponse",
            {"reasoning": {"summary": "auto"}},
            'reasoning.summary: is not accepted by C1. C1 rule: "effort only"',
        ),
        (
            "createResponse",
            {"input": [{"type": "mcp_call", "id": "x", "name": "n", "arguments": "{}", "server_label": "s"}]},
            "input[0]: type 'mcp_call' is not accepted by C1 yet. C1 rule: \"coming soon\"",
        ),
        ("createResponse", {"temprature": 1}, "temprature: is not a known parameter"),
    ],
)
def test_each_documented_rule_names_parameter_and_rule(operation: str, extra: dict[str, Any], expected: str) -> None:
    base = CHAT if operation == "createChatCompletion" else RESPONSES
    messages = _messages(operation, base, **extra)
    assert any(expected in message for message in messages), messages


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
