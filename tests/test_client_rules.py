"""C1's rules are checked before sending: a request that breaks one raises C1RuleError, naming the
parameter and quoting the rule, and the server sees nothing. The switch turns the checks off."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from client_helpers import MODEL, QUESTION

from thesys_c1 import C1, AsyncC1, BadRequestError, C1RuleError
from thesys_c1.lib import spec
from thesys_c1.testing import LocalC1

MESSAGES: list[Any] = [{"role": "user", "content": QUESTION}]


def _rule(schema: str, prop: str) -> str:
    """The rule's words as the effective spec records them."""
    node = spec.resolve(spec.component(schema)["properties"][prop])
    rule: str = node["x-c1-rule"]
    return rule


@pytest.fixture
def client(local_c1: LocalC1) -> Iterator[C1]:
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key) as client:
        yield client


# The client is typed Any here: these calls break rules that the types already forbid.
CASES: list[tuple[str, Callable[[Any], object], str, str | None]] = [
    (
        "n must be 1",
        lambda c: c.chat.completions.create(model=MODEL, messages=MESSAGES, n=2),
        "n",
        _rule("CreateChatCompletionRequest", "n"),
    ),
    (
        "metadata: thesys only",
        lambda c: c.chat.completions.create(model=MODEL, messages=MESSAGES, metadata={"team": "a"}),
        "metadata.team",
        _rule("CreateChatCompletionRequest", "metadata"),
    ),
    (
        "audio in messages",
        lambda c: c.chat.completions.create(
            model=MODEL,
            messages=[
                {
                    "role": "user",
                    "content": [{"type": "input_audio", "input_audio": {"data": "AAAA", "format": "wav"}}],
                }
            ],
        ),
        "messages[0].content[0]",
        _rule("CreateChatCompletionRequest", "messages"),
    ),
    (
        "background always false",
        lambda c: c.responses.create(model=MODEL, input=QUESTION, background=True),
        "background",
        _rule("CreateResponseRequest", "background"),
    ),
    (
        "previous_response_id needs store",
        lambda c: c.responses.create(model=MODEL, input=QUESTION, store=False, previous_response_id="resp_1"),
        "previous_response_id",
        _rule("CreateResponseRequest", "previous_response_id"),
    ),
    (
        "conversation needs store",
        lambda c: c.responses.create(model=MODEL, input=QUESTION, store=False, conversation="conv_1"),
        "conversation",
        _rule("CreateResponseRequest", "conversation"),
    ),
    (
        "built-in tools coming soon",
        lambda c: c.responses.create(model=MODEL, input=QUESTION, tools=[{"type": "web_search"}]),
        "tools[0]",
        _rule("CreateResponseRequest", "tools"),
    ),
    (
        "coming-soon input item",
        lambda c: c.responses.create(
            model=MODEL,
            input=[{"type": "web_search_call", "id": "ws_1", "status": "completed", "action": {}}],
        ),
        "input[0]",
        "coming soon",
    ),
    (
        "reasoning effort only",
        lambda c: c.responses.create(model=MODEL, input=QUESTION, reasoning={"effort": "low", "summary": "auto"}),
        "reasoning.summary",
        "effort only",
    ),
    (
        "text.format always the Thesys format",
        lambda c: c.responses.create(model=MODEL, input=QUESTION, text={"format": {"type": "text"}}),
        "text.format",
        "Always Thesys format",
    ),
    (
        "function_call: use tool_choice",
        lambda c: c.chat.completions.create(model=MODEL, messages=MESSAGES, function_call="auto"),
        "function_call",
        "use tool_choice",
    ),
    (
        "at most 20 items per call",
        lambda c: c.conversations.items.create(
            "conv_1", items=[{"type": "message", "role": "user", "content": "hi"}] * 21
        ),
        "items",
        None,
    ),
    (
        "list limit within the query schema",
        lambda c: c.conversations.items.list("conv_1", limit=500),
        "limit",
        None,
    ),
]


@pytest.mark.parametrize(("case", "call", "param", "rule"), CASES, ids=[case[0] for case in CASES])
def test_a_broken_rule_raises_before_anything_is_sent(
    client: C1, local_c1: LocalC1, case: str, call: Callable[[Any], object], param: str, rule: str | None
) -> None:
    with pytest.raises(C1RuleError) as caught:
        call(client)
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.param == param, str(error)
    assert param in str(error)
    if rule is not None:
        assert error.rule == rule
        assert f'"{rule}"' in str(error)
    assert local_c1.requests == [], "nothing may reach the server"


def test_checks_can_be_turned_off_for_one_call(local_c1: LocalC1, client: Any) -> None:
    with pytest.raises(BadRequestError) as caught:
        client.chat.completions.create(model=MODEL, messages=MESSAGES, n=2, check_rules=False)
    assert len(local_c1.requests) == 1
    assert caught.value.param == "n"
    with pytest.raises(C1RuleError):
        client.chat.completions.create(model=MODEL, messages=MESSAGES, n=2)
    assert len(local_c1.requests) == 1


def test_checks_can_be_turned_off_for_a_client(local_c1: LocalC1) -> None:
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key, check_rules=False) as checked_off:
        client: Any = checked_off
        with pytest.raises(BadRequestError):
            client.responses.create(model=MODEL, input=QUESTION, background=True)
        assert len(local_c1.requests) == 1


def test_extra_body_may_carry_what_the_spec_does_not_know_but_not_break_a_rule(client: C1, local_c1: LocalC1) -> None:
    with pytest.raises(C1RuleError) as caught:
        client.chat.completions.create(model=MODEL, messages=MESSAGES, extra_body={"n": 3})
    assert caught.value.param == "n"
    assert local_c1.requests == []


async def test_async_client_checks_too(local_c1: LocalC1) -> None:
    async with AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key) as typed:
        client: Any = typed
        with pytest.raises(C1RuleError) as caught:
            await client.responses.create(model=MODEL, input=QUESTION, store=False, previous_response_id="resp_1")
        with pytest.raises(C1RuleError):
            await client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True, n=2)
    assert caught.value.param == "previous_response_id"
    assert local_c1.requests == []
