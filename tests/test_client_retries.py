"""Retries over real HTTP, with faults the local C1 server injects."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from client_helpers import MODEL, QUESTION, assert_c1_answer, fault

from thesys_c1 import (
    C1,
    APIConnectionError,
    APIStreamError,
    APITimeoutError,
    AsyncC1,
    BadRequestError,
    InternalServerError,
    RateLimitError,
)
from thesys_c1.testing import LocalC1

MESSAGES = [{"role": "user", "content": QUESTION}]


@pytest.fixture
def client(local_c1: LocalC1) -> Iterator[C1]:
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key) as client:
        yield client


def _create(client: C1, **options: Any) -> str:
    completion = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": QUESTION}],
        **options,
    )
    content = completion.choices[0].message.content
    assert isinstance(content, str)
    return content


def test_429_with_retry_after_is_waited_out_then_succeeds(client: C1, local_c1: LocalC1) -> None:
    started = time.monotonic()
    content = _create(client, extra_headers=fault(status=429, retry_after=1, times=1))
    waited = time.monotonic() - started

    assert_c1_answer(content, QUESTION)
    assert len(local_c1.requests) == 2
    assert waited >= 0.9, "the client must wait as long as retry-after asks"


def test_500_twice_then_success(client: C1, local_c1: LocalC1) -> None:
    content = _create(client, extra_headers=fault(status=500, times=2))
    assert_c1_answer(content, QUESTION)
    assert len(local_c1.requests) == 3
    # Each retry resends the same request.
    assert len({request.body for request in local_c1.requests}) == 1


def test_the_retry_budget_exhausted_raises_rate_limit_error(client: C1, local_c1: LocalC1) -> None:
    with pytest.raises(RateLimitError) as caught:
        _create(client, extra_headers=fault(status=429, retry_after_ms=5))
    assert len(local_c1.requests) == 3  # the first attempt and max_retries=2 retries
    assert caught.value.status_code == 429
    assert caught.value.request_id is not None


def test_per_call_and_per_client_max_retries(local_c1: LocalC1, client: C1) -> None:
    with pytest.raises(InternalServerError):
        _create(client, extra_headers=fault(status=503, retry_after_ms=5), max_retries=0)
    assert len(local_c1.requests) == 1
    local_c1.clear_requests()
    with pytest.raises(InternalServerError):
        _create(client.with_options(max_retries=4), extra_headers=fault(status=502, retry_after_ms=5))
    assert len(local_c1.requests) == 5


def test_a_bad_request_is_not_retried(client: C1, local_c1: LocalC1) -> None:
    with pytest.raises(BadRequestError):
        _create(client, extra_headers=fault(status=400))
    assert len(local_c1.requests) == 1


def test_timeouts_are_retried_then_raise(client: C1, local_c1: LocalC1) -> None:
    with pytest.raises(APITimeoutError):
        _create(client, extra_headers=fault(delay=3), timeout=0.3, max_retries=1)
    assert len(local_c1.requests) == 2


def test_a_slow_first_answer_then_a_fast_one_succeeds(client: C1, local_c1: LocalC1) -> None:
    content = _create(client, extra_headers=fault(delay=3, times=1), timeout=1.0)
    assert_c1_answer(content, QUESTION)
    assert len(local_c1.requests) == 2


def test_a_refused_connection_is_a_connection_error() -> None:
    with (
        C1(base_url="http://127.0.0.1:9/v1", api_key="k", max_retries=0) as client,
        pytest.raises(APIConnectionError) as caught,
    ):
        _create(client)
    assert not isinstance(caught.value, APITimeoutError)


def test_a_stream_is_retried_before_it_starts_never_after(client: C1, local_c1: LocalC1) -> None:
    with client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": QUESTION}],
        stream=True,
        extra_headers=fault(status=429, retry_after_ms=5, times=1),
    ) as stream:
        text = stream.get_final_text()
    assert_c1_answer(text, QUESTION)
    assert len(local_c1.requests) == 2

    local_c1.clear_requests()
    with (
        pytest.raises(APIStreamError),
        client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": QUESTION}], stream=True, extra_headers=fault(cut_after=1)
        ) as stream,
    ):
        stream.until_done()
    assert len(local_c1.requests) == 1


async def test_async_retries(local_c1: LocalC1) -> None:
    async with AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key) as client:
        completion = await client.chat.completions.create(
            model=MODEL,
            messages=[{"role": "user", "content": QUESTION}],
            extra_headers=fault(status=500, times=2, retry_after_ms=5),
        )
        assert_c1_answer(completion.choices[0].message.content, QUESTION)
        assert len(local_c1.requests) == 3
        with pytest.raises(RateLimitError):
            await client.responses.create(
                model=MODEL, input=QUESTION, extra_headers=fault(status=429, retry_after_ms=5)
            )
        assert len(local_c1.requests) == 6
