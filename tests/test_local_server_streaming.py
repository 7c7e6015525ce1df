"""The two stream formats on the wire, every event checked against the effective spec."""

from __future__ import annotations

import json
from typing import Any

import c1_content
import httpx
import pytest
import sse_frames
from c1_schemas import SpecSchemas

CHAT = "/v1/embed/chat/completions"
RESPONSES = "/v1/embed/responses"
TOOLS_CHAT = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
        },
    }
]
TOOLS_RESPONSES = [
    {
        "type": "function",
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
    }
]


def _stream(http: httpx.Client, path: str, body: dict[str, Any]) -> list[sse_frames.Frame]:
    response = http.post(path, json={**body, "stream": True})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/event-stream")
    assert response.text.endswith("data: [DONE]\n\n")
    frames = sse_frames.parse(response.text)
    assert frames[-1] == sse_frames.Frame(None, "[DONE]")
    return frames[:-1]


def _chat_chunks(http: httpx.Client, schema_check: SpecSchemas, **body: Any) -> list[dict[str, Any]]:
    frames = _stream(http, CHAT, {"model": "c1/test", **body})
    assert all(frame.event is None for frame in frames)  # chat streams carry data lines only
    chunks = [frame.json() for frame in frames]
    for chunk in chunks:
        schema_check.check("ChatCompletionChunk", chunk)
    assert len({chunk["id"] for chunk in chunks}) == 1
    return chunks


def test_chat_stream_chunks(http: httpx.Client, schema_check: SpecSchemas) -> None:
    chunks = _chat_chunks(http, schema_check, messages=[{"role": "user", "content": "Plot rainfall in Lima"}])
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"
    assert all(chunk["choices"][0]["finish_reason"] is None for chunk in chunks[:-1])
    assert all("usage" not in chunk for chunk in chunks)
    text = "".join(chunk["choices"][0]["delta"].get("content") or "" for chunk in chunks)
    assert "Plot rainfall in Lima" in c1_content.texts(c1_content.check_renderable(text))


def test_chat_stream_usage_when_asked(http: httpx.Client, schema_check: SpecSchemas) -> None:
    chunks = _chat_chunks(
        http,
        schema_check,
        messages=[{"role": "user", "content": "hi"}],
        stream_options={"include_usage": True},
    )
    assert all(chunk["usage"] is None for chunk in chunks[:-1])
    last = chunks[-1]
    assert last["choices"] == [] and last["usage"]["total_tokens"] > 0
    schema_check.check("CompletionUsage", last["usage"])


def test_chat_stream_of_a_function_call(http: httpx.Client, schema_check: SpecSchemas) -> None:
    chunks = _chat_chunks(
        http, schema_check, messages=[{"role": "user", "content": "call get_weather in Oslo"}], tools=TOOLS_CHAT
    )
    calls = [call for chunk in chunks for call in chunk["choices"][0]["delta"].get("tool_calls") or ()]
    assert calls[0]["id"].startswith("call_") and calls[0]["function"]["name"] == "get_weather"
    arguments = "".join(call["function"].get("arguments") or "" for call in calls)
    assert json.loads(arguments) == {"city": "Oslo"}
    assert chunks[-1]["choices"][0]["finish_reason"] == "tool_calls"


def _response_events(http: httpx.Client, schema_check: SpecSchemas, **body: Any) -> list[dict[str, Any]]:
    frames = _stream(http, RESPONSES, {"model": "c1/test", **body})
    variants = schema_check.variants_by_type("ResponseStreamEvent")
    events = []
    for number, frame in enumerate(frames):
        event = frame.json()
        assert frame.event == event["type"]  # `event:` equals the JSON type
        assert event["sequence_number"] == number
        if event["type"] == "response.output_text.delta" and 10 < number < len(frames) - 10:
            # The union is slow to check; thousands of deltas are checked against their own variant.
            schema_check.check(variants[event["type"]], event)
        else:
            schema_check.check_variant("ResponseStreamEvent", event)
        events.append(event)
    return events


