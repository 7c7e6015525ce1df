"""The parts of openai-python's surface thesys_c1 adds, beyond what the migration snippets show.

``with_raw_response`` (sync, async, streams, retries, errors, concurrent calls),
the ``.stream()`` managers and their chat events, ``AuthenticationError`` over
C1's 403, and the type names of ``thesys_c1.types.chat`` / ``.responses``;
all against the local C1 server.
"""

from __future__ import annotations

import asyncio
import json

import pytest
from client_helpers import MODEL, QUESTION, fault

import thesys_c1
from thesys_c1 import C1, APIResponse, AsyncC1, AuthenticationError, ChatCompletion, PermissionDeniedError
from thesys_c1._lib.chat_stream_events import (
    ContentDeltaEvent,
    ContentDoneEvent,
    FunctionToolCallArgumentsDeltaEvent,
    FunctionToolCallArgumentsDoneEvent,
)
from thesys_c1.testing import LocalC1

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


def _client(local_c1: LocalC1, **settings: object) -> C1:
    return C1(base_url=local_c1.embed_url, api_key=local_c1.api_key, **settings)  # type: ignore[arg-type]


def test_a_bad_key_is_caught_as_authentication_error(local_c1: LocalC1) -> None:
    client = C1(base_url=local_c1.embed_url, api_key="not-the-key")
    with pytest.raises(AuthenticationError) as caught:
        client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": QUESTION}])
    assert type(caught.value) is PermissionDeniedError
    assert caught.value.status_code == 403
    assert issubclass(thesys_c1.PermissionDeniedError, thesys_c1.APIStatusError)


def test_raw_response_gives_the_answer_and_parses_to_the_model(local_c1: LocalC1) -> None:
    raw = _client(local_c1).chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": QUESTION}]
    )
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200 and raw.method == "POST"
    assert raw.url.path == "/v1/embed/chat/completions"
    assert raw.headers["content-type"].startswith("application/json")
    completion = raw.parse()
    assert isinstance(completion, ChatCompletion)
    assert raw.request_id == completion._request_id == raw.headers["x-request-id"]
    assert raw.request_id is not None and raw.request_id.startswith("req_")
    assert raw.json()["id"] == completion.id
    assert raw.retries_taken == 0


def test_raw_response_of_a_stream_parses_to_the_stream(local_c1: LocalC1) -> None:
    raw = _client(local_c1).responses.with_raw_response.create(model=MODEL, input=QUESTION, stream=True)
    assert raw.headers["content-type"].startswith("text/event-stream")
    with raw.parse() as stream:
        assert stream.get_final_response().status == "completed"
    assert raw.is_closed


def test_raw_response_counts_retries_and_raises_as_usual(local_c1: LocalC1) -> None:
    client = _client(local_c1, max_retries=2)
    raw = client.chat.completions.with_raw_response.create(
        model=MODEL,
        messages=[{"role": "user", "content": QUESTION}],
        extra_headers=fault(status=503, times=1, retry_after_ms=1),
    )
    assert raw.retries_taken == 1 and raw.status_code == 200
    with pytest.raises(thesys_c1.NotFoundError):
        client.conversations.with_raw_response.retrieve("conv_missing")


def test_raw_response_refuses_what_is_not_a_method(local_c1: LocalC1) -> None:
    raw = _client(local_c1).chat.completions.with_raw_response
    with pytest.raises(AttributeError, match="with_raw_response has no method 'stream'"):
        _ = raw.stream
    with pytest.raises(AttributeError):
        _ = raw.nothing_like_this


def test_concurrent_async_raw_calls_each_get_their_own_answer(local_c1: LocalC1) -> None:
    async def main() -> list[tuple[str | None, str | None]]:
        async with AsyncC1(base_url=local_c1.embed_url, api_key=local_c1.api_key) as client:
            raws = await asyncio.gather(
                *(
                    client.chat.completions.with_raw_response.create(
                        model=MODEL, messages=[{"role": "user", "content": f"{QUESTION} {n}"}]
                    )
                    for n in range(8)
                )
            )
            conversation = await client.conversations.create()
            page = await client.conversations.items.with_raw_response.list(conversation.id)
            assert page.status_code == 200 and page.parse().data == []
            return [(raw.request_id, raw.parse()._request_id) for raw in raws]

    pairs = asyncio.run(main())
    assert all(seen == parsed and seen is not None for seen, parsed in pairs)
    assert len({seen for seen, _ in pairs}) == 8


