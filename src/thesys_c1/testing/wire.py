"""JSON for the wire, with answer text that is produced only when it is written.

A stored answer keeps a ``LazyText`` instead of its text, so the store stays
small however long an answer is; the text is produced again (answers are
deterministic) when something is serialised.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from json.encoder import encode_basestring
from typing import Any


class LazyText:
    """A string that is produced piece by piece each time it is needed."""

    __slots__ = ("_pieces",)

    def __init__(self, pieces: Callable[[], Iterable[str]]) -> None:
        self._pieces = pieces

    def pieces(self) -> Iterable[str]:
        return self._pieces()

    def __str__(self) -> str:
        return "".join(self._pieces())

    # It never changes, so copies may share it (a deep copy would copy the whole answer).
    def __copy__(self) -> LazyText:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> LazyText:
        return self


def _materialise(value: object) -> str:
    if isinstance(value, LazyText):
        return str(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=_materialise)


def to_bytes(value: Any) -> bytes:
    return dumps(value).encode("utf-8")


_ESCAPE_BATCH_CHARS = 8192
TEXT_HOLE = "\u0000c1-text-hole\u0000"
_ENCODED_HOLE = json.dumps(TEXT_HOLE, ensure_ascii=False)[1:-1]


def dumps_with_text(value: Any, text: LazyText) -> Iterator[str]:
    """Write ``value`` as JSON, with every string equal to TEXT_HOLE replaced by ``text``.

    JSON escapes character by character, so the escaped pieces put together are
    the escaped whole: a long answer is written without ever being held whole.
    """
    encoded = dumps(value)
    parts = encoded.split(_ENCODED_HOLE)
    yield parts[0]
    for tail in parts[1:]:
        # Escaping a few kilobytes at a time costs far less than one call per tiny piece.
        batch: list[str] = []
        size = 0
        for piece in text.pieces():
            batch.append(piece)
            size += len(piece)
            if size >= _ESCAPE_BATCH_CHARS:
                yield escape_json_string("".join(batch))
                batch.clear()
                size = 0
        yield escape_json_string("".join(batch))
        yield tail


def escape_json_string(text: str) -> str:
    """``text`` as it appears between the quotes of a JSON string (as ``dumps`` writes it)."""
    return encode_basestring(text)[1:-1]


NUMBER_HOLE = "\u0000c1-number-hole\u0000"
_ENCODED_NUMBER_HOLE = json.dumps(NUMBER_HOLE)


class Template:
    """JSON with one number (NUMBER_HOLE) and one string (TEXT_HOLE) left open, in that order.

    Streams write thousands of events that differ only in a sequence number and
    a short text; encoding the rest once keeps each event cheap.
    """

    __slots__ = ("_after_number", "_after_text", "_before_number")

    def __init__(self, value: Any) -> None:
        encoded = dumps(value)
        self._before_number, rest = encoded.split(_ENCODED_NUMBER_HOLE)
        self._after_number, self._after_text = rest.split(_ENCODED_HOLE)

    def render(self, number: int, text: str) -> str:
        return self._before_number + str(number) + self._after_number + escape_json_string(text) + self._after_text
