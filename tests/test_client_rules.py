"""C1's rules are checked before sending: a request that breaks one raises C1RuleError, naming the
parameter and quoting the rule, and the server sees nothing. The switch turns the checks off."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import rule_cases
from client_helpers import QUESTION

from thesys_c1 import C1, AsyncC1, BadRequestError, C1RuleError
from thesys_c1.testing import LocalC1

MESSAGES: list[Any] = [{"role": "user", "content": QUESTION}]


@pytest.fixture
def client(local_c1: LocalC1) -> Iterator[C1]:
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key) as client:
        yield client


# The client is typed Any here: these calls break rules that the types already forbid.
# The public method of each operation the derived cases are about.
METHODS: dict[str, Callable[[Any], Callable[..., object]]] = {
    "createChatCompletion": lambda c: c.chat.completions.create,
    "createResponse": lambda c: c.responses.create,
}


def _through_method(case: rule_cases.RuleCase) -> Callable[[Any], object]:
    return lambda c: METHODS[case.operation_id](c)(**case.body)


# One case per C1 rule of the spec (tests/rule_cases.py), then limits of the wire format itself.
CASES: list[tuple[str, Callable[[Any], object], str, str | None]] = [
    *(
        (case.name, _through_method(case), case.param, case.rule)
        for case in rule_cases.breaking_cases()
        if case.operation_id in METHODS
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


def _top_level(operation_id: str) -> rule_cases.RuleCase:
    """A case that breaks a rule with one top-level parameter, a bound or constant one where the spec has one."""
    cases = [
        case for case in rule_cases.breaking_cases() if case.operation_id == operation_id and case.param in case.body
    ]
    return min(cases, key=lambda case: case.kind not in rule_cases.VALUE_KEYWORDS)


def test_checks_can_be_turned_off_for_one_call(local_c1: LocalC1, client: Any) -> None:
    case = _top_level("createChatCompletion")
    with pytest.raises(BadRequestError) as caught:
        client.chat.completions.create(**case.body, check_rules=False)
    assert len(local_c1.requests) == 1
    assert caught.value.param == case.param
    with pytest.raises(C1RuleError):
        client.chat.completions.create(**case.body)
    assert len(local_c1.requests) == 1


def test_checks_can_be_turned_off_for_a_client(local_c1: LocalC1) -> None:
    case = _top_level("createResponse")
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key, check_rules=False) as checked_off:
        client: Any = checked_off
        with pytest.raises(BadRequestError):
            client.responses.create(**case.body)
        assert len(local_c1.requests) == 1


def test_extra_body_may_carry_what_the_spec_does_not_know_but_not_break_a_rule(client: C1, local_c1: LocalC1) -> None:
    case = _top_level("createChatCompletion")
    body = {key: value for key, value in case.body.items() if key != case.param}
    with pytest.raises(C1RuleError) as caught:
        client.chat.completions.create(**body, extra_body={case.param: case.body[case.param]})
    assert caught.value.param == case.param
    assert local_c1.requests == []


async def test_async_client_checks_too(local_c1: LocalC1) -> None:
    chat, responses = _top_level("createChatCompletion"), _top_level("createResponse")
    async with AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key) as typed:
        client: Any = typed
        with pytest.raises(C1RuleError) as caught:
            await client.responses.create(**responses.body)
        with pytest.raises(C1RuleError):
            await client.chat.completions.create(**chat.body, stream=True)
    assert caught.value.param == responses.param
    assert local_c1.requests == []