def test_chat_stream_helper_sends_nothing_before_the_block(local_c1: LocalC1) -> None:
    manager = _client(local_c1).chat.completions.stream(model=MODEL, messages=[{"role": "user", "content": QUESTION}])
    assert local_c1.requests == []
    with pytest.raises(TypeError, match="with` block"):
        iter(manager)
    with manager as stream:
        first = next(stream)
        assert first.type == "chunk"
    assert stream.response.is_closed
    assert len(local_c1.requests) == 1


def test_async_chat_stream_helper_sends_nothing_before_its_block_and_gives_the_same_events(
    local_c1: LocalC1,
) -> None:
    messages = [{"role": "user", "content": QUESTION}]
    with _client(local_c1).chat.completions.stream(model=MODEL, messages=messages) as stream:  # type: ignore[arg-type]
        blocking = [event.type for event in stream]

    async def main() -> tuple[list[str], str | None, bool]:
        async with AsyncC1(base_url=local_c1.embed_url, api_key=local_c1.api_key) as client:
            manager = client.chat.completions.stream(model=MODEL, messages=messages)  # type: ignore[arg-type]
            with pytest.raises(TypeError, match="`async with` block"):
                aiter(manager)
            assert len(local_c1.requests) == 1, "the async manager sent nothing before its block"
            async with manager as events:
                seen: list[str] = [event.type async for event in events]
                final = await events.get_final_completion()
            return seen, final.choices[0].message.content, events.response.is_closed

    seen, content, closed = asyncio.run(main())
    assert seen == blocking and "content.done" in seen
    assert content and closed
    assert len(local_c1.requests) == 2


def test_chat_stream_helper_tool_call_events(local_c1: LocalC1) -> None:
    with _client(local_c1).chat.completions.stream(
        model=MODEL,
        messages=[{"role": "user", "content": "What's the weather like in Paris?"}],
        tools=[WEATHER_TOOL],  # type: ignore[list-item]
    ) as stream:
        events = list(stream)
    deltas = [event for event in events if isinstance(event, FunctionToolCallArgumentsDeltaEvent)]
    [done] = [event for event in events if isinstance(event, FunctionToolCallArgumentsDoneEvent)]
    assert deltas and all(event.name == "get_weather" and event.index == 0 for event in deltas)
    assert "".join(event.arguments_delta for event in deltas) == done.arguments == deltas[-1].arguments
    assert json.loads(done.arguments) == {"city": "Paris"}
    final = stream.get_final_completion()
    assert final.choices[0].message.tool_calls[0].function.arguments == done.arguments  # type: ignore[index,union-attr]


def test_chat_stream_helper_content_events(local_c1: LocalC1) -> None:
    client = _client(local_c1)
    whole = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": QUESTION}])
    with client.chat.completions.stream(model=MODEL, messages=[{"role": "user", "content": QUESTION}]) as stream:
        events = list(stream)
    deltas = [event for event in events if isinstance(event, ContentDeltaEvent)]
    [done] = [event for event in events if isinstance(event, ContentDoneEvent)]
    assert len(deltas) > 1
    assert deltas[-1].snapshot == "".join(event.delta for event in deltas) == done.content
    assert done.content == whole.choices[0].message.content
    assert events[-1] is done, "content.done comes with the chunk that finishes the choice"
    assert sum(event.type == "chunk" for event in events) == stream.chunks._reader.accumulator.chunks


def test_param_names_are_our_typed_dicts() -> None:
    from thesys_c1._generated import models, params
    from thesys_c1.types import chat, responses, shared_params

    assert chat.ChatCompletionToolParam is params.ChatCompletionTool
    assert chat.ChatCompletionMessageParam == params.ChatCompletionMessageParam
    assert chat.ChatCompletion is models.ChatCompletion
    assert responses.FunctionToolParam is params.ResponseFunctionTool
    assert responses.Response is models.ResponseObject
    assert responses.ResponseInputParam == list[params.ResponseInputItem]
    assert shared_params.FunctionDefinition is params.FunctionDefinition
    for module in (chat, responses, shared_params):
        for name in module.__all__:
            assert getattr(module, name) is not None, name
    with pytest.raises(AttributeError, match=r"thesys_c1\.types\.chat.*'ChatCompletionAudio'"):
        _ = chat.ChatCompletionAudio
