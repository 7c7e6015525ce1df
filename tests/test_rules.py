"""The request checks of thesys_c1.lib.rules, on keywords the effective spec actually uses."""

from __future__ import annotations

from typing import Any

import pytest

from thesys_c1.lib import spec
from thesys_c1.lib.rules import C1RuleError, check_request, find_schema_violations, find_violations


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
    body = {"model": "c1/test", "messages": [{"role": "user", "content": "hi"}], "metadata": {"foo": "x"}}
    violations = find_violations("createChatCompletion", body)
    assert [v.param for v in violations] == ["metadata.foo"]
    assert violations[0].rule == "thesys metadata only"
