"""Reading a request body as JSON, refusing what JSON allows but no C1 request can hold.

Two kinds of valid JSON would otherwise fail later, deep inside the server,
as a 500: nesting deeper than Python's recursion limit (the decoder, the rule
checks and the encoder all recurse), and ``\\ud800``-style escapes of lone
UTF-16 surrogates, which decode to strings that cannot be written back as
UTF-8. Both are refused here with a 400 that names where in the body they are.
"""

from __future__ import annotations

import json
from typing import Any

from .errors import ApiError

MAX_JSON_DEPTH = 128
"""The deepest nesting of arrays and objects a body may have; tool parameter schemas need far less."""


class NotJson(Exception):
    """The body is not JSON at all."""


def parse_body(body: bytes) -> Any:
    """The decoded body, or None when it is empty; NotJson when it is not JSON; ApiError for the refusals above."""
    if not body.strip():
        return None
    try:
        value = json.loads(body)
    except RecursionError:
        raise _too_deep("") from None
    except ValueError:
        raise NotJson from None
    _check(value)
    return value


def _top_level(where: str) -> str | None:
    # The full path of a too-deep value is as long as the nesting; the parameter it sits in says enough.
    if not where:
        return None
    return where.split(".", 1)[0].split("[", 1)[0] or None


def _too_deep(where: str) -> ApiError:
    param = _top_level(where)
    return ApiError(
        400,
        f"{param or 'request body'}: arrays and objects may nest at most {MAX_JSON_DEPTH} levels deep "
        "in a request body; this one nests deeper.",
        param=param,
        code="invalid_json",
    )


def _bad_text(where: str) -> ApiError:
    return ApiError(
        400,
        f"{where or 'request body'}: a string holds an unpaired UTF-16 surrogate escape (such as \\ud800), "
        "which is not a Unicode character; pair it or remove it.",
        param=where or None,
        code="invalid_json",
    )


def _is_text(value: str) -> bool:
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _child(where: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{where}[{key}]" if where else f"[{key}]"
    return f"{where}.{key}" if where else key


def _check(value: Any) -> None:
    # Iterative, so that checking depth cannot itself run out of stack.
    pending: list[tuple[Any, str, int]] = [(value, "", 0)]
    while pending:
        node, where, depth = pending.pop()
        if isinstance(node, str):
            if not _is_text(node):
                raise _bad_text(where)
            continue
        if not isinstance(node, dict | list):
            continue
        if depth >= MAX_JSON_DEPTH:
            raise _too_deep(where)
        if isinstance(node, dict):
            for key, child in node.items():
                if not _is_text(key):
                    # The key itself cannot be shown, so the error names the object holding it.
                    raise _bad_text(where)
                pending.append((child, _child(where, key), depth + 1))
        else:
            pending.extend((child, _child(where, index), depth + 1) for index, child in enumerate(node))
