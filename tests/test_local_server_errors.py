"""Refusals of the local server: each has C1's status, an OpenAI-shaped body and a request id."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import rule_cases
from c1_schemas import SpecSchemas

from thesys_c1._lib import spec
from thesys_c1.testing import LocalC1

API_PREFIX = "/v1"
CHAT = "/v1/embed/chat/completions"
RESPONSES = "/v1/embed/responses"
USER = [{"role": "user", "content": "hello"}]


def _error(response: httpx.Response, status: int, schema_check: SpecSchemas) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["x-request-id"].startswith("req_")
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    schema_check.check("ErrorResponse", body)
    assert set(body["error"]) == {"message", "type", "param", "code"} and body["error"]["message"]
    error: dict[str, Any] = body["error"]
    return error


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer wrong-key-123456", "Basic c1-local-test-key", "Bearer"],
    ids=["missing", "wrong", "not-bearer", "empty"],
)
def test_a_missing_or_wrong_key_gets_403(
    local_c1: LocalC1, authorization: str | None, schema_check: SpecSchemas
) -> None:
    headers = {} if authorization is None else {"authorization": authorization}
    response = httpx.post(local_c1.root_url + CHAT, json={"model": "m", "messages": USER}, headers=headers)
    error = _error(response, 403, schema_check)
    assert error["code"] in ("missing_api_key", "invalid_api_key")
    assert "wrong-key-123456" not in error["message"]  # never echo a key back
    assert local_c1.requests[-1].path == CHAT  # it reached the server and was refused there


def test_every_configured_key_is_accepted_and_no_other() -> None:
    with LocalC1(api_keys=("first-key", "second-key")) as c1:
        for key, status in (("first-key", 200), ("second-key", 200), ("c1-local-test-key", 403)):
            response = httpx.post(
                c1.embed_url + "/chat/completions",
                json={"model": "m", "messages": USER},
                headers={"authorization": f"Bearer {key}"},
            )
            assert response.status_code == status, key


# One refusal per operation the spec gives C1 rules to (tests/rule_cases.py reads them off the spec).
ONE_PER_OPERATION = {case.operation_id: case for case in reversed(rule_cases.breaking_cases())}


@pytest.mark.parametrize(
    ("path", "body", "param", "rule"),
    [
        (API_PREFIX + spec.operation(case.operation_id).path, case.body, case.param, case.rule)
        for case in ONE_PER_OPERATION.values()
        if "{" not in spec.operation(case.operation_id).path
    ],
    ids=[case.name for case in ONE_PER_OPERATION.values() if "{" not in spec.operation(case.operation_id).path],
)
def test_a_c1_rule_violation_gets_400_naming_the_param_and_the_rule(
    http: httpx.Client, schema_check: SpecSchemas, path: str, body: dict[str, Any], param: str, rule: str
) -> None:
    error = _error(http.post(path, json=body), 400, schema_check)
    assert error["type"] == "invalid_request_error"
    assert error["param"] == param
    assert error["code"] == "c1_rule_violation"
    assert f'"{rule}"' in error["message"] and error["message"].startswith(param)


def test_a_schema_violation_without_a_c1_rule_gets_400_too(http: httpx.Client, schema_check: SpecSchemas) -> None:
    error = _error(http.post(CHAT, json={"model": "m", "messages": USER, "temprature": 1}), 400, schema_check)
    assert error["param"] == "temprature" and "not a known parameter" in error["message"]
    assert error["code"] == "invalid_value"
    error = _error(http.post(CHAT, json={"messages": USER}), 400, schema_check)
    assert error["param"] == "model" and "required" in error["message"]


@pytest.mark.parametrize(
    ("method", "path"),
    [("POST", "/v1/embed/completions"), ("GET", CHAT), ("GET", "/v1/responses"), ("POST", "/embed/responses")],
)
def test_an_unknown_path_gets_404(http: httpx.Client, schema_check: SpecSchemas, method: str, path: str) -> None:
    error = _error(http.request(method, path, json={}), 404, schema_check)
    assert path in error["message"] and method in error["message"]


def test_a_body_that_is_not_json_gets_400(http: httpx.Client, schema_check: SpecSchemas) -> None:
    error = _error(http.post(CHAT, content=b'{"model": "m", "messages": ['), 400, schema_check)
    assert error["code"] == "invalid_json" and "JSON" in error["message"]


def test_an_empty_body_where_one_is_required_gets_400(http: httpx.Client, schema_check: SpecSchemas) -> None:
    error = _error(http.post(RESPONSES, content=b""), 400, schema_check)
    assert error["code"] == "invalid_json"


def test_a_json_body_that_is_not_an_object_gets_400(http: httpx.Client, schema_check: SpecSchemas) -> None:
    error = _error(http.post(CHAT, json=["model", "m"]), 400, schema_check)
    assert "object" in error["message"]


def test_a_body_over_the_limit_gets_413() -> None:
    with LocalC1(max_body_bytes=2048) as c1:
        headers = {"authorization": f"Bearer {c1.api_key}"}
        small = {"model": "m", "messages": [{"role": "user", "content": "x" * 1000}]}
        large = {"model": "m", "messages": [{"role": "user", "content": "x" * 5000}]}
        assert httpx.post(c1.embed_url + "/chat/completions", json=small, headers=headers).status_code == 200
        response = httpx.post(c1.embed_url + "/chat/completions", json=large, headers=headers)
        assert response.status_code == 413
        assert "2048" in response.json()["error"]["message"]
        # A body far over the limit, sent in pieces without a length, is read to its end and refused.
        pieces = (b"x" * 65536 for _ in range(64))
        response = httpx.post(c1.embed_url + "/chat/completions", content=pieces, headers=headers)
        assert response.status_code == 413


@pytest.mark.parametrize(
    ("query", "param"),
    [("limit=0", "limit"), ("limit=101", "limit"), ("limit=ten", "limit"), ("order=sideways", "order")],
)
def test_conversation_item_list_parameters_are_checked(
    http: httpx.Client, schema_check: SpecSchemas, query: str, param: str
) -> None:
    conversation = http.post("/v1/conversations", json={}).json()
    error = _error(http.get(f"/v1/conversations/{conversation['id']}/items?{query}"), 400, schema_check)
    assert error["param"] == param and error["message"].startswith(param)


def test_an_unknown_previous_response_id_gets_404(http: httpx.Client, schema_check: SpecSchemas) -> None:
    response = http.post(RESPONSES, json={"model": "m", "input": "hi", "previous_response_id": "resp_nope"})
    error = _error(response, 404, schema_check)
    assert error["param"] == "previous_response_id" and error["code"] == "previous_response_not_found"


def test_a_response_not_stored_cannot_be_continued(http: httpx.Client, schema_check: SpecSchemas) -> None:
    first = http.post(RESPONSES, json={"model": "m", "input": "hi", "store": False}).json()
    assert first["store"] is False
    response = http.post(RESPONSES, json={"model": "m", "input": "more", "previous_response_id": first["id"]})
    assert _error(response, 404, schema_check)["code"] == "previous_response_not_found"


def test_history_from_both_previous_response_and_conversation_gets_400(
    http: httpx.Client, schema_check: SpecSchemas
) -> None:
    first = http.post(RESPONSES, json={"model": "m", "input": "hi"}).json()
    conversation = http.post("/v1/conversations", json={}).json()
    body = {"model": "m", "input": "x", "previous_response_id": first["id"], "conversation": conversation["id"]}
    assert _error(http.post(RESPONSES, json=body), 400, schema_check)["param"] == "previous_response_id"


def test_an_unknown_conversation_or_item_gets_404(http: httpx.Client, schema_check: SpecSchemas) -> None:
    for path in ("/v1/conversations/conv_nope", "/conversations/conv_nope/items"):
        assert _error(http.get(path), 404, schema_check)["code"] == "conversation_not_found"
    response = http.post(RESPONSES, json={"model": "m", "input": "hi", "conversation": {"id": "conv_nope"}})
    assert _error(response, 404, schema_check)["param"] == "conversation"
    conversation = http.post("/v1/conversations", json={}).json()
    error = _error(http.get(f"/v1/conversations/{conversation['id']}/items/msg_nope"), 404, schema_check)
    assert error["code"] == "item_not_found"


def test_an_unknown_item_reference_gets_404(http: httpx.Client, schema_check: SpecSchemas) -> None:
    body = {"model": "m", "input": [{"type": "item_reference", "id": "msg_nope"}]}
    assert _error(http.post(RESPONSES, json=body), 404, schema_check)["param"] == "input[0].id"


def test_a_bench_request_outside_its_range_gets_400(http: httpx.Client, schema_check: SpecSchemas) -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "/bench chunks=0"}]}
    error = _error(http.post(CHAT, json=body), 400, schema_check)
    assert error["param"] == "messages" and "/bench" in error["message"]
