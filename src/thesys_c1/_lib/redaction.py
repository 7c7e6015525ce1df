"""Taking the API key out of text, parsed bodies, headers and exception chains.

A server (or a proxy) may echo the key anywhere: in a header, in an error
message, as a dict key of an error body, JSON- or percent-encoded. Everything
the client keeps or shows is put through these functions with the key of the
request it belongs to; the key's escaped spellings are matched as well.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Iterable, Mapping
from typing import Any

REDACTED = "<redacted>"

# Header names whose whole value is a credential, whatever it holds.
_SECRET_HEADER_NAME = re.compile(r"auth|api[-_]?key|token|secret|cookie|passw|session", re.IGNORECASE)
# How far an exception chain is followed; a chain is finite, but a cycle through
# __context__ is possible when code re-raises an earlier exception.
_MAX_CHAIN = 32


def _char_pattern(char: str) -> str:
    """Every spelling of one character of the key that an encoder may have produced.

    The character itself or its escapes (percent-encoding, possibly of a
    percent-encoding; JSON ``\\u00XX``; ``\\xXX``), behind any number of
    backslashes, which is what JSON and repr escaping, once or repeatedly, put
    before quotes, slashes and backslashes.
    """
    code = f"{ord(char):02x}"
    escapes = [re.escape(char), f"%(?:25)*{code}", f"\\\\u00{code}", f"\\\\x{code}"]
    return "\\\\*(?:" + "|".join(escapes) + ")"


class Secret:
    """The key, and a pattern that finds it in text in any of its escaped spellings."""

    __slots__ = ("_bytes_pattern", "_pattern")

    def __init__(self, secret: str) -> None:
        if not secret:
            self._pattern: re.Pattern[str] | None = None
            self._bytes_pattern: re.Pattern[bytes] | None = None
            return
        source = "".join(_char_pattern(char) for char in secret)
        self._pattern = re.compile(source, re.IGNORECASE)
        self._bytes_pattern = re.compile(source.encode("ascii", "backslashreplace"), re.IGNORECASE)

    def __bool__(self) -> bool:
        return self._pattern is not None

    def __repr__(self) -> str:
        return "Secret(<redacted>)"

    def __reduce__(self) -> Any:
        raise TypeError("a Secret is not pickled")

    def found_in(self, text: str) -> bool:
        return self._pattern is not None and self._pattern.search(text) is not None

    def scrub(self, text: str) -> str:
        return text if self._pattern is None else self._pattern.sub(REDACTED, text)

    def scrub_bytes(self, data: bytes) -> bytes:
        return data if self._bytes_pattern is None else self._bytes_pattern.sub(REDACTED.encode(), data)


def secret_forms(secret: str) -> Secret:
    """What finds ``secret`` as is and JSON-, repr- or percent-escaped (hex in either case)."""
    return Secret(secret)


def bearer_token(headers: Mapping[str, str] | None) -> str:
    """The token of an ``Authorization: Bearer ...`` header, or ""."""
    if headers is None:
        return ""
    scheme, _, token = headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def scrub_text(text: str, secret: Secret) -> str:
    return secret.scrub(text)


def holds_secret(text: str, secret: Secret) -> bool:
    return secret.found_in(text)


def scrub_value(value: Any, forms: Secret) -> Any:
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
    headers: Mapping[str, str] | Iterable[tuple[str, str]], forms: Secret | None = None
) -> dict[str, str]:
    """Headers fit to show: credential headers by name, and the key wherever else it appears."""
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    forms = forms or Secret("")
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


def safe_chain(error: BaseException | None, forms: Secret) -> BaseException | None:
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
