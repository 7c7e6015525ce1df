"""Every C1 rule of the effective spec, broken and kept, through the client and over HTTP to the local server.

The cases come from tests/rule_cases.py, which reads them off the spec: a
docs change made in an overlay changes the cases, not this file.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from rule_cases import RuleCase, breaking_cases, keeping_cases

from thesys_c1 import C1, APIStatusError, AsyncC1, BadRequestError, C1RuleError
from thesys_c1._generated import operations as generated_operations
from thesys_c1._lib.operations import Operation
from thesys_c1._lib.rules import find_violations
from thesys_c1.testing import LocalC1

BREAKING = breaking_cases()
KEEPING = keeping_cases()
API_PREFIX = "/v1"
# Stands in for an id in a path: the rules are checked before anything is looked up.
PATH_VALUE = "id_from_the_rule_cases"


def _operation(operation_id: str) -> Operation:
    for value in vars(generated_operations).values():
        if isinstance(value, Operation) and value.operation_id == operation_id:
            return value
    raise LookupError(f"no generated operation {operation_id!r}")


def _path_params(op: Operation) -> dict[str, str]:
    return {name: PATH_VALUE for name in op.path_params}


def _url_path(op: Operation) -> str:
    path = op.path
    for name in op.path_params:
        path = path.replace("{" + name + "}", PATH_VALUE)
    return API_PREFIX + path


@pytest.fixture
def client(local_c1: LocalC1) -> Iterator[C1]:
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0) as client:
        yield client


def test_the_spec_yields_cases_for_the_rules_the_overlays_write() -> None:
    # An overlay that stopped reaching the request bodies would leave nothing to test.
    kinds = {case.kind for case in BREAKING}
    assert {"additionalProperties", "x-c1-rejected-properties"} <= kinds, kinds
    assert {case.operation_id for case in BREAKING} >= {"createChatCompletion", "createResponse"}
    assert all(case.rule for case in BREAKING), [case.name for case in BREAKING if not case.rule]


@pytest.mark.parametrize("case", BREAKING, ids=[case.name for case in BREAKING])
def test_the_client_refuses_a_request_that_breaks_a_rule_before_sending(
    client: C1, local_c1: LocalC1, case: RuleCase
) -> None:
    op = _operation(case.operation_id)
    with pytest.raises(C1RuleError) as caught:
        client._request(op, path_params=_path_params(op), body=case.body, options={})
    assert caught.value.param == case.param, str(caught.value)
    assert caught.value.rule == case.rule, str(caught.value)
    assert str(caught.value).startswith(case.param) and f'"{case.rule}"' in str(caught.value)
    assert local_c1.requests == [], "nothing may reach the server"


@pytest.mark.parametrize("case", BREAKING, ids=[case.name for case in BREAKING])
def test_the_local_server_refuses_a_request_that_breaks_a_rule(http: httpx.Client, case: RuleCase) -> None:
    response = http.post(_url_path(_operation(case.operation_id)), json=case.body)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["param"] == case.param and error["code"] == "c1_rule_violation", error
    assert error["message"].startswith(case.param) and f'"{case.rule}"' in error["message"], error


@pytest.mark.parametrize("case", KEEPING, ids=[case.name for case in KEEPING])
def test_a_request_that_keeps_a_rule_passes_the_client_and_the_local_server(
    client: C1, local_c1: LocalC1, case: RuleCase
) -> None:
    assert find_violations(case.operation_id, case.body) == []
    op = _operation(case.operation_id)
    try:
        client._request(op, path_params=_path_params(op), body=case.body, options={})
    except BadRequestError as error:
        pytest.fail(f"the local server refused a request that keeps the rules: {error}")
    except APIStatusError as error:
        # An id the case made up is not found: the request passed the rules on both sides to get there.
        assert error.status_code == 404, str(error)
    assert len(local_c1.requests) == 1


async def test_the_async_client_refuses_each_breaking_request_too(local_c1: LocalC1) -> None:
    async with AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key) as client:
        for case in BREAKING:
            op = _operation(case.operation_id)
            with pytest.raises(C1RuleError) as caught:
                await client._request(op, path_params=_path_params(op), body=case.body, options={})
            assert (caught.value.param, caught.value.rule) == (case.param, case.rule), case.name
    assert local_c1.requests == []


AT_A_BOUND = [case for case in KEEPING if case.kind in ("const", "maximum")]


@pytest.mark.parametrize("case", AT_A_BOUND, ids=[case.name for case in AT_A_BOUND])
def test_the_local_server_answers_a_request_at_a_rules_bound(http: httpx.Client, case: RuleCase) -> None:
    response = http.post(_url_path(_operation(case.operation_id)), json=case.body)
    assert response.status_code == 200, response.text
    answer: dict[str, Any] = response.json()
    assert answer.get("error") is None, answer
    if "choices" in answer:
        # As many answers as the request asks for, where the spec lets it ask for more than one.
        assert len(answer["choices"]) == (case.body.get("n") or 1)
