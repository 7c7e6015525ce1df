"""The SSE decoder gives the same events however the bytes are split on the way."""

from __future__ import annotations

import pytest

from thesys_c1._lib.sse import ServerSentEvent, SSEDecoder

STREAM = (
    b": a comment the server sends to keep the connection open\n\n"
    b'event: response.created\ndata: {"type":"response.created"}\n\n'
    b'data: {"a":\ndata: 1}\n\n'
    b"event: response.output_text.delta\r\ndata:no-space\r\n\r\n"
    b"id: 7\nretry: 10\ndata: [DONE]\n\n"
)
EXPECTED = [
    ServerSentEvent("response.created", '{"type":"response.created"}'),
    ServerSentEvent(None, '{"a":\n1}'),
    ServerSentEvent("response.output_text.delta", "no-space"),
    ServerSentEvent(None, "[DONE]"),
]


def _decode(pieces: list[bytes]) -> tuple[list[ServerSentEvent], bool]:
    decoder = SSEDecoder()
    events = [event for piece in pieces for event in decoder.feed(piece)]
    return events, decoder.pending


def test_whole_stream_at_once() -> None:
    assert _decode([STREAM]) == (EXPECTED, False)


@pytest.mark.parametrize("size", [1, 2, 3, 7, 16])
def test_any_split_gives_the_same_events(size: int) -> None:
    pieces = [STREAM[i : i + size] for i in range(0, len(STREAM), size)]
    assert _decode(pieces) == (EXPECTED, False)


def test_a_character_split_between_reads_is_kept_whole() -> None:
    encoded = 'data: {"text":"Gr\u00fc\u00dfe \u2014 \U0001f30d"}\n\n'.encode()
    pieces = [encoded[i : i + 1] for i in range(len(encoded))]
    events, _ = _decode(pieces)
    assert events == [ServerSentEvent(None, '{"text":"Gr\u00fc\u00dfe \u2014 \U0001f30d"}')]


def test_an_event_cut_before_its_blank_line_is_pending_not_delivered() -> None:
    events, pending = _decode([b'data: {"complete":1}\n\ndata: {"cut'])
    assert events == [ServerSentEvent(None, '{"complete":1}')]
    assert pending


def test_a_byte_order_mark_before_the_first_line_is_dropped() -> None:
    events, pending = _decode([b"\xef\xbb\xbfdata: first\n\ndata: second\n\n"])
    assert events == [ServerSentEvent(None, "first"), ServerSentEvent(None, "second")]
    assert not pending


def test_a_byte_order_mark_split_across_reads_is_dropped_too() -> None:
    events, _ = _decode([b"\xef", b"\xbb", b"\xbfdata: first\n\n"])
    assert events == [ServerSentEvent(None, "first")]


def test_cr_alone_ends_lines_and_the_last_event_needs_no_more_bytes() -> None:
    events, pending = _decode([b"data: a\r\rdata: b\r\r"])
    assert events == [ServerSentEvent(None, "a"), ServerSentEvent(None, "b")]
    assert not pending


def test_a_crlf_split_between_reads_is_one_line_end() -> None:
    # Read as two line ends, the CR and the LF would make a blank line and dispatch "a" with "b" lost.
    events, _ = _decode([b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n"])
    assert events == [ServerSentEvent(None, "a\nb")]


def test_field_forms_follow_the_event_stream_rules() -> None:
    stream = b"data\ndata:x\ndata:  two spaces\nevent:  spaced\nunknown: field\n:comment\n\n"
    events, _ = _decode([stream])
    assert events == [ServerSentEvent(" spaced", "\nx\n two spaces")]


def test_a_blank_line_without_data_dispatches_nothing_and_forgets_the_event_name() -> None:
    events, _ = _decode([b"event: lonely\n\ndata: x\n\n"])
    assert events == [ServerSentEvent(None, "x")]


def test_one_large_event_in_small_reads_arrives_whole() -> None:
    payload = "y" * 1_000_000
    encoded = f"data: {payload}\n\n".encode()
    events, pending = _decode([encoded[i : i + 16384] for i in range(0, len(encoded), 16384)])
    assert events == [ServerSentEvent(None, payload)]
    assert not pending
