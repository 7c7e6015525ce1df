"""How values inside a schema are shown and compared: the mark for an absent value, JSON text, leaf changes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any


class _NoneType:
    def __repr__(self) -> str:
        return "none"


_NONE: Any = _NoneType()


def _show(value: Any) -> str:
    # Never cut: two long values that differ late would print identically around the arrow.
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _leaf_changes(was: Any, now: Any, path: str = "") -> Iterator[tuple[str, Any, Any]]:
    """(path, old, new) of each entry or element that differs, ``_NONE`` standing for absent.

    Maps are compared key by key and lists of the same length element by
    element, so a reviewer reads the one cell that changed; a list that grew or
    shrank is compared as a set of values.
    """
    if isinstance(was, dict) and isinstance(now, dict):
        for key in [*was, *(k for k in now if k not in was)]:
            yield from _leaf_changes(was.get(key, _NONE), now.get(key, _NONE), f"{path}[{_show(key)}]")
    elif isinstance(was, list) and isinstance(now, list) and len(was) == len(now):
        for index, (one, other) in enumerate(zip(was, now, strict=True)):
            yield from _leaf_changes(one, other, f"{path}[{index}]")
    elif isinstance(was, list) and isinstance(now, list):
        old_items, new_items = {_show(v): v for v in was}, {_show(v): v for v in now}
        for text, value in new_items.items():
            if text not in old_items:
                yield path, _NONE, value
        for text, value in old_items.items():
            if text not in new_items:
                yield path, value, _NONE
    elif was != now:
        yield path, was, now
