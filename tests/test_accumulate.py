"""Building whole answers from stream pieces, however C1 content is split across them."""

from __future__ import annotations

import html
import json
from typing import Any

from thesys_c1 import c1_components
from thesys_c1._lib.accumulate import ChatCompletionAccumulator, ResponseAccumulator

TREE = {"component": {"component": "Card", "props": {"children": [{"component": "TextContent", "props": {}}]}}}
ANSWER = '<content thesys="true">' + html.escape(json.dumps({**TREE, "error": None})) + "</content>"


def _chunk(content: Any = None, *, role: Any = None, finish: Any = None, **delta: Any) -> dict[str, Any]:
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "c1/test",
        "choices": [{"index": 0, "delta": {"role": role, "content": content, **delta}, "finish_reason": finish}],
    }


def test_c1_content_split_inside_tags_and_escapes_joins_back_exactly() -> None:
    # Split every 3 characters: cuts land inside `<content`, inside `&quot;` and inside the JSON.
    pieces = [ANSWER[i : i + 3] for i in range(0, len(ANSWER), 3)]
    accumulator = ChatCompletionAccumulator()
    accumulator.add(_chunk(role="assistant"))
    for piece in pieces:
        accumulator.add(_chunk(piece))  # later deltas carry "role": null, as real servers send
    accumulator.add(_chunk(finish="stop"))

    completion = accumulator.completion()
    assert accumulator.text() == ANSWER
    assert completion.choices[0].message.content == ANSWER
    assert completion.choices[0].message.role == "assistant"
    assert completion.choices[0].finish_reason == "stop"
    assert accumulator.finished
    [block] = c1_components(ANSWER)
    assert block.component == TREE["component"]


def test_tool_call_pieces_are_merged_by_index() -> None:
    accumulator = ChatCompletionAccumulator()
    pieces = [
        [{"index": 0, "id": "call_a", "type": "function", "function": {"name": "get_", "arguments": '{"ci'}}],
        [{"index": 1, "id": "call_b", "type": "function", "function": {"name": "other", "arguments": "{}"}}],
        [{"index": 0, "function": {"name": "weather", "arguments": 'ty":"Paris"}'}}],
    ]
    for tool_calls in pieces:
        accumulator.add(_chunk(tool_calls=tool_calls))
    accumulator.add(_chunk(finish="tool_calls"))

    message = accumulator.completion().choices[0].message
    calls = message.tool_calls
    assert isinstance(calls, list)
    assert [call.to_dict()["function"] for call in calls] == [
        {"name": "get_weather", "arguments": '{"city":"Paris"}'},
        {"name": "other", "arguments": "{}"},
    ]
    assert message.content is None


def test_usage_from_the_last_chunk_is_kept() -> None:
    accumulator = ChatCompletionAccumulator()
    accumulator.add(_chunk("hi", finish="stop"))
    usage = {"prompt_tokens": 3, "completion_tokens": 1, "total_tokens": 4}
    accumulator.add({**_chunk(), "choices": [], "usage": usage})
    assert accumulator.completion().to_dict()["usage"] == usage


def test_an_unfinished_stream_is_not_finished() -> None:
    accumulator = ChatCompletionAccumulator()
    accumulator.add(_chunk("partial"))
    assert not accumulator.finished


def test_response_accumulator_keeps_the_terminal_snapshot_and_the_deltas() -> None:
    snapshot = {"id": "resp_1", "object": "response", "created_at": 1, "model": "c1/test", "output": []}
    accumulator = ResponseAccumulator()
    accumulator.add({"type": "response.created", "sequence_number": 0, "response": {**snapshot, "status": "queued"}})
    for number, piece in enumerate([ANSWER[:10], ANSWER[10:]], start=1):
        accumulator.add({"type": "response.output_text.delta", "sequence_number": number, "delta": piece})
    assert not accumulator.finished
    completed = {**snapshot, "status": "completed"}
    accumulator.add({"type": "response.completed", "sequence_number": 3, "response": completed})

    assert accumulator.finished
    assert accumulator.streamed_text() == ANSWER
    assert accumulator.response().status == "completed"


def test_thousands_of_pieces_join_back_exactly_and_asking_twice_gives_the_same() -> None:
    # Far more pieces than one block holds, each different, so any lost, doubled or reordered one shows.
    pieces = [f"<{n}&amp;>" for n in range(5_000)]
    chat = ChatCompletionAccumulator()
    responses = ResponseAccumulator()
    for piece in pieces:
        chat.add(_chunk(piece))
        responses.add({"type": "response.output_text.delta", "output_index": 0, "content_index": 0, "delta": piece})
    chat.add(_chunk(finish="stop"))
    whole = "".join(pieces)
    assert chat.text() == whole and chat.text() == whole
    assert chat.completion().choices[0].message.content == whole
    assert responses.streamed_text() == whole and responses.streamed_text() == whole
    chat.add(_chunk("late"))  # text after a join is added after it, not lost
    assert chat.text() == whole + "late"
