"""The request body as JSON bytes, with every value that JSON cannot carry named by its path.

Bodies come from callers as dicts, lists, tuples, generated models and
``ThesysMetadata``; ``plain_json`` turns them into plain JSON values without
recursion (a structure that contains itself, or is nested deeper than
``MAX_DEPTH``, is refused by name instead of ending in ``RecursionError``),
so the rule checks and the encoder after it only ever see finite, shallow trees.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from .errors import InvalidArgumentError, InvalidArgumentTypeError

# Far beyond any real body (tool schemas nest a few tens of levels), and well
# inside what the rule checks and the C encoder handle with Python's default
# recursion limit.
MAX_DEPTH = 128
_SHOWN_PATH = 120
_EXPECTED = "str, int, float, bool, None, a list or a dict"


def _key_path(path: str, key: str) -> str:
    if key.isidentifier():
        return f"{path}.{key}" if path else key
    return f"{path}[{key!r}]"


def _shorten(path: str) -> str:
    return path if len(path) <= _SHOWN_PATH else path[:_SHOWN_PATH] + "..."


class _Exit:
    """Marks, on the work stack, the end of a container's children."""

    __slots__ = ("container",)

    def __init__(self, container: object) -> None:
        self.container = container


def plain_json(value: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of ``value`` made of dicts, lists and scalars only, or an error naming the bad path."""
    holder: list[Any] = [None]
    on_path: set[int] = set()
    stack: list[Any] = [(holder, 0, value, "", 0)]
    while stack:
        frame = stack.pop()
        if isinstance(frame, _Exit):
            on_path.discard(id(frame.container))
            continue
        parent, slot, item, path, depth = frame
        if item is None or isinstance(item, (str, bool, int)):
            parent[slot] = item
            continue
        if isinstance(item, float):
            if not math.isfinite(item):
                raise InvalidArgumentError(path, f"must be a finite number, got {item!r} (JSON has no NaN or Infinity)")
            parent[slot] = item
            continue
        if isinstance(item, (bytes, bytearray, memoryview)):
            raise InvalidArgumentTypeError(
                path, f"must be one of {_EXPECTED}, got {type(item).__name__} (decode it first)"
            )
        if not isinstance(item, (dict, list, tuple, Mapping)):
            to_dict = getattr(item, "to_dict", None)
            if not callable(to_dict):
                raise InvalidArgumentTypeError(path, f"must be one of {_EXPECTED}, got {type(item).__name__}")
            item = to_dict()
            if not isinstance(item, Mapping):
                raise InvalidArgumentTypeError(path, f"to_dict() of a {type(frame[2]).__name__} did not give a dict")
        if id(item) in on_path:
            raise InvalidArgumentError(path, "contains itself: a recursive structure cannot be sent as JSON")
        if depth >= MAX_DEPTH:
            raise InvalidArgumentError(_shorten(path), f"is nested more than {MAX_DEPTH} levels deep")
        on_path.add(id(item))
        # Holding the container keeps its id from being reused while it is on the path.
        stack.append(_Exit(item))
        if isinstance(item, (list, tuple)):
            new_list: list[Any] = [None] * len(item)
            parent[slot] = new_list
            for index in range(len(item) - 1, -1, -1):
                stack.append((new_list, index, item[index], f"{path}[{index}]", depth + 1))
            continue
        new_dict: dict[str, Any] = {}
        parent[slot] = new_dict
        children: list[Any] = []
        for key, child in item.items():
            if not isinstance(key, str):
                raise InvalidArgumentTypeError(
                    path or "body", f"has a key {key!r} of type {type(key).__name__}; JSON object keys must be str"
                )
            new_dict[key] = None
            children.append((new_dict, key, child, _key_path(path, key), depth + 1))
        stack.extend(reversed(children))
    result: dict[str, Any] = holder[0]
    return result


def encode(body: dict[str, Any]) -> bytes:
    """UTF-8 JSON of a ``plain_json`` tree; a string that is not valid Unicode is named by its path."""
    text = json.dumps(body, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise _surrogate_error(body) from None


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _surrogate_error(body: dict[str, Any]) -> InvalidArgumentError:
    stack: list[tuple[Any, str]] = [(body, "")]
    while stack:
        item, path = stack.pop()
        if isinstance(item, str) and not _is_unicode(item):
            return _lone_surrogate(path, item)
        if isinstance(item, dict):
            for key, child in item.items():
                if not _is_unicode(key):
                    return _lone_surrogate(path or "body", key, in_key=True)
                stack.append((child, _key_path(path, key)))
        elif isinstance(item, list):
            stack.extend((child, f"{path}[{index}]") for index, child in enumerate(item))
    return InvalidArgumentError("body", "holds text that is not valid Unicode")


def _lone_surrogate(path: str, text: str, *, in_key: bool = False) -> InvalidArgumentError:
    index = next(i for i, char in enumerate(text) if "\ud800" <= char <= "\udfff")
    where = "a key" if in_key else "text"
    return InvalidArgumentError(
        path,
        f"{where} holds a lone surrogate ({text[index]!r} at index {index}), which is not valid Unicode"
        " and cannot be sent as UTF-8 (was it decoded with errors='surrogateescape'?)",
    )
