"""Failures on demand, so that a client's retries, timeouts and stream handling can be tested.

Nothing here is active unless asked for, in one of two ways:

* per request, with the header ``x-c1-test-fault``: semicolon-separated
  ``name=value`` settings, e.g. ``status=429; retry-after=1; times=2; id=t1``;
* from Python, with ``LocalC1.add_fault(Fault(...))``: a plan consulted for
  every request that carries no fault header.

Settings (header name / ``Fault`` field):

``status`` / ``status``
    Answer with this HTTP status (400-599) and an OpenAI-shaped error body.
``retry-after`` / ``retry_after``, ``retry-after-ms`` / ``retry_after_ms``
    Send these response headers (seconds / milliseconds) with the answer.
``times`` / ``times``
    Only the first n matching requests get the fault; later ones pass normally.
    For the header, requests are counted per ``id`` (or, without an id, per
    identical header value), so a client that resends the same headers on a
    retry sees "fail n times, then succeed". Without ``times`` every request
    carrying the header gets the fault; a planned fault without ``times``
    stays until the plan is cleared.
``id`` / ``id``
    The token that ``times`` counts by.
``delay`` / ``delay``
    Wait this many seconds before answering.
``cut-after`` / ``cut_after``
    Drop the connection abruptly. A stream sends its first n events and then
    stops with no terminator (no ``[DONE]``, no completion event), and is cut
    before the terminator at the latest; a JSON answer sends its headers and
    the first n bytes of its body.
``malformed`` / ``malformed``
    Answer 200 with a body that is not JSON; a stream sends one garbage
    ``data:`` line after its first event.
``error-after`` / ``error_after``
    For a streaming request: send the first n events, then the API's own
    mid-stream error (Chat: a ``data:`` line holding ``{"error": {...}}``;
    Responses: an ``error`` event) and the terminator, as a server that fails
    part-way through an answer does.
``path`` (Python only)
    Limit a planned fault to request paths matching this shell-style pattern,
    e.g. ``/v1/embed/*`` or ``/v1/conversations/*/items``.
"""

from __future__ import annotations

import fnmatch
import math
import threading
from dataclasses import dataclass, fields
from typing import Any

FAULT_HEADER = "x-c1-test-fault"


class FaultError(ValueError):
    """A fault description that cannot be followed; the message says which setting is wrong."""


@dataclass(frozen=True)
class Fault:
    """One failure to inject; see the module documentation for each field."""

    status: int | None = None
    retry_after: float | None = None
    retry_after_ms: int | None = None
    times: int | None = None
    id: str | None = None
    delay: float | None = None
    cut_after: int | None = None
    malformed: bool = False
    error_after: int | None = None
    path: str | None = None

    def __post_init__(self) -> None:
        if self.status is not None and not 400 <= self.status <= 599:
            raise FaultError(f"status must be an error status from 400 to 599, got {self.status}")
        for name in ("retry_after", "delay"):
            value = getattr(self, name)
            if value is not None and (not math.isfinite(value) or value < 0):
                raise FaultError(f"{name} must be a number of seconds, 0 or more, got {value}")
        for name, least in (("retry_after_ms", 0), ("cut_after", 0), ("error_after", 0), ("times", 1)):
            value = getattr(self, name)
            if value is not None and value < least:
                raise FaultError(f"{name} must be {least} or more, got {value}")
        effects = (self.status, self.retry_after, self.retry_after_ms, self.delay, self.cut_after, self.error_after)
        if all(value is None for value in effects) and not self.malformed:
            raise FaultError(
                "the fault does nothing: set status, delay, cut-after, error-after, malformed or a retry-after"
            )

    def response_headers(self) -> dict[str, str]:
        headers: dict[str, str] = {}
        if self.retry_after is not None:
            headers["retry-after"] = _number(self.retry_after)
        if self.retry_after_ms is not None:
            headers["retry-after-ms"] = str(self.retry_after_ms)
        return headers


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


# header setting -> (Fault field, parser)
def _integer(text: str) -> int:
    return int(text)


def _seconds(text: str) -> float:
    return float(text)


def _flag(text: str) -> bool:
    lowered = text.lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ValueError(text)


def _token(text: str) -> str:
    if not text:
        raise ValueError(text)
    return text


_SETTINGS: dict[str, tuple[str, Any]] = {
    "status": ("status", _integer),
    "retry-after": ("retry_after", _seconds),
    "retry-after-ms": ("retry_after_ms", _integer),
    "times": ("times", _integer),
    "id": ("id", _token),
    "delay": ("delay", _seconds),
    "cut-after": ("cut_after", _integer),
    "malformed": ("malformed", _flag),
    "error-after": ("error_after", _integer),
}


def parse_fault_header(value: str) -> Fault:
    """Read an ``x-c1-test-fault`` header value; raise ``FaultError`` naming the bad setting."""
    settings: dict[str, Any] = {}
    for raw in value.split(";"):
        part = raw.strip()
        if not part:
            continue
        name, equals, text = part.partition("=")
        name, text = name.strip().lower(), text.strip()
        if name not in _SETTINGS:
            known = ", ".join(_SETTINGS)
            raise FaultError(f"unknown setting {name!r} in {FAULT_HEADER}; known settings: {known}")
        if not equals:
            raise FaultError(f"setting {name!r} in {FAULT_HEADER} needs a value, as in {name}=...")
        field, parse = _SETTINGS[name]
        if field in settings:
            raise FaultError(f"setting {name!r} appears twice in {FAULT_HEADER}")
        try:
            settings[field] = parse(text)
        except ValueError:
            raise FaultError(f"setting {name!r} in {FAULT_HEADER} has a value that is not valid: {text!r}") from None
    return Fault(**settings)


@dataclass
class _Planned:
    fault: Fault
    remaining: int | None


class FaultBook:
    """The Python-side plan and the per-id counters of header faults.

    Requests are handled on the server's thread while tests add faults from
    theirs, so every access holds one lock.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._plan: list[_Planned] = []
        self._header_uses: dict[str, int] = {}

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._plan.append(_Planned(fault, fault.times))

    def clear(self) -> None:
        with self._lock:
            self._plan.clear()
            self._header_uses.clear()

    def take(self, path: str, header: str | None) -> Fault | None:
        """The fault that applies to this request, counting it as used; None for a normal answer.

        A fault header decides on its own; the plan is consulted only for
        requests without one. Raises ``FaultError`` for a header that cannot be read.
        """
        if header is not None:
            fault = parse_fault_header(header)
            if fault.times is None:
                return fault
            key = fault.id or header.strip()
            with self._lock:
                used = self._header_uses.get(key, 0)
                if used >= fault.times:
                    return None
                self._header_uses[key] = used + 1
            return fault
        with self._lock:
            for planned in self._plan:
                if planned.fault.path is not None and not fnmatch.fnmatchcase(path, planned.fault.path):
                    continue
                if planned.remaining is not None:
                    planned.remaining -= 1
                    if planned.remaining == 0:
                        self._plan.remove(planned)
                return planned.fault
        return None


FAULT_FIELDS = tuple(field.name for field in fields(Fault))
