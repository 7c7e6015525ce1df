"""Typed streams over real HTTP: chunks and events, early close, cuts and garbage mid-stream."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from client_helpers import MODEL, QUESTION, assert_c1_answer, fault

from thesys_c1 import C1, APIStreamError, AsyncC1, ChatCompletionChunk, ResponseUnknownStreamEvent
from thesys_c1.testing import LocalC1
from thesys_c1.types import ResponseCompletedEvent, ResponseCreatedEvent, ResponseOutputTextDeltaEvent

MESSAGES = [{"role": "user", "content": QUESTION}]


@pytest.fixture
def client(local_c1: LocalC1) -> Iterator[C1]:
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key) as client:
        yield client


def test_chunks_are_models_and_the_final_completion_equals_the_unstreamed_one(client: C1) -> None:
    whole = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": QUESTION}])
    with client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": QUESTION}], stream=True
    ) as stream:
        chunks = list(stream)
        final = stream.get_final_completion()

    assert all(isinstance(chunk, ChatCompletionChunk) for chunk in chunks)
    assert final.choices[0].message.content == whole.choices[0].message.content
    assert final.choices[0].finish_reason == "stop"
    assert final.id == chunks[0].id
    assert final._request_id == stream.request_id is not None
    assert stream.get_final_text() == final.choices[0].message.content


def test_the_bench_convention_streams_exactly_n_content_chunks(client: C1) -> None:
    with client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "/bench chunks=500"}], stream=True
    ) as stream:
        deltas = list(stream.text_deltas())
    assert len(deltas) == 500
    assert_c1_answer("".join(deltas), "")


def test_response_events_are_chosen_by_type(client: C1) -> None:
    with client.responses.create(model=MODEL, input=QUESTION, stream=True) as stream:
        events = list(stream)
    assert isinstance(events[0], ResponseCreatedEvent)
    assert isinstance(events[-1], ResponseCompletedEvent)
    deltas = [event for event in events if isinstance(event, ResponseOutputTextDeltaEvent)]
    assert deltas
    assert not any(isinstance(event, ResponseUnknownStreamEvent) for event in events)
    assert "".join(delta.delta for delta in deltas) == stream.get_final_text()


def test_leaving_the_block_early_closes_the_connection(client: C1, local_c1: LocalC1) -> None:
    with client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": "/bench chunks=5000"}], stream=True
    ) as stream:
        first = next(iter(stream))
    assert first.choices
    assert stream.response.is_closed
    # The client stays usable after abandoning a stream.
    again = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": QUESTION}])
    assert_c1_answer(again.choices[0].message.content, QUESTION)


def test_a_stream_cut_mid_way_raises_after_delivering_what_arrived(client: C1, local_c1: LocalC1) -> None:
    stream = client.chat.completions.create(
        model=MODEL,
        messages=[{"role": "user", "content": QUESTION}],
        stream=True,
        extra_headers=fault(cut_after=3),
        timeout=20,
    )
    received = []
    with pytest.raises(APIStreamError) as caught, stream:
        for chunk in stream:
            received.append(chunk)
    assert len(received) == 3
    assert caught.value.request_id == stream.request_id is not None
    assert len(local_c1.requests) == 1, "a started stream is never retried"


def test_a_responses_stream_cut_mid_way_raises(client: C1) -> None:
    stream = client.responses.create(
        model=MODEL, input=QUESTION, stream=True, extra_headers=fault(cut_after=4), timeout=20
    )
    with pytest.raises(APIStreamError), stream:
        stream.get_final_response()


def test_garbage_in_a_stream_raises_the_stream_error(client: C1) -> None:
    stream = client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": QUESTION}], stream=True, extra_headers=fault(malformed=1)
    )
    with pytest.raises(APIStreamError, match="not JSON"), stream:
        stream.until_done()


async def test_async_stream_cut_raises_and_early_exit_closes(local_c1: LocalC1) -> None:
    async with AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key) as client:
        stream = await client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": QUESTION}], stream=True, extra_headers=fault(cut_after=2)
        )
        received = []
        with pytest.raises(APIStreamError):
            async with stream:
                async for chunk in stream:
                    received.append(chunk)
        assert len(received) == 2

        long = await client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": "/bench chunks=5000"}], stream=True
        )
        async with long:
            async for _ in long:
                break
        assert long.response.is_closed

        events = await client.responses.create(model=MODEL, input=QUESTION, stream=True)
        async with events:
            text = await events.get_final_text()
        assert_c1_answer(text, QUESTION)


def test_response_text_deltas_join_to_the_final_text(client: C1) -> None:
    with client.responses.create(model=MODEL, input=QUESTION, stream=True) as stream:
        pieces = list(stream.text_deltas())
        final = stream.get_final_text()
    assert len(pieces) > 1
    assert "".join(pieces) == final
    assert_c1_answer(final, QUESTION)


def test_the_blocking_streams_users_get_are_the_classes_every_public_path_names(client: C1) -> None:
    # The blocking streams are derived into thesys_c1._generated._sync; every public path must give that one class,
    # or an isinstance check against the documented name fails on what the client returns.
    from thesys_c1 import ChatCompletionStream, ResponseStream, Stream
    from thesys_c1._lib import streaming
    from thesys_c1.react import iter_answer
    from thesys_c1.react.answer import AnswerBody

    with client.chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": QUESTION}], stream=True
    ) as chat:
        assert type(chat) is ChatCompletionStream is streaming.ChatCompletionStream
        assert isinstance(chat, Stream) and isinstance(chat, streaming.Stream)
        body = iter_answer(chat)
        assert type(body) is AnswerBody
        assert_c1_answer(b"".join(body).decode(), QUESTION)
    with client.responses.create(model=MODEL, input=QUESTION, stream=True) as events:
        assert type(events) is ResponseStream is streaming.ResponseStream
        assert_c1_answer(events.get_final_text(), QUESTION)
