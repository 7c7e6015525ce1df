"""What one item of a C1 stream adds to the answer text, and whether it reports a failure.

Items are read by their fields, so the same code serves the generated models
(``ChatCompletionChunk``, ``ResponseOutputTextDeltaEvent``, ... whose type
field is ``type_``), the objects of OpenAI's Python SDK pointed at C1 (the
C1 docs' own examples), and plain mappings of the JSON. A ``str`` item is
answer text itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Chat `finish_reason`s and Responses `incomplete_details.reason`s that mean
# the answer was cut short rather than finished.
_CUT_SHORT = {
    "length": "it reached the output token limit",
    "max_output_tokens": "it reached the output token limit",
    "content_filter": "a content filter stopped it",
}


class C1StreamError(Exception):
    """C1 reported, inside the stream, that the answer failed or stopped early."""

    def __init__(self, message: str, *, code: str | None = None, event_type: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.event_type = event_type


def _get(item: Any, name: str) -> Any:
    if isinstance(item, Mapping):
        return item.get(name)
    value = getattr(item, name, None)
    if value is None and name == "type":
        value = getattr(item, "type_", None)
    # The generated models mark absent fields with an UNSET object; only the
    # plain types below count as values.
    return value


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def event_type(item: Any) -> str | None:
    """A Responses event's ``type``; None for anything else."""
    if isinstance(item, str) or _get(item, "choices") is not None:
        return None
    return _text(_get(item, "type"))


def is_chat_chunk(item: Any) -> bool:
    return not isinstance(item, str) and isinstance(_get(item, "choices"), list | tuple)


def _first_choice(item: Any) -> Any:
    for choice in _get(item, "choices") or ():
        if _get(choice, "index") in (0, None):
            return choice
    return None


def item_text(item: Any) -> str:
    """The answer text this item adds ('' when it adds none)."""
    if isinstance(item, str):
        return item
    if is_chat_chunk(item):
        choice = _first_choice(item)
        return (_text(_get(_get(choice, "delta"), "content")) or "") if choice is not None else ""
    if event_type(item) == "response.output_text.delta":
        return _text(_get(item, "delta")) or ""
    return ""


def chat_finish_reason(item: Any) -> str | None:
    """The chat chunk's ``finish_reason`` for the first choice, when it has one."""
    choice = _first_choice(item) if is_chat_chunk(item) else None
    return None if choice is None else _text(_get(choice, "finish_reason"))


def item_failure(item: Any) -> C1StreamError | None:
    """The failure this item reports: an error event, a failed or incomplete response, a cut-short chat answer."""
    if isinstance(item, str):
        return None
    if is_chat_chunk(item):
        reason = chat_finish_reason(item)
        if reason in _CUT_SHORT:
            return C1StreamError(f"C1 cut the answer short: {_CUT_SHORT[reason]}.", code=reason)
        return None
    kind = event_type(item)
    if kind == "error":
        nested = _get(item, "error")
        message = _text(_get(item, "message")) or _text(_get(nested, "message")) or "C1 reported an error."
        code = _text(_get(item, "code")) or _text(_get(nested, "code"))
        return C1StreamError(message, code=code, event_type=kind)
    if kind == "response.failed":
        error = _get(_get(item, "response"), "error")
        message = _text(_get(error, "message")) or "C1 reported that the response failed."
        return C1StreamError(message, code=_text(_get(error, "code")), event_type=kind)
    if kind == "response.incomplete":
        details = _get(_get(item, "response"), "incomplete_details")
        reason = _text(_get(details, "reason"))
        told = _CUT_SHORT.get(reason or "", f"C1 gave the reason {reason!r}" if reason else "C1 gave no reason")
        return C1StreamError(f"C1 cut the answer short: {told}.", code=reason, event_type=kind)
    return None


_TERMINAL_EVENTS = frozenset({"response.completed", "response.failed", "response.incomplete", "error"})


class StreamProgress:
    """Tracks whether a C1 stream whose items were seen has finished, to tell an end from a cut."""

    def __init__(self) -> None:
        self.chat_open = False
        self.responses_open = False

    def see(self, item: Any) -> None:
        if is_chat_chunk(item):
            if _get(item, "choices"):
                self.chat_open = chat_finish_reason(item) is None
            return
        kind = event_type(item)
        if kind is not None and (kind.startswith("response.") or kind == "error"):
            self.responses_open = kind not in _TERMINAL_EVENTS

    def unfinished(self) -> C1StreamError | None:
        if self.chat_open:
            # No chunk carried a finish_reason.
            return C1StreamError("The C1 stream ended before the answer was finished.", code="stream_cut")
        if self.responses_open:
            # No response.completed (or failed, incomplete, error) event came.
            return C1StreamError("The C1 stream ended before the answer was finished.", code="stream_cut")
        return None
