"""How a fault's ``times=`` meets the client's retries, as the README's testing section says it does."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from client_helpers import MODEL, QUESTION, fault

from thesys_c1 import C1, APIStreamError, BadRequestError, InternalServerError
from thesys_c1.testing import Fault, LocalC1

if TYPE_CHECKING:
    from thesys_c1.types.chat import ChatCompletionMessageParam

MESSAGES: list[ChatCompletionMessageParam] = [{"role": "user", "content": QUESTION}]


@pytest.fixture
def client(local_c1: LocalC1) -> C1:
    return C1(base_url=local_c1.base_url, api_key=local_c1.api_key)  # max_retries=2, the default


def test_times_within_the_retries_is_one_successful_call(client: C1, local_c1: LocalC1) -> None:
    local_c1.add_fault(Fault(status=500, times=2, retry_after_ms=1))
    completion = client.chat.completions.create(model=MODEL, messages=MESSAGES)
    assert completion.object == "chat.completion"
    assert len(local_c1.requests) == 3


def test_times_beyond_the_retries_raises(client: C1, local_c1: LocalC1) -> None:
    local_c1.add_fault(Fault(status=500, times=3, retry_after_ms=1))
    with pytest.raises(InternalServerError):
        client.chat.completions.create(model=MODEL, messages=MESSAGES)
    assert len(local_c1.requests) == 3
    client.chat.completions.create(model=MODEL, messages=MESSAGES)
    assert len(local_c1.requests) == 4, "the fault was used up"


def test_a_status_that_is_not_retried_fails_one_call(client: C1, local_c1: LocalC1) -> None:
    local_c1.add_fault(Fault(status=400, times=1))
    with pytest.raises(BadRequestError):
        client.chat.completions.create(model=MODEL, messages=MESSAGES)
    client.chat.completions.create(model=MODEL, messages=MESSAGES)
    assert len(local_c1.requests) == 2


def test_header_faults_count_retries_by_id_and_clear_faults_resets(client: C1, local_c1: LocalC1) -> None:
    header = fault(status=503, times=2, retry_after_ms=1, id="doc-example")
    client.chat.completions.create(model=MODEL, messages=MESSAGES, extra_headers=header)
    assert len(local_c1.requests) == 3
    local_c1.clear_requests()
    client.chat.completions.create(model=MODEL, messages=MESSAGES, extra_headers=header)
    assert len(local_c1.requests) == 1, "the id's count is used up"
    local_c1.clear_faults()
    local_c1.clear_requests()
    client.chat.completions.create(model=MODEL, messages=MESSAGES, extra_headers=header)
    assert len(local_c1.requests) == 3, "clear_faults() reset the count"


def test_a_stream_cut_after_it_started_is_not_retried(client: C1, local_c1: LocalC1) -> None:
    local_c1.add_fault(Fault(cut_after=2, times=1))
    stream = client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
    with pytest.raises(APIStreamError):
        stream.until_done()
    assert len(local_c1.requests) == 1
