"""Streams and answers from a server that sends exactly the wrong bytes: each a case once seen to break the contract.

The contract: a finished answer is never lost to what comes after its
terminator, a cut answer never passes for a short one, and whatever the bytes,
the caller sees the answer or an ``APIError``.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from c1_items import ANSWER, chat_chunk_dict, notice_in, split
from raw_http import (
    HOLD,
    LAST_CHUNK,
    RESET,
    SSE_HEAD,
    Pause,
    RawServer,
    Step,
    chunk,
    http_head,
    json_answer,
    raw_server,
)

from thesys_c1 import (
    C1,
    APIResponseValidationError,
    APIStreamError,
    AsyncC1,
    BadRequestError,
    ResponseUnknownStreamEvent,
)
from thesys_c1.react import AnswerResult, iter_answer

MODEL = "c1/anthropic/claude-sonnet-4/v-20250930"
# A real C1 answer, cut at points that fall inside tags and escapes.
PIECES = split(ANSWER, 37)
TEXT = ANSWER
# A read timeout far below the time a HOLD keeps the connection: waiting for it would fail the test.
TIMEOUT = httpx.Timeout(5.0, connect=5.0)


@pytest.fixture
def server() -> Iterator[RawServer]:
    with raw_server() as running:
        yield running


@pytest.fixture
def client(server: RawServer) -> Iterator[C1]:
    with C1(api_key="sk-test", base_url=server.base_url, max_retries=0, timeout=TIMEOUT) as client:
        yield client


def sse(data: object, event: str | None = None) -> bytes:
    text = data if isinstance(data, str) else json.dumps(data)
    return (f"event: {event}\n" if event else "").encode() + f"data: {text}\n\n".encode()


def chat_events(*, done: bool = True) -> bytes:
    body = b"".join(sse(chat_chunk_dict(piece)) for piece in PIECES) + sse(chat_chunk_dict(None, "stop"))
    return body + (sse("[DONE]") if done else b"")


def _response(status: str) -> dict[str, Any]:
    message = {
        "type": "message",
        "id": "msg_1",
        "status": "completed",
        "role": "assistant",
        "content": [{"type": "output_text", "text": TEXT, "annotations": []}],
    }
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1,
        "model": MODEL,
        "status": status,
        "output": [message] if status == "completed" else [],
    }


def responses_events(*, completed: bool = True) -> bytes:
    events = [sse({"type": "response.created", "sequence_number": 0, "response": _response("in_progress")})]
    for number, piece in enumerate(PIECES, start=1):
        delta = {
            "type": "response.output_text.delta",
            "sequence_number": number,
            "item_id": "msg_1",
            "output_index": 0,
            "content_index": 0,
            "delta": piece,
        }
        events.append(sse(delta))
    if completed:
        events.append(sse({"type": "response.completed", "sequence_number": 9, "response": _response("completed")}))
    return b"".join(events)


def chat_text(client: C1) -> str:
    messages: Any = [{"role": "user", "content": "Hi"}]
    with client.chat.completions.create(model=MODEL, messages=messages, stream=True) as stream:
        return stream.get_final_text()


def responses_text(client: C1) -> str:
    with client.responses.create(model=MODEL, input="Hi", stream=True) as stream:
        return stream.get_final_text()


# --- A finished answer is not lost to what follows its terminator ---

AFTER_THE_END: dict[str, list[Step]] = {
    "closed without the last chunk": [],
    "reset": [RESET],
    "held open": [HOLD],
    "garbage": [chunk(b"data: {not json\n\n"), LAST_CHUNK],
    "broken framing": [b"zz\r\nnot a chunk"],
}


@pytest.mark.parametrize("after", AFTER_THE_END, ids=list(AFTER_THE_END))
def test_a_chat_answer_ends_at_done_whatever_follows(server: RawServer, client: C1, after: str) -> None:
    server.play([SSE_HEAD, chunk(chat_events()), *AFTER_THE_END[after]])
    assert chat_text(client) == TEXT


@pytest.mark.parametrize("after", AFTER_THE_END, ids=list(AFTER_THE_END))
def test_a_responses_answer_ends_at_its_terminal_event_whatever_follows(
    server: RawServer, client: C1, after: str
) -> None:
    server.play([SSE_HEAD, chunk(responses_events()), *AFTER_THE_END[after]])
    assert responses_text(client) == TEXT


@pytest.mark.parametrize("after", AFTER_THE_END, ids=list(AFTER_THE_END))
async def test_async_streams_end_at_their_terminator_too(server: RawServer, after: str) -> None:
    server.play([SSE_HEAD, chunk(responses_events()), *AFTER_THE_END[after]])
    async with AsyncC1(api_key="sk-test", base_url=server.base_url, max_retries=0, timeout=TIMEOUT) as client:
        stream = await client.responses.create(model=MODEL, input="Hi", stream=True)
        async with stream:
            assert await stream.get_final_text() == TEXT


def test_the_terminal_event_is_handed_out_before_the_stream_stops(server: RawServer, client: C1) -> None:
    server.play([SSE_HEAD, chunk(responses_events()), HOLD])
    with client.responses.create(model=MODEL, input="Hi", stream=True) as stream:
        types = [event.type for event in stream]
    assert types[0] == "response.created" and types[-1] == "response.completed"


# --- A cut answer never passes for a short one ---


def test_done_without_a_terminal_event_is_a_cut_responses_stream(server: RawServer, client: C1) -> None:
    server.play([SSE_HEAD, chunk(responses_events(completed=False) + sse("[DONE]")), LAST_CHUNK])
    with pytest.raises(APIStreamError, match="without a final response event"):
        responses_text(client)


def test_content_after_a_finish_reason_then_a_cut_is_not_a_whole_answer(server: RawServer, client: C1) -> None:
    body = sse(chat_chunk_dict("Hel", "stop")) + sse(chat_chunk_dict("lo"))
    # Connection: close and no length: the end of the body is just the end of the connection.
    server.play([http_head(200, [("content-type", "text/event-stream"), ("connection", "close")]) + body])
    with pytest.raises(APIStreamError, match="without \\[DONE\\]"):
        chat_text(client)


def test_a_finish_reason_on_every_choice_still_ends_a_stream_without_done(server: RawServer, client: C1) -> None:
    server.play(
        [http_head(200, [("content-type", "text/event-stream"), ("connection", "close")]) + chat_events(done=False)]
    )
    assert chat_text(client) == TEXT


def test_an_event_cut_in_half_is_an_error(server: RawServer, client: C1) -> None:
    body = chat_events(done=False) + b'data: {"id": "chatcmpl-1", "choi'
    server.play([http_head(200, [("content-type", "text/event-stream"), ("connection", "close")]) + body])
    with pytest.raises(APIStreamError):
        chat_text(client)


# --- Every dialect of server-sent events ---

DIALECTS = {
    "CR": lambda body: body.replace(b"\n", b"\r"),
    "CRLF": lambda body: body.replace(b"\n", b"\r\n"),
    "BOM": lambda body: b"\xef\xbb\xbf" + body,
    "BOM and CR": lambda body: b"\xef\xbb\xbf" + body.replace(b"\n", b"\r"),
    "no space after the colon": lambda body: body.replace(b"data: ", b"data:"),
    "comments and ids": lambda body: body.replace(b"data: ", b": keep-alive\nid: 1\nretry: 5\ndata: "),
}


@pytest.mark.parametrize("dialect", DIALECTS, ids=list(DIALECTS))
@pytest.mark.parametrize("drip", [None, 1, 3], ids=["whole", "drip-1", "drip-3"])
def test_every_sse_dialect_gives_the_whole_answer(
    server: RawServer, client: C1, dialect: str, drip: int | None
) -> None:
    body = DIALECTS[dialect](chat_events())
    head = http_head(200, [("content-type", "text/event-stream"), ("connection", "close")])
    pieces = [body] if drip is None else [body[i : i + drip] for i in range(0, len(body), drip)]
    server.play([head, *pieces])
    assert chat_text(client) == TEXT


def test_one_huge_event_in_small_pieces(server: RawServer, client: C1) -> None:
    big = "x" * (2 * 1024 * 1024)
    body = sse(chat_chunk_dict(big)) + sse(chat_chunk_dict(None, "stop")) + sse("[DONE]")
    head = http_head(200, [("content-type", "text/event-stream"), ("connection", "close")])
    server.play([head, *(body[i : i + 16384] for i in range(0, len(body), 16384))])
    assert chat_text(client) == big


# --- Bytes that are not an answer at all ---

DEEP = b"[" * 100_000


def test_deeply_nested_json_answer_is_a_validation_error(server: RawServer, client: C1) -> None:
    server.play(json_answer(DEEP))
    with pytest.raises(APIResponseValidationError, match="not valid JSON"):
        client.responses.create(model=MODEL, input="Hi")


def test_deeply_nested_json_error_body_keeps_the_status(server: RawServer, client: C1) -> None:
    server.play(json_answer(DEEP, status=400))
    with pytest.raises(BadRequestError) as caught:
        client.responses.create(model=MODEL, input="Hi")
    assert isinstance(caught.value.body, str) and caught.value.body.startswith("[[[")


@pytest.mark.parametrize("make_text", [chat_text, responses_text], ids=["chat", "responses"])
def test_deeply_nested_json_event_is_a_stream_error(server: RawServer, client: C1, make_text: Any) -> None:
    server.play([SSE_HEAD, chunk(b"data: " + DEEP + b"\n\n"), LAST_CHUNK])
    with pytest.raises(APIStreamError, match="not JSON"):
        make_text(client)


MALFORMED_CHUNKS = [
    {"choices": "abc"},
    {"choices": [5]},
    {"choices": [{"index": 0, "delta": "x"}]},
    {"choices": [{"index": 0, "delta": {"tool_calls": "x"}}]},
    {"choices": [{"index": [0], "delta": {"content": "x"}}]},
]


@pytest.mark.parametrize("bad", MALFORMED_CHUNKS, ids=[json.dumps(bad) for bad in MALFORMED_CHUNKS])
def test_a_malformed_chat_chunk_is_a_stream_error(server: RawServer, client: C1, bad: dict[str, Any]) -> None:
    good = chat_chunk_dict("Hel")
    server.play([SSE_HEAD, chunk(sse(good) + sse(good | bad) + sse("[DONE]")), LAST_CHUNK])
    with pytest.raises(APIStreamError):
        chat_text(client)


def test_a_malformed_responses_event_is_a_stream_error(server: RawServer, client: C1) -> None:
    bad = {"type": "response.output_text.delta", "sequence_number": 1, "item_id": "m", "output_index": [0]}
    bad |= {"content_index": 0, "delta": "x"}
    server.play([SSE_HEAD, chunk(sse(bad) + responses_events()), LAST_CHUNK])
    with pytest.raises(APIStreamError):
        responses_text(client)


def test_a_malformed_final_response_is_a_stream_error(server: RawServer, client: C1) -> None:
    broken = _response("completed") | {"output": {"not": "a list"}}
    events = responses_events(completed=False) + sse(
        {"type": "response.completed", "sequence_number": 9, "response": broken}
    )
    server.play([SSE_HEAD, chunk(events), LAST_CHUNK])
    with client.responses.create(model=MODEL, input="Hi", stream=True) as stream, pytest.raises(APIStreamError):
        stream.get_final_response()


def test_a_content_encoding_that_lies_is_a_validation_error(server: RawServer, client: C1) -> None:
    server.play(json_answer(b'{"id": "resp_1"}', extra=[("content-encoding", "gzip")]))
    with pytest.raises(APIResponseValidationError, match="could not be decoded"):
        client.responses.create(model=MODEL, input="Hi")


def test_a_real_gzip_answer_is_read(server: RawServer, client: C1) -> None:
    server.play(
        json_answer(gzip.compress(json.dumps(_response("completed")).encode()), extra=[("content-encoding", "gzip")])
    )
    assert client.responses.create(model=MODEL, input="Hi").id == "resp_1"


def test_an_error_body_that_lies_about_its_encoding_keeps_the_status(server: RawServer, client: C1) -> None:
    server.play(json_answer(b"not gzip", status=400, extra=[("content-encoding", "gzip")]))
    with pytest.raises(BadRequestError):
        client.responses.create(model=MODEL, input="Hi")


def test_a_stall_mid_stream_is_a_timeout_not_a_hang(server: RawServer) -> None:
    server.play([SSE_HEAD, chunk(chat_events(done=False)[:40]), Pause(30)])
    quick = httpx.Timeout(0.5, connect=5.0)
    with (
        C1(api_key="sk-test", base_url=server.base_url, max_retries=0, timeout=quick) as client,
        pytest.raises(APIStreamError, match="timed out"),
    ):
        chat_text(client)


# --- Pages whose cursor does not move ---


def _page(items: list[str], *, has_more: object, last_id: str | None) -> bytes:
    data = [{"type": "message", "id": item, "status": "completed", "role": "user", "content": []} for item in items]
    first = items[0] if items else None
    page = {"object": "list", "data": data, "has_more": has_more, "first_id": first, "last_id": last_id}
    return json.dumps(page).encode()


def test_a_cursor_that_does_not_advance_stops_the_walk(server: RawServer, client: C1) -> None:
    server.play(json_answer(_page(["msg_1"], has_more=True, last_id="msg_1")))
    with pytest.raises(APIResponseValidationError, match="cursor did not advance"):
        list(client.conversations.items.list("conv_1"))
    assert len(server.requests) == 2, "the first page, and the one whose cursor repeated"


async def test_async_a_cursor_that_does_not_advance_stops_the_walk(server: RawServer) -> None:
    server.play(json_answer(_page(["msg_1"], has_more=True, last_id="msg_1")))
    async with AsyncC1(api_key="sk-test", base_url=server.base_url, max_retries=0, timeout=TIMEOUT) as client:
        with pytest.raises(APIResponseValidationError, match="cursor did not advance"):
            [item async for item in client.conversations.items.list("conv_1")]


def test_has_more_that_is_not_a_boolean_is_no_next_page(server: RawServer, client: C1) -> None:
    server.play(json_answer(_page(["msg_1"], has_more="yes", last_id="msg_1")))
    try:
        items = list(client.conversations.items.list("conv_1"))
    except APIResponseValidationError:
        pass  # also within the contract: a page off the spec's shape
    else:
        assert [getattr(item, "id", None) for item in items] == ["msg_1"]
    assert len(server.requests) == 1


# --- The React helpers pass a finished answer on as finished ---


@pytest.mark.parametrize("after", ["closed without the last chunk", "reset"])
def test_react_shows_no_notice_after_a_finished_answer(server: RawServer, client: C1, after: str) -> None:
    server.play([SSE_HEAD, chunk(responses_events()), *AFTER_THE_END[after]])
    results: list[AnswerResult] = []
    body = iter_answer(
        lambda: client.responses.create(model=MODEL, input="Hi", stream=True), on_complete=results.append
    )
    shown = b"".join(body).decode()
    assert notice_in(shown) is None, shown
    assert shown == TEXT
    assert results and results[0].completed


# --- Events this SDK cannot type are left out, and handed out on request ---

UNKNOWN_EVENTS = sse({"type": "acme:trace_event", "sequence_number": 1, "span": {"id": "s1"}}) + sse(
    {
        "type": "response.output_item.added",
        "sequence_number": 2,
        "output_index": 1,
        "item": {"type": "compaction", "id": "cmp_1"},
    }
)


def _with_unknown_events() -> bytes:
    typed = responses_events()
    first_end = typed.index(b"\n\n") + 2
    return typed[:first_end] + UNKNOWN_EVENTS + typed[first_end:]


def test_events_of_unknown_types_are_left_out_of_the_stream(server: RawServer, client: C1) -> None:
    server.play([SSE_HEAD, chunk(_with_unknown_events()), LAST_CHUNK])
    with client.responses.create(model=MODEL, input="Hi", stream=True) as stream:
        types = [event.type for event in stream]
        assert stream.get_final_text() == TEXT
    assert "acme:trace_event" not in types
    assert "response.output_item.added" not in types
    assert types[0] == "response.created" and types[-1] == "response.completed"


def test_unknown_events_are_handed_out_whole_on_request(server: RawServer, client: C1) -> None:
    server.play([SSE_HEAD, chunk(_with_unknown_events()), LAST_CHUNK])
    with client.responses.create(model=MODEL, input="Hi", stream=True) as stream:
        events = list(stream.with_unknown_events())
    unknown = [event for event in events if isinstance(event, ResponseUnknownStreamEvent)]
    sent = [json.loads(part.removeprefix(b"data: ")) for part in UNKNOWN_EVENTS.split(b"\n\n")[:2]]
    assert [event.to_dict() for event in unknown] == sent
    assert events[0].type == "response.created" and events[-1].type == "response.completed"
