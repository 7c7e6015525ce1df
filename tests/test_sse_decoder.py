"""The SSE decoder gives the same events however the bytes are split on the way."""

from __future__ import annotations

import pytest

from thesys_c1.lib.sse import ServerSentEvent, SSEDecoder

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
