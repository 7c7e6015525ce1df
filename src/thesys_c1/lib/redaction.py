"""Taking the API key out of text, parsed bodies, headers and exception chains.

A server (or a proxy) may echo the key anywhere: in a header, in an error
message, as a dict key of an error body, JSON- or percent-encoded. Everything
the client keeps or shows is put through these functions with the key of the
request it belongs to; the key's escaped spellings are matched as well.
"""

from __future__ import annotations

import json
import re
import traceback
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, quote_plus

REDACTED = "<redacted>"

# Header names whose whole value is a credential, whatever it holds.
_SECRET_HEADER_NAME = re.compile(r"auth|api[-_]?key|token|secret|cookie|passw|session", re.IGNORECASE)
_PERCENT_ESCAPE = re.compile(r"%[0-9A-F]{2}")
# How far an exception chain is followed; a chain is finite, but a cycle through
# __context__ is possible when code re-raises an earlier exception.
_MAX_CHAIN = 32


def secret_forms(secret: str) -> tuple[str, ...]:
    """The spellings of ``secret`` to remove: as is, JSON-, repr- and percent-escaped (both hex cases)."""
    if not secret:
        return ()
    forms = {
        secret,
        json.dumps(secret)[1:-1],
        repr(secret)[1:-1],
        quote(secret, safe=""),
        quote(secret),
        quote_plus(secret),
    }
    forms |= {_PERCENT_ESCAPE.sub(lambda m: m.group().lower(), form) for form in list(forms)}
    # Longest first, so that a form containing another is replaced whole.
    return tuple(sorted(forms, key=len, reverse=True))


def bearer_token(headers: Mapping[str, str] | None) -> str:
    """The token of an ``Authorization: Bearer ...`` header, or ""."""
    if headers is None:
        return ""
    scheme, _, token = headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def scrub_text(text: str, forms: tuple[str, ...]) -> str:
    for form in forms:
        if form in text:
            text = text.replace(form, REDACTED)
    return text


def holds_secret(text: str, forms: tuple[str, ...]) -> bool:
    return any(form in text for form in forms)


def scrub_value(value: Any, forms: tuple[str, ...]) -> Any:
    """A copy of a parsed JSON value with the key out of every string, dict keys included.

    Iterative, so a body nested deeper than the recursion limit is scrubbed too;
    shared or cyclic containers stay shared or cyclic in the copy.
    """
    if not forms:
        return value
    if isinstance(value, str):
        return scrub_text(value, forms)
    if not isinstance(value, (dict, list, tuple)):
        return value
    holder: list[Any] = [None]
    copies: dict[int, Any] = {}
    stack: list[tuple[Any, Any, Any]] = [(holder, 0, value)]
    while stack:
        parent, slot, item = stack.pop()
        if isinstance(item, str):
            parent[slot] = scrub_text(item, forms)
        elif isinstance(item, (dict, list, tuple)) and id(item) in copies:
            parent[slot] = copies[id(item)]
        elif isinstance(item, dict):
            new_dict: dict[Any, Any] = {}
            parent[slot] = copies[id(item)] = new_dict
            for key, child in item.items():
                new_key = scrub_text(key, forms) if isinstance(key, str) else key
                new_dict[new_key] = None
                stack.append((new_dict, new_key, child))
        elif isinstance(item, (list, tuple)):
            new_list: list[Any] = [None] * len(item)
            parent[slot] = copies[id(item)] = new_list
            stack.extend((new_list, index, child) for index, child in enumerate(item))
        else:
            parent[slot] = item
    return holder[0]


def is_secret_header(name: str) -> bool:
    return _SECRET_HEADER_NAME.search(name) is not None


def redact_headers(
    headers: Mapping[str, str] | Iterable[tuple[str, str]], forms: tuple[str, ...] = ()
) -> dict[str, str]:
    """Headers fit to show: credential headers by name, and the key wherever else it appears."""
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    return {
        scrub_text(name, forms): REDACTED if is_secret_header(name) else scrub_text(value, forms)
        for name, value in pairs
    }


class RedactedCause(Exception):
    """Stands in, in an exception chain, for an exception whose text held the API key.

    Its message is the original's type and text with the key replaced; its
    traceback is the original's (frames and lines, no values).
    """


def _links(error: BaseException) -> list[BaseException]:
    """The chain as ``traceback`` prints it, newest first."""
    links: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and len(links) < _MAX_CHAIN and all(current is not seen for seen in links):
        links.append(current)
        if current.__cause__ is not None:
            current = current.__cause__
        elif current.__suppress_context__:
            current = None
        else:
            current = current.__context__
    return links


def safe_chain(error: BaseException | None, forms: tuple[str, ...]) -> BaseException | None:
    """``error`` when its printed chain does not hold the key; else a ``RedactedCause`` chain in its place."""
    if error is None or not forms:
        return error
    links = _links(error)
    printed = "".join(traceback.format_exception(error))
    if not holds_secret(printed, forms):
        return error
    stand_ins: list[BaseException] = []
    for link in links:
        text = "".join(traceback.format_exception_only(type(link), link)).strip()
        stand_in = RedactedCause(scrub_text(text, forms)).with_traceback(link.__traceback__)
        if stand_ins:
            stand_ins[-1].__cause__ = stand_in
        stand_ins.append(stand_in)
    return stand_ins[0]
