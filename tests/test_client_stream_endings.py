"""A stream that ends badly never passes for a short answer: error events, early exits, failed responses."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from client_helpers import MODEL, QUESTION, fault

from thesys_c1 import C1, APIConnectionError, APIStreamError, AsyncC1, BadRequestError
from thesys_c1.params import ChatCompletionMessageParam
from thesys_c1.testing import LocalC1
from thesys_c1.types import ResponseOutputTextDeltaEvent

MESSAGES: list[ChatCompletionMessageParam] = [{"role": "user", "content": QUESTION}]


@pytest.fixture
def client(local_c1: LocalC1) -> Iterator[C1]:
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key) as client:
        yield client


def test_a_responses_error_event_mid_stream_raises_after_what_arrived(client: C1) -> None:
    stream = client.responses.create(model=MODEL, input=QUESTION, stream=True, extra_headers=fault(error_after=6))
    received: list[object] = []
    with (
        pytest.raises(APIStreamError, match="reported an error mid-stream: The local C1 server failed") as caught,
        stream,
    ):
        received.extend(stream)
    assert len(received) == 6
    assert any(isinstance(event, ResponseOutputTextDeltaEvent) for event in received), "text had started"
    assert isinstance(caught.value.body, dict) and caught.value.body["type"] == "error"


def test_a_chat_error_line_mid_stream_raises(client: C1) -> None:
    stream = client.chat.completions.create(
        model=MODEL, messages=MESSAGES, stream=True, extra_headers=fault(error_after=3)
    )
    with pytest.raises(APIStreamError, match="reported an error mid-stream"), stream:
        stream.get_final_text()


async def test_async_responses_error_event_raises(local_c1: LocalC1) -> None:
    async with AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key) as client:
        stream = await client.responses.create(
            model=MODEL, input=QUESTION, stream=True, extra_headers=fault(error_after=5)
        )
        with pytest.raises(APIStreamError, match="mid-stream"):
            async with stream:
                await stream.get_final_response()


def test_the_final_answer_of_a_stream_left_early_is_an_error_not_a_prefix(client: C1) -> None:
    with client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True) as stream:
        for _ in zip(range(3), stream, strict=False):
            pass
    with pytest.raises(APIStreamError, match="did not finish"):
        stream.get_final_text()

    with client.responses.create(model=MODEL, input=QUESTION, stream=True) as events:
        next(iter(events))
    with pytest.raises(APIStreamError, match="did not finish"):
        events.get_final_response()


async def test_async_final_answer_after_leaving_early_is_an_error(local_c1: LocalC1) -> None:
    async with AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key) as client:
        stream = await client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)
        async with stream:
            async for _ in stream:
                break
        with pytest.raises(APIStreamError, match="did not finish"):
            await stream.get_final_completion()


def test_a_whole_stream_still_gives_its_final_answer_after_the_block(client: C1) -> None:
    with client.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True) as stream:
        chunks = list(stream)
    assert chunks and QUESTION in stream.get_final_text()


def _failed_stream(request: httpx.Request) -> httpx.Response:
    # The local server never fails a response, so this one answer is scripted.
    failed = {
        "id": "resp_1",
        "object": "response",
        "created_at": 1,
        "status": "failed",
        "model": MODEL,
        "output": [],
        "error": {"code": "server_error", "message": "The model gave up."},
    }
    events = [
        {
            "type": "response.created",
            "sequence_number": 0,
            "response": failed | {"status": "in_progress", "error": None},
        },
        {"type": "response.failed", "sequence_number": 1, "response": failed},
    ]
    body = "".join(f"event: {event['type']}\ndata: {json.dumps(event)}\n\n" for event in events) + "data: [DONE]\n\n"
    return httpx.Response(200, text=body, headers={"content-type": "text/event-stream"})


def test_a_failed_response_is_returned_whole_but_its_text_is_an_error() -> None:
    http = httpx.Client(transport=httpx.MockTransport(_failed_stream))
    with C1(api_key="k", base_url="http://c1.invalid/v1", http_client=http) as client:
        with client.responses.create(model=MODEL, input=QUESTION, stream=True) as stream:
            assert stream.get_final_response().status == "failed"
        with (
            client.responses.create(model=MODEL, input=QUESTION, stream=True) as stream,
            pytest.raises(APIStreamError, match=r"the response failed: The model gave up\."),
        ):
            stream.get_final_text()


SECRET = "sk-very-secret-key-123"


def test_the_key_is_scrubbed_from_connection_errors_and_error_bodies() -> None:
    def leaky(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/responses"):
            raise httpx.ConnectError(f"proxy refused {request.headers['authorization']}")
        body = {"error": {"message": f"bad key {SECRET}", "param": SECRET, "type": "invalid_request_error"}}
        return httpx.Response(400, json=body)

    http = httpx.Client(transport=httpx.MockTransport(leaky))
    with C1(api_key=SECRET, base_url="http://c1.invalid/v1", http_client=http, max_retries=0) as client:
        with pytest.raises(APIConnectionError) as connection:
            client.responses.create(model=MODEL, input=QUESTION)
        with pytest.raises(BadRequestError) as bad:
            client.chat.completions.create(model=MODEL, messages=MESSAGES)
    for error in (connection.value, bad.value):
        shown = f"{error} {error!r} {error.body} {error.param}"
        assert SECRET not in shown, shown
        assert "<redacted>" in str(error)
    assert bad.value.param == "<redacted>"
