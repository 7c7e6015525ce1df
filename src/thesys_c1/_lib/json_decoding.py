"""Decoding the JSON a server sent, with every way it can fail turned into one exception.

``json.loads`` fails with ``ValueError`` on bad text but with ``RecursionError``
on text nested a few thousand levels deep (``[[[[...``), which a hostile or
broken server can send as an answer, an error body or a stream event. Callers
catch ``NotJSON`` alone and turn it into the right typed error.

Streams decode one small document per event, so the per-call overhead of
``json.loads`` (type checks, a whitespace regex before and after) is a real
share of a chunk's cost; text is handed straight to the C scanner, and any
text it does not take whole goes through ``json.loads`` for its exact result
or error. With the ``speedups`` extra installed, ``orjson`` decodes first;
whatever it refuses (lone surrogates, ``NaN``, numbers beyond a double, a BOM,
nesting past its limit) is decoded by the standard library as without it, so
the outcome differs only where orjson documents it: an integer beyond 64 bits
arrives as a float.
"""

from __future__ import annotations

import json
import json.scanner
from collections.abc import Callable
from typing import Any

Decode = Callable[[str | bytes], Any]

_orjson_decode: Decode | None
# Bound in the else branch rather than by the import, so that a type checker
# without orjson installed (a host repository checking a vendored copy) sees one
# definition of the name, not two.
try:
    import orjson as _orjson
except ImportError:  # the speedups extra is optional
    _orjson_decode = None
else:
    _orjson_decode = _orjson.loads

__all__ = ["NotJSON", "decoder", "loads", "speedups_available", "use_speedups", "using_speedups"]


class NotJSON(ValueError):
    """The text is not JSON this SDK can decode."""


# The C scanner json.loads itself ends in (typeshed types its argument as the scanner class).
_scan: Callable[[str, int], tuple[Any, int]] = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[arg-type]
_WHITESPACE = " \t\n\r"


def _stdlib_loads(text: str | bytes) -> Any:
    try:
        return json.loads(text)
    except RecursionError:
        raise NotJSON("nested too deeply to decode") from None
    except ValueError as error:
        raise NotJSON(str(error)) from None


def _scanner_loads(text: str | bytes) -> Any:
    if type(text) is str:
        try:
            value, end = _scan(text, 0)
        except (StopIteration, ValueError, RecursionError):
            return _stdlib_loads(text)
        if end == len(text) or not text[end:].strip(_WHITESPACE):
            return value
    return _stdlib_loads(text)


def _make_orjson_loads(fast: Decode) -> Decode:
    def orjson_loads(text: str | bytes) -> Any:
        try:
            return fast(text)
        except ValueError:
            return _scanner_loads(text)

    return orjson_loads


_with_speedups: Decode = _make_orjson_loads(_orjson_decode) if _orjson_decode is not None else _scanner_loads
_loads: Decode = _with_speedups


def loads(text: str | bytes) -> Any:
    """The decoded value of ``text``; ``NotJSON`` when it is not JSON."""
    return _loads(text)


def decoder() -> Decode:
    """The function ``loads`` calls now: a stream takes it once rather than paying a call per event."""
    return _loads


def speedups_available() -> bool:
    """Whether ``orjson`` (the ``speedups`` extra) is installed."""
    return _orjson_decode is not None


def using_speedups() -> bool:
    return _loads is not _scanner_loads


def use_speedups(enabled: bool) -> None:
    """Decode with orjson (when installed) or with the standard library alone; for comparisons and tests."""
    global _loads
    _loads = _with_speedups if enabled else _scanner_loads