def test_responses_stream_events(http: httpx.Client, schema_check: SpecSchemas) -> None:
    events = _response_events(http, schema_check, input="Compare tea and coffee")
    kinds = [event["type"] for event in events]
    deltas = kinds.count("response.output_text.delta")
    assert deltas > 1
    assert kinds == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.content_part.added",
        *["response.output_text.delta"] * deltas,
        "response.output_text.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.completed",
    ]
    created, completed = events[0]["response"], events[-1]["response"]
    assert created["status"] == "in_progress" and created["output"] == [] and created["usage"] is None
    assert completed["id"] == created["id"] and completed["status"] == "completed"
    assert completed["usage"]["output_tokens"] > 0
    for item in (events[2]["item"], events[-2]["item"], *completed["output"]):
        assert schema_check.check_variant("ResponseOutputItem", item) == "ResponseOutputMessage"

    text = "".join(event["delta"] for event in events if event["type"] == "response.output_text.delta")
    assert events[-4]["text"] == text and events[-3]["part"]["text"] == text
    assert events[-2]["item"]["content"][0]["text"] == text and completed["output"][0]["content"][0]["text"] == text
    message_id = events[2]["item"]["id"]
    assert {event.get("item_id", message_id) for event in events[3:-2]} == {message_id}
    assert "Compare tea and coffee" in c1_content.texts(c1_content.check_renderable(text))


def test_responses_stream_of_function_calls(http: httpx.Client, schema_check: SpecSchemas) -> None:
    tools = [*TOOLS_RESPONSES, {"type": "function", "name": "get_time", "parameters": {}}]
    events = _response_events(http, schema_check, input="get_weather for Rome, then get_time", tools=tools)
    done = [event["item"] for event in events if event["type"] == "response.output_item.done"]
    assert [item["name"] for item in done] == ["get_weather", "get_time"]
    for index, item in enumerate(done):
        assert schema_check.check_variant("ResponseOutputItem", item) == "ResponseOutputFunctionCall"
        deltas = [
            event["delta"]
            for event in events
            if event["type"] == "response.function_call_arguments.delta" and event["output_index"] == index
        ]
        assert "".join(deltas) == item["arguments"]
    # The hint for a call stops where the next tool is named.
    assert json.loads(done[0]["arguments"]) == {"city": "Rome"}
    assert events[-1]["response"]["output"] == done


@pytest.mark.parametrize("chunks", [1, 2, 10_000])
def test_bench_convention_streams_exactly_n_chat_content_deltas(
    http: httpx.Client, schema_check: SpecSchemas, chunks: int
) -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": f"/bench chunks={chunks}"}]}
    contents = [chunk["choices"][0]["delta"].get("content") for chunk in _chat_chunks(http, schema_check, **body)]
    pieces = [content for content in contents if content]
    assert len(pieces) == chunks
    answer = c1_content.check_renderable("".join(pieces))
    assert f"Benchmark answer in {chunks} chunks" in c1_content.texts(answer)
    whole = http.post(CHAT, json=body).json()
    assert whole["choices"][0]["message"]["content"] == "".join(pieces)


def test_bench_convention_streams_exactly_n_response_text_deltas(http: httpx.Client, schema_check: SpecSchemas) -> None:
    events = _response_events(http, schema_check, input="/bench chunks=10000")
    deltas = [event["delta"] for event in events if event["type"] == "response.output_text.delta"]
    assert len(deltas) == 10_000
    text = "".join(deltas)
    assert events[-1]["response"]["output"][0]["content"][0]["text"] == text
    assert events[-1]["response"]["usage"]["output_tokens"] == 10_000
    c1_content.check_renderable(text)


def test_text_with_quotes_backslashes_controls_and_emoji_streams_intact(
    http: httpx.Client, schema_check: SpecSchemas
) -> None:
    question = 'Is "C:\\temp\\new" ok?\ttab, é, 😀, \u2028 and \x7f'
    events = _response_events(http, schema_check, input=question, store=False)
    text = "".join(event["delta"] for event in events if event["type"] == "response.output_text.delta")
    assert events[-4]["text"] == text and events[-1]["response"]["output"][0]["content"][0]["text"] == text
    whole = http.post(RESPONSES, json={"model": "c1/test", "input": question, "store": False}).json()
    assert whole["output"][0]["content"][0]["text"] == text
    shown = c1_content.texts(c1_content.check_renderable(text))
    assert " ".join(question.split()) in shown  # the card shows the question with its spaces tidied
