"""Server-sent events: framing, lazy writing with back-pressure, and the stream faults.

Events are produced one at a time by the API modules and written in batches
of about FLUSH_CHARS; a batch is handed to the server (which waits while the
client is slow to read) before the next is made. Nothing holds a whole stream,
so memory stays flat however many events a stream has.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .wire import LazyText, dumps, dumps_with_text

FLUSH_CHARS = 16 * 1024
DONE = "data: [DONE]\n\n"
GARBAGE = 'data: {"choices": [{"delta": not json at all\n\n'

Frame = Iterable[str]
"""One event, as pieces of its text."""


class StreamCut(Exception):
    """Raised on purpose to drop the connection mid-answer (the ``cut-after`` fault)."""


@dataclass(frozen=True)
class StreamFaults:
    cut_after: int | None = None
    malformed: bool = False
    error_after: int | None = None


STREAM_ERROR_MESSAGE = "The local C1 server failed part-way through the answer, as the error-after fault asked."


def data_frame(value: Any) -> Frame:
    return ("data: ", dumps(value), "\n\n")


def event_frame(value: dict[str, Any], text: LazyText | None = None) -> Frame:
    """``event: <type>`` then the data; TEXT_HOLE strings in ``value`` become ``text``, written lazily."""
    data: Iterable[str] = (dumps(value),) if text is None else dumps_with_text(value, text)
    return _chain(f"event: {value['type']}\ndata: ", data, "\n\n")


def _chain(head: str, middle: Iterable[str], tail: str) -> Iterator[str]:
    yield head
    yield from middle
    yield tail


async def sse_body(
    frames: Iterator[Frame], faults: StreamFaults, error_frame: Callable[[int], Frame] | None = None
) -> AsyncIterator[bytes]:
    """The stream's bytes; ``error_frame(n)`` is the API's mid-stream error after n events (``error-after``)."""
    buffer: list[str] = []
    size = 0
    sent = 0

    def flush() -> bytes:
        nonlocal size
        chunk = "".join(buffer).encode("utf-8")
        buffer.clear()
        size = 0
        return chunk

    for frame in frames:
        if faults.cut_after is not None and sent >= faults.cut_after:
            break
        if faults.error_after is not None and error_frame is not None and sent >= faults.error_after:
            buffer.extend(error_frame(sent))
            break
        for piece in frame:
            buffer.append(piece)
            size += len(piece)
            if size >= FLUSH_CHARS:
                yield flush()
                # Let other connections run between batches of a long stream.
                await asyncio.sleep(0)
        sent += 1
        if faults.malformed and sent == 1:
            buffer.append(GARBAGE)
    if faults.cut_after is not None:
        if buffer:
            yield flush()
        raise StreamCut(f"cut after {sent} event(s) as the fault asked")
    buffer.append(DONE)
    yield flush()
