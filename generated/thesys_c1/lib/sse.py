"""A server-sent events decoder that works on bytes as they arrive.

Bytes are decoded to text once per network read (incrementally, so a UTF-8
character split between two reads is kept whole) and cut into events at blank
lines. The common event, a single ``data:`` line, takes a fast path: a stream
of ten thousand small chunks spends its time on JSON and models, not here.
Only what C1 sends matters: ``event:`` and ``data:`` fields, comments, and a
blank line ending each event; ``id:`` and ``retry:`` are ignored.
"""

from __future__ import annotations

import codecs
from typing import NamedTuple


class ServerSentEvent(NamedTuple):
    event: str | None
    data: str


class SSEDecoder:
    __slots__ = ("_buffer", "_text")

    def __init__(self) -> None:
        self._text = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._buffer = ""

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """The events completed by ``chunk``."""
        text = self._buffer + self._text.decode(chunk)
        if "\r" in text:
            # A "\r" at the very end may be half of a "\r\n" that the next read completes.
            keep_cr = text.endswith("\r")
            text = text[:-1] if keep_cr else text
            text = text.replace("\r\n", "\n").replace("\r", "\n") + ("\r" if keep_cr else "")
        blocks = text.split("\n\n")
        self._buffer = blocks.pop()
        events: list[ServerSentEvent] = []
        for block in blocks:
            if block.startswith("data: ") and "\n" not in block:
                events.append(ServerSentEvent(None, block[6:]))
            elif block:
                event = _parse_block(block)
                if event is not None:
                    events.append(event)
        return events

    @property
    def pending(self) -> bool:
        """Whether an event was started and not finished (the stream stopped mid-event)."""
        return bool(self._buffer.strip())


def _parse_block(block: str) -> ServerSentEvent | None:
    name: str | None = None
    data: list[str] = []
    for line in block.split("\n"):
        if line.startswith("data:"):
            value = line[5:]
            data.append(value[1:] if value.startswith(" ") else value)
        elif line.startswith("event:"):
            name = line[6:].strip()
    if not data:
        return None
    return ServerSentEvent(name, "\n".join(data))
