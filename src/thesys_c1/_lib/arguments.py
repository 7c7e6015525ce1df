"""Checks of client settings and call options, before anything is built or sent.

Each check names the parameter as the caller wrote it, says what is wrong and
what would do, and raises ``InvalidArgumentError`` (``InvalidArgumentTypeError``
for a wrong type). Without them a bad value fails deep inside httpx or h11
(often as a "connection error" that is retried), or is sent in a form the
caller did not mean (``Bearer b'...'``, a dict's repr in the query string).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .errors import InvalidArgumentError, InvalidArgumentTypeError

if TYPE_CHECKING:
    import httpx

# RFC 9110 token characters: what a header name may be made of.
_HEADER_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
# Printable ASCII, space and tab: what h11 sends as a header value (httpx encodes values as ASCII).
_HEADER_VALUE = re.compile(r"[\t\x20-\x7e]*")
_KEY = re.compile(r"[\x21-\x7e]+")


def _type_name(value: object) -> str:
    return type(value).__name__


def api_key(value: object) -> str:
    """The key as given, when it can go in an ``Authorization`` header as it is."""
    if not isinstance(value, str):
        raise InvalidArgumentTypeError(
            "api_key", f"must be a str, got {_type_name(value)} (decode bytes, or pass the key's text)"
        )
    if _KEY.fullmatch(value) is None:
        # Said without the key itself: this message ends up in logs.
        found = next(char for char in value if _KEY.fullmatch(char) is None)
        what = (
            "whitespace" if found.isspace() else "a control character" if found.isascii() else "a non-ASCII character"
        )
        raise InvalidArgumentError(
            "api_key",
            f"holds {what} ({found!a} at index {value.index(found)} of"
            f" {len(value)}); a key is printable ASCII with no spaces (strip a key read from a file)",
        )
    return value


def base_url(value: object) -> str:
    if not isinstance(value, str):
        raise InvalidArgumentTypeError(
            "base_url", f"must be a str such as 'https://api.thesys.dev/v1', got {_type_name(value)}"
        )
    if any(char.isspace() or not char.isprintable() for char in value):
        raise InvalidArgumentError("base_url", f"must not hold whitespace or control characters, got {value!r}")
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 -- urlsplit checks the port only when it is read
    except ValueError as error:
        raise InvalidArgumentError("base_url", f"is not a URL ({error}), got {value!r}") from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidArgumentError("base_url", f"must be an http:// or https:// URL with a host, got {value!r}")
    if parts.query or parts.fragment:
        raise InvalidArgumentError("base_url", f"must not have a query or fragment (paths are appended), got {value!r}")
    return value


def timeout(param: str, value: object) -> httpx.Timeout:
    """Seconds (a finite number >= 0), None for no limit, or an ``httpx.Timeout``."""
    import httpx

    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidArgumentTypeError(
            param, f"must be seconds (int or float), None or an httpx.Timeout, got {_type_name(value)} {value!r}"
        )
    if not math.isfinite(value) or value < 0:
        raise InvalidArgumentError(param, f"must be a finite number of seconds >= 0, got {value!r}")
    return httpx.Timeout(value)


def max_retries(param: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgumentTypeError(
            param, f"must be a whole number >= 0 (an int), got {_type_name(value)} {value!r}"
        )
    if value < 0:
        raise InvalidArgumentError(param, f"must be a whole number >= 0, got {value!r}")
    return value


def flag(param: str, value: object, *, optional: bool = False) -> bool | None:
    """A real bool: ``"yes"`` or ``1`` would otherwise be read as true."""
    if isinstance(value, bool) or (optional and value is None):
        return value
    allowed = "True, False or None" if optional else "True or False"
    raise InvalidArgumentTypeError(param, f"must be {allowed}, got {_type_name(value)} {value!r}")


def mapping(param: str, value: object) -> Mapping[Any, Any]:
    if not isinstance(value, Mapping):
        raise InvalidArgumentTypeError(param, f"must be a mapping (a dict), got {_type_name(value)}")
    return value


def headers(param: str, value: object) -> dict[str, str]:
    """Header names and values that h11 will send as they are."""
    checked: dict[str, str] = {}
    for name, item in mapping(param, value).items():
        if not isinstance(name, str):
            raise InvalidArgumentTypeError(param, f"header names must be str, got {_type_name(name)} {name!r}")
        where = f"{param}[{name!r}]"
        if _HEADER_NAME.fullmatch(name) is None:
            raise InvalidArgumentError(
                where, "is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only, no spaces or colons)"
            )
        if not isinstance(item, str):
            raise InvalidArgumentTypeError(where, f"must be a str, got {_type_name(item)}")
        if _HEADER_VALUE.fullmatch(item) is None:
            found = next(char for char in item if _HEADER_VALUE.fullmatch(char) is None)
            what = (
                "CR or LF (a line break)"
                if found in "\r\n"
                else "a control character"
                if found.isascii()
                else "a non-ASCII character"
            )
            raise InvalidArgumentError(
                where,
                f"holds {what} ({found!a} at index {item.index(found)});"
                " header values are printable ASCII, spaces and tabs",
            )
        checked[name] = item
    return checked


def _query_scalar(where: str, value: object) -> None:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidArgumentError(where, "holds a lone surrogate, which is not valid Unicode text") from None
        return
    if isinstance(value, float) and not math.isfinite(value):
        raise InvalidArgumentError(where, f"must be a finite number, got {value!r}")
    if not isinstance(value, (int, float)):  # bool is an int
        raise InvalidArgumentTypeError(
            where,
            f"must be a str, int, float or bool, or a list of them, got {_type_name(value)}"
            " (it would be sent as its repr)",
        )


def query(param: str | None, value: Mapping[str, Any]) -> None:
    """Query values httpx sends as the caller means them; ``param`` None names each by itself."""
    for name, item in value.items():
        if not isinstance(name, str):
            raise InvalidArgumentTypeError(param or "query", f"names must be str, got {_type_name(name)} {name!r}")
        where = name if param is None else f"{param}[{name!r}]"
        if isinstance(item, (list, tuple)):
            for index, element in enumerate(item):
                _query_scalar(f"{where}[{index}]", element)
        else:
            _query_scalar(where, item)
