"""Error classes over real HTTP: one per documented status, each with status, body and request id,
and the API key in no message, repr or log line."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest
import rule_cases
from client_helpers import MODEL, QUESTION, fault

from thesys_c1 import (
    C1,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RequestTooLargeError,
)
from thesys_c1.testing import LocalC1

SECRET = "sk-c1-this-key-must-never-leak"


@pytest.fixture
def client(local_c1: LocalC1) -> Iterator[C1]:
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0) as client:
        yield client


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (413, RequestTooLargeError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_each_status_has_its_error_class(client: C1, status: int, error_class: type[APIStatusError]) -> None:
    with pytest.raises(error_class) as caught:
        client.responses.create(model=MODEL, input=QUESTION, extra_headers=fault(status=status))
    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, APIError)
    assert error.status_code == status
    assert isinstance(error.body, dict) and "error" in error.body
    assert error.request_id is not None
    assert error.request_id in str(error)
    assert error.message.startswith(f"Error code: {status}")


def test_a_wrong_key_is_permission_denied_without_the_key_anywhere(
    local_c1: LocalC1, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="thesys_c1")
    with C1(base_url=local_c1.base_url, api_key=SECRET) as client, pytest.raises(PermissionDeniedError) as caught:
        client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": QUESTION}])

    error = caught.value
    assert error.status_code == 403
    assert len(local_c1.requests) == 1, "a bad key is not retried"
    for text in (str(error), repr(error), error.message, repr(client), caplog.text):
        assert SECRET not in text
    assert "authorization" in caplog.text.lower() and "<redacted>" in caplog.text


def test_an_unknown_conversation_is_not_found(client: C1) -> None:
    with pytest.raises(NotFoundError) as caught:
        client.conversations.retrieve("conv_does_not_exist")
    assert caught.value.request_id is not None


def test_a_body_over_the_server_limit_is_request_too_large(client: C1) -> None:
    huge = "x" * (32 * 1024 * 1024)
    with pytest.raises(RequestTooLargeError):
        client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": huge}])


def test_a_malformed_body_is_a_validation_error(client: C1) -> None:
    with pytest.raises(APIResponseValidationError, match="not valid JSON") as caught:
        client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": QUESTION}], extra_headers=fault(malformed=1)
        )
    assert caught.value.status_code == 200
    assert caught.value.request_id is not None


def test_the_server_names_the_parameter_of_a_rule_it_refuses(client: Any) -> None:
    case = rule_cases.first_breaking("createChatCompletion")
    with pytest.raises(BadRequestError) as caught:
        client.chat.completions.create(**case.body, check_rules=False)
    assert caught.value.param == case.param
    assert caught.value.type == "invalid_request_error"
    assert f'"{case.rule}"' in caught.value.message
