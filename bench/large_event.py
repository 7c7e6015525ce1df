"""One large server-sent event arriving in small reads, for `make bench`: decoding must take time linear in its size.

A single ``data:`` line of 1, 2, 4 and 8 MiB is fed to the SSE decoder in
16 KiB reads and in one read; the time per MiB should stay the same as the
event grows (a decoder that rescans its buffer per read grows with the square).
"""

from __future__ import annotations

import time

from thesys_c1._lib.sse import SSEDecoder

READ = 16 * 1024
MIB = 1024 * 1024


def _decode(reads: list[bytes]) -> float:
    decoder = SSEDecoder()
    started = time.perf_counter()
    events = [event for read in reads for event in decoder.feed(read)]
    elapsed = time.perf_counter() - started
    if len(events) != 1:
        raise RuntimeError(f"expected one event, got {len(events)}")
    return elapsed


def measure(sizes: tuple[int, ...] = (1, 2, 4, 8), repeat: int = 3) -> list[tuple[int, float, float]]:
    """(MiB, seconds in 16 KiB reads, seconds in one read), best of ``repeat``."""
    rows = []
    for size in sizes:
        body = b"data: " + b"x" * (size * MIB) + b"\n\n"
        pieces = [body[start : start + READ] for start in range(0, len(body), READ)]
        small = min(_decode(pieces) for _ in range(repeat))
        whole = min(_decode([body]) for _ in range(repeat))
        rows.append((size, small, whole))
    return rows
