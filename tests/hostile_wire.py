"""Exact bytes of HTTP/1.1 answers and server-sent events, correct or deliberately not.

Framing names the one way the body is delimited (or misdelimited): ``length``
(a right Content-Length), ``short`` / ``long`` (a wrong one), ``eof`` (none: the
body ends at the close), ``chunked``, ``unterminated`` (chunked without the
last, empty chunk) and ``badchunk`` (a chunk size that is not hex).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from hostile_server import Pause

Framing = Literal["length", "short", "long", "eof", "chunked", "unterminated", "badchunk"]
Newline = Literal["\n", "\r", "\r\n", "mixed"]


def head(status: int, headers: Sequence[tuple[str, str]], reason: str = "Whatever") -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}"] + [f"{name}: {value}" for name, value in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


def split_at(data: bytes, cuts: Sequence[int]) -> list[bytes]:
    points = [0, *sorted({c for c in cuts if 0 < c < len(data)}), len(data)]
    return [data[a:b] for a, b in itertools.pairwise(points)]


def random_cuts(rng: random.Random, length: int, count: int) -> list[int]:
    return [rng.randrange(1, length) for _ in range(count)] if length > 1 else []


def framed(
    status: int,
    body: bytes,
    *,
    content_type: str = "application/json",
    framing: Framing = "length",
    headers: Sequence[tuple[str, str]] = (),
    pieces: Sequence[bytes] | None = None,
) -> list[bytes]:
    """The answer as a list of writes: the head, then the body (in ``pieces`` when given, one chunk each)."""
    fields = [("content-type", content_type), *headers]
    parts = list(pieces) if pieces is not None else [body]
    if framing in ("length", "short", "long"):
        size = {"length": len(body), "short": max(len(body) // 2, 0), "long": len(body) + 17}[framing]
        return [head(status, [*fields, ("content-length", str(size))]), *parts]
    if framing == "eof":
        return [head(status, [*fields, ("connection", "close")]), *parts]
    writes = [head(status, [*fields, ("transfer-encoding", "chunked")])]
    writes += [chunk(part) for part in parts if part]
    if framing == "chunked":
        writes.append(b"0\r\n\r\n")
    elif framing == "badchunk":
        writes.append(b"zz\r\nnot a chunk\r\n0\r\n\r\n")
    return writes


def drip(writes: Sequence[bytes], rng: random.Random, *, pieces: int, pause: float = 0.001) -> list[bytes | Pause]:
    """The same bytes, cut at random points into separate writes with a short pause between them."""
    data = b"".join(writes)
    out: list[bytes | Pause] = []
    for part in split_at(data, random_cuts(rng, len(data), pieces)):
        if out:
            out.append(Pause(pause))
        out.append(part)
    return out


@dataclass(frozen=True)
class Dialect:
    """One way of writing the same events that the SSE standard says must read the same."""

    newline: Newline = "\n"
    space: bool = True  # "data: x" or "data:x"
    comments: bool = False
    event_names: bool = False
    ids: bool = False  # `id:` and `retry:` fields
    multiline: bool = False  # the JSON over several `data:` lines
    bom: bool = False

    def label(self) -> str:
        flags = [name for name in ("comments", "event_names", "ids", "multiline", "bom") if getattr(self, name)]
        newline = {"\n": "lf", "\r": "cr", "\r\n": "crlf", "mixed": "mixed"}[self.newline]
        return "+".join([newline, "sp" if self.space else "nosp", *flags])


def random_dialect(rng: random.Random) -> Dialect:
    return Dialect(
        newline=rng.choice(["\n", "\r", "\r\n", "mixed"]),
        space=rng.random() < 0.5,
        comments=rng.random() < 0.4,
        event_names=rng.random() < 0.4,
        ids=rng.random() < 0.3,
        multiline=rng.random() < 0.3,
        bom=rng.random() < 0.2,
    )


def sse(events: Sequence[tuple[str | None, str]], dialect: Dialect, rng: random.Random) -> bytes:
    """Events (name, data) written in ``dialect``; data lines are split only where JSON allows a newline."""
    out: list[str] = ["\ufeff"] if dialect.bom else []

    def line(text: str) -> None:
        newline = rng.choice(["\n", "\r", "\r\n"]) if dialect.newline == "mixed" else dialect.newline
        if not text and out and out[-1].endswith("\r") and newline == "\n":
            # "\r" then "\n" is one line break, not an end of line and a blank line.
            newline = "\r"
        out.append(text + newline)

    colon = ": " if dialect.space else ":"
    for number, (name, data) in enumerate(events):
        if dialect.comments and rng.random() < 0.5:
            line(": keep-alive")
        if dialect.ids:
            line(f"id{colon}{number}")
            if number == 0:
                line(f"retry{colon}3000")
        if name is not None and dialect.event_names:
            line(f"event{colon}{name}")
        lines = _json_lines(data) if dialect.multiline else [data]
        for text in lines:
            line(f"data{colon}{text}")
        line("")
    return "".join(out).encode("utf-8")


def _json_lines(data: str) -> list[str]:
    # A newline is allowed after a comma that ends a member; never inside a string.
    if not data.startswith("{"):
        return [data]
    pieces: list[str] = []
    start, in_string, escaped = 0, False, False
    for index, char in enumerate(data):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char == ",":
            pieces.append(data[start : index + 1])
            start = index + 1
    pieces.append(data[start:])
    return pieces
