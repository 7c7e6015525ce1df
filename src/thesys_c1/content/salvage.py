"""Keeping what can be shown of a version-1 content block that stopped part-way.

A stream can fail in the middle of the JSON component tree. The React client
only ever shows the last ``<content>`` block of an answer, so the way to add
anything after a cut is a new block that repeats what was good. This module
finds that: the root ``Card`` with the children that arrived whole.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

_CHILDREN_PATH = ("component", "props", "children")


@dataclass
class _Frame:
    kind: str  # "{" or "["
    key: str | None = None
    expect_key: bool = field(default=False)


def _root_card(tree: Any) -> dict[str, Any] | None:
    if not isinstance(tree, dict):
        return None
    root = tree.get("component")
    if not isinstance(root, dict) or root.get("component") != "Card":
        return None
    props = root.get("props")
    if not isinstance(props, dict) or not isinstance(props.get("children"), list):
        return None
    return root


def _end_of_string(text: str, start: int) -> int:
    """The index after the string starting with the quote at ``start``; -1 when it does not end."""
    position = start + 1
    while position < len(text):
        character = text[position]
        if character == "\\":
            position += 2
            continue
        if character == '"':
            return position + 1
        position += 1
    return -1


def _last_whole_child_end(payload: str) -> int:
    """Where the last whole child of the root card's children ends (or the list opens); -1 if never reached."""
    stack: list[_Frame] = []
    cut = -1
    position = 0
    while position < len(payload):
        character = payload[position]
        if character == '"':
            end = _end_of_string(payload, position)
            if end == -1:
                break
            top = stack[-1] if stack else None
            if top is not None and top.kind == "{" and top.expect_key:
                top.key = json.loads(payload[position:end])
                top.expect_key = False
            position = end
            continue
        if character in "{[":
            stack.append(_Frame(character, expect_key=character == "{"))
            if _at_children(stack):
                cut = position + 1
        elif character in "}]":
            if not stack:
                break
            stack.pop()
            if len(stack) == 4 and _at_children(stack):
                cut = position + 1
        elif character == "," and stack and stack[-1].kind == "{":
            stack[-1].expect_key = True
        position += 1
    return cut


def _at_children(stack: list[_Frame]) -> bool:
    return (
        len(stack) == 4
        and stack[3].kind == "["
        and all(frame.kind == "{" for frame in stack[:3])
        and tuple(frame.key for frame in stack[:3]) == _CHILDREN_PATH
    )


def salvage_card(payload: str) -> dict[str, Any] | None:
    """The root ``Card`` of a version-1 payload, whole or cut, keeping only the children that arrived whole.

    Returns the component mapping (``{"component": "Card", "props": {...}}``)
    or None when the payload never got as far as the card's children.
    """
    try:
        whole = _root_card(json.loads(payload))
    except ValueError:
        whole = None
    if whole is not None:
        return whole
    cut = _last_whole_child_end(payload)
    if cut == -1:
        return None
    try:
        return _root_card(json.loads(payload[:cut].rstrip().rstrip(",") + "]}}}"))
    except ValueError:
        return None
