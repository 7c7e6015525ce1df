"""Valid JSON that no C1 request can hold is a 400 with the OpenAI error body, never a 500.

Bodies are sent as exact bytes, so the JSON escapes under test reach the server as written.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from c1_schemas import SpecSchemas

from thesys_c1.testing import LocalC1
from thesys_c1.testing.json_body import MAX_JSON_DEPTH

CHAT = "/v1/embed/chat/completions"
RESPONSES = "/v1/embed/responses"


def _refusal(response: httpx.Response, schema_check: SpecSchemas) -> dict[str, Any]:
    assert response.status_code == 400, response.text
    body = response.json()
    schema_check.check("ErrorResponse", body)
    error: dict[str, Any] = body["error"]
    assert error["type"] == "invalid_request_error" and error["code"] == "invalid_json"
    # No Python internals in what the client sees.
    assert "Error:" not in error["message"] and "Traceback" not in error["message"]
    return error


def _nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 5_000, 100_000], ids=["just-over", "thousands", "very"])
def test_json_nested_too_deep_gets_400(http: httpx.Client, schema_check: SpecSchemas, depth: int) -> None:
    body = b'{"model": "m", "input": ' + _nested(depth) + b"}"
    error = _refusal(http.post(RESPONSES, content=body), schema_check)
    assert str(MAX_JSON_DEPTH) in error["message"] and "deep" in error["message"]


def test_a_deep_object_in_a_parameter_is_named(http: httpx.Client, schema_check: SpecSchemas) -> None:
    depth = MAX_JSON_DEPTH + 10
    body = b'{"model": "m", "messages": [], "metadata": ' + b'{"a": ' * depth + b"1" + b"}" * depth + b"}"
    error = _refusal(http.post(CHAT, content=body), schema_check)
    assert error["param"] == "metadata" and error["message"].startswith("metadata:")


def test_nesting_up_to_the_limit_is_judged_by_the_spec(http: httpx.Client, schema_check: SpecSchemas) -> None:
    # Within the limit, the body reaches the usual checks, which refuse it for its shape.
    body = b'{"model": "m", "input": ' + _nested(MAX_JSON_DEPTH - 2) + b"}"
    response = http.post(RESPONSES, content=body)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_value"


@pytest.mark.parametrize(
    ("path", "body", "param"),
    [
        (RESPONSES, rb'{"model": "m", "input": "\ud800"}', "input"),
        (RESPONSES, rb'{"model": "m", "input": [{"role": "user", "content": "a\udfffb"}]}', "input[0].content"),
        (CHAT, rb'{"model": "m", "messages": [{"role": "user", "content": "x\ud83d"}]}', "messages[0].content"),
        ("/v1/conversations", rb'{"metadata": {"k": "\udc00"}}', "metadata.k"),
        (RESPONSES, rb'{"model": "m", "input": "x", "\ud800": 1}', None),
    ],
    ids=["string-param", "nested", "chat-high-half", "conversations", "key"],
)
def test_an_unpaired_surrogate_escape_gets_400_naming_where(
    http: httpx.Client, schema_check: SpecSchemas, path: str, body: bytes, param: str | None
) -> None:
    error = _refusal(http.post(path, content=body), schema_check)
    assert error["param"] == param
    assert "surrogate" in error["message"] and error["message"].startswith(param or "request body")


def test_a_surrogate_pair_escape_is_a_character(http: httpx.Client) -> None:
    body = rb'{"model": "m", "input": "smile \ud83d\ude00"}'
    response = http.post(RESPONSES, content=body)
    assert response.status_code == 200, response.text
    assert "smile \U0001f600" in response.text


def test_the_key_is_still_checked_before_the_body(local_c1: LocalC1) -> None:
    response = httpx.post(local_c1.base_url + "/embed/responses", content=b'{"input": ' + _nested(5_000) + b"}")
    assert response.status_code == 403
