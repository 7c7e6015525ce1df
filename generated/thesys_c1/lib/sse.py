"""A server-sent events decoder that works on bytes as they arrive.

It keeps ``data`` as bytes (``json.loads`` takes bytes, so a stream of many
small events is never decoded twice) and knows only what C1 sends: ``event:``
and ``data:`` fields, comments, and a blank line ending each event.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ServerSentEvent:
    event: str | None
    data: bytes


class SSEDecoder:
    __slots__ = ("_buffer", "_data", "_event")

    def __init__(self) -> None:
        self._buffer = b""
        self._event: str | None = None
        self._data: list[bytes] = []

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """The events completed by ``chunk``."""
        buffer = self._buffer + chunk if self._buffer else chunk
        lines = buffer.split(b"\n")
        self._buffer = lines.pop()
        events: list[ServerSentEvent] = []
        for line in lines:
            if line.endswith(b"\r"):
                line = line[:-1]
            if not line:
                if self._data:
                    data = self._data[0] if len(self._data) == 1 else b"\n".join(self._data)
                    events.append(ServerSentEvent(self._event, data))
                self._event = None
                self._data = []
            elif line.startswith(b"data:"):
                value = line[5:]
                self._data.append(value[1:] if value.startswith(b" ") else value)
            elif line.startswith(b"event:"):
                self._event = line[6:].strip().decode("utf-8", "replace")
            # Comments (":"), "id:" and "retry:" carry nothing C1 clients use.
        return events

    @property
    def pending(self) -> bool:
        """Whether an event was started and not finished (the stream stopped mid-event)."""
        return bool(self._buffer.strip() or self._data)
