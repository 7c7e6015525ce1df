"""Per-call options over real HTTP: extra headers, query and body, and what the wire carries."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from client_helpers import MODEL, QUESTION

from thesys_c1 import C1, BadRequestError, ThesysMetadata
from thesys_c1.testing import LocalC1


@pytest.fixture
def client(local_c1: LocalC1) -> Iterator[C1]:
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key, default_headers={"x-app": "tests"}) as client:
        yield client


def test_the_body_is_the_keyword_arguments_as_on_the_wire(client: C1, local_c1: LocalC1) -> None:
    metadata = ThesysMetadata(excluded_components=["Table"])
    client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": QUESTION}],
        temperature=0.5,
        metadata=metadata,
        extra_body={"seed": 7},
        extra_headers={"x-trace": "abc"},
    )
    [request] = local_c1.requests
    assert request.json == {
        "model": MODEL,
        "messages": [{"role": "user", "content": QUESTION}],
        "temperature": 0.5,
        "metadata": {"thesys": '{"c1_excluded_components":["Table"]}'},
        "seed": 7,
    }
    assert request.headers["x-trace"] == "abc"
    assert request.headers["x-app"] == "tests"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"].startswith("thesys-c1-python/")


def test_extra_body_sends_keys_the_spec_does_not_know_unchecked(client: C1, local_c1: LocalC1) -> None:
    # The client lets an unknown key through (for parameters newer than the SDK); this server refuses it.
    with pytest.raises(BadRequestError) as caught:
        client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": QUESTION}], extra_body={"c1_experimental": True}
        )
    assert caught.value.param == "c1_experimental"
    assert (local_c1.requests[0].json or {})["c1_experimental"] is True


def test_generated_models_are_accepted_where_dicts_are(client: C1, local_c1: LocalC1) -> None:
    from thesys_c1.types import ChatCompletionUserMessageParam

    message = ChatCompletionUserMessageParam(role="user", content=QUESTION)
    client.chat.completions.create(model=MODEL, messages=[message])
    assert (local_c1.requests[0].json or {})["messages"] == [{"role": "user", "content": QUESTION}]


def test_stream_true_is_sent_and_asks_for_events(client: C1, local_c1: LocalC1) -> None:
    with client.responses.create(model=MODEL, input=QUESTION, stream=True) as stream:
        stream.until_done()
    [request] = local_c1.requests
    assert (request.json or {})["stream"] is True
    assert request.headers["accept"] == "text/event-stream"


def test_list_query_parameters(client: C1, local_c1: LocalC1) -> None:
    conversation = client.conversations.create()
    local_c1.clear_requests()
    client.conversations.items.list(
        conversation.id, limit=5, order="desc", include=["message.output_text.logprobs"], extra_query={"x": "1"}
    )
    [request] = local_c1.requests
    assert request.path == f"/v1/conversations/{conversation.id}/items"
    assert request.method == "GET"
    assert request.body == b""
