"""Escaping of text inside a C1 answer's tags, as the React SDK writes and reads it.

The React SDK escapes ``& < > " '`` when it writes a tag's text and decodes
XML entities (the five named ones and numeric references) when it reads one.
HTML's named entities such as ``&nbsp;`` are not decoded there, so they are
not decoded here either: a payload reads the same on both sides.
"""

from __future__ import annotations

import re

_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}
_TO_ESCAPE = re.compile("[&<>\"']")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
# The longest entity worth waiting for when a stream stops in the middle of
# one: "&#x10FFFF;" has ten characters.
MAX_ENTITY_LENGTH = 10
_ENTITY = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,4});")


def escape(text: str) -> str:
    """Escape ``text`` for the inside of a C1 answer tag."""
    return _TO_ESCAPE.sub(lambda match: _ESCAPES[match.group()], text)


def decode_entity(name: str) -> str | None:
    """The character an entity body (``amp``, ``#39``, ``#x27``) stands for, or None when it is not one."""
    if name.startswith(("#x", "#X")):
        code = int(name[2:], 16)
    elif name.startswith("#"):
        code = int(name[1:])
    else:
        return _NAMED.get(name)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    return chr(code)


def unescape(text: str) -> str:
    """Decode the entities in a tag's text; anything that is not an entity stays as it is."""
    if "&" not in text:
        return text

    def replace(match: re.Match[str]) -> str:
        decoded = decode_entity(match.group(1))
        return match.group() if decoded is None else decoded

    return _ENTITY.sub(replace, text)
