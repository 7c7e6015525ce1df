"""A server-sent events decoder that works on bytes as they arrive.

It follows the WHATWG event-stream rules: a leading UTF-8 byte order mark is
dropped, lines end with CR, LF or CRLF (a CR at the end of one read and an LF
at the start of the next are one line end), a line starting with ``:`` is a
comment, a field's value loses one leading space, and a blank line dispatches
the event when its data is not empty. ``id:`` and ``retry:`` are read and
ignored: C1 streams are never resumed.

The work is linear in the bytes received: a read is decoded once, split into
lines once, and a line that is still open at the end of a read is kept as a
list of pieces, so one 8 MiB event arriving in 16 KiB reads costs no more than
the same event in one read. The common line, ``data: <json>``, takes the
first branch of the loop.
"""

from __future__ import annotations

import codecs
from typing import NamedTuple

_BOM = "\ufeff"
_new_event = tuple.__new__


class ServerSentEvent(NamedTuple):
    event: str | None
    data: str


class SSEDecoder:
    __slots__ = ("_after_cr", "_data", "_event", "_open_line", "_started", "_text")

    def __init__(self) -> None:
        self._text = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._started = False
        self._after_cr = False
        # The line still being received, in pieces (joined once it ends).
        self._open_line: list[str] = []
        self._data: list[str] = []
        self._event: str | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """The events completed by ``chunk``."""
        text = self._text.decode(chunk)
        if not text:
            return []
        if not self._started:
            self._started = True
            if text.startswith(_BOM):
                text = text[1:]
        if self._after_cr:
            self._after_cr = False
            if text.startswith("\n"):
                text = text[1:]
        if "\r" in text:
            # A CR ends a line at once; an LF right after it, in this read or the next, belongs to it.
            self._after_cr = text.endswith("\r")
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        lines = text.split("\n")
        last = lines.pop()
        if self._open_line:
            if not lines:
                self._open_line.append(last)
                return []
            self._open_line.append(lines[0])
            lines[0] = "".join(self._open_line)
            self._open_line = []
        if last:
            self._open_line.append(last)
        return self._lines(lines) if lines else []

    def _lines(self, lines: list[str]) -> list[ServerSentEvent]:
        events: list[ServerSentEvent] = []
        data = self._data
        add = data.append
        # The event name in a local for the loop, stored back once: a stream sends one per event.
        event = self._event
        for line in lines:
            if line[:6] == "data: ":
                add(line[6:])
            elif not line:
                if data:
                    # tuple.__new__ skips the Python-level __new__ a NamedTuple call runs, once per event.
                    events.append(_new_event(ServerSentEvent, (event, data[0] if len(data) == 1 else "\n".join(data))))
                    data.clear()
                event = None
            elif line[:7] == "event: ":
                event = line[7:]
            elif line[0] != ":":
                name, colon, value = line.partition(":")
                if colon and value.startswith(" "):
                    value = value[1:]
                if name == "data":
                    add(value)
                elif name == "event":
                    event = value
        self._event = event
        return events

    @property
    def pending(self) -> bool:
        """Whether an event was started and not finished (the stream stopped mid-event)."""
        return bool(self._data) or any(piece.strip() for piece in self._open_line)
