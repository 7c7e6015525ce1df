"""What one item of a C1 stream adds to the answer text, and whether it reports a failure.

Items are read by their fields, so the same code serves the generated models
(``ChatCompletionChunk``, ``ResponseOutputTextDeltaEvent``, ...), the objects of OpenAI's Python SDK pointed at C1 (the
C1 docs' own examples), and plain mappings of the JSON. A ``str`` item is
answer text itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

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
    if type(item) is dict:
        return item.get(name)
    value = getattr(item, name, None)
    if value is None and isinstance(item, Mapping):
        value = item.get(name)
    return value


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


class ItemReading(NamedTuple):
    """One stream item, read once: its text, what kind of stream it belongs to, and how it ends that stream."""

    text: str
    # "chat", "responses" or None (plain text, or an item of neither kind).
    stream: str | None = None
    # For chat: the item ends its answer (a finish_reason). For Responses: a terminal event.
    ends: bool = False
    # For chat: the item has choices at all (a usage-only chunk has none).
    counts: bool = True
    failure: C1StreamError | None = None


_PLAIN = ItemReading("")
_TERMINAL_EVENTS = frozenset({"response.completed", "response.failed", "response.incomplete", "error"})


def read_item(item: Any) -> ItemReading:
    """Read a stream item: a ``str`` of answer text, a chat chunk or a Responses event."""
    if type(item) is str:
        return ItemReading(item)
    # The class tests are inlined before the calls: this runs once per chunk.
    known = _ATTRIBUTE_CLASSES
    choices = getattr(item, "choices", None) if type(item) in known or _by_attribute(item) else _get(item, "choices")
    if type(choices) is list or isinstance(choices, list | tuple):
        if len(choices) == 1 and (type(only := choices[0]) in known or _by_attribute(only)):
            # Nearly every chunk: one choice, a model. The same reading as _read_chunk's, with fewer calls.
            index = getattr(only, "index", None)
            if index == 0 or index is None:
                delta = getattr(only, "delta", None)
                by_attribute = type(delta) in known or _by_attribute(delta)
                content = getattr(delta, "content", None) if by_attribute else _get(delta, "content")
                reason = getattr(only, "finish_reason", None)
                if type(reason) is not str:
                    text = content if type(content) is str else _text(content) or ""
                    return _new_reading(ItemReading, (text, "chat", False, True, None))
        return _read_chunk(choices)
    kind = _text(_get(item, "type"))
    if kind is None:
        return ItemReading(item) if isinstance(item, str) else _PLAIN
    if kind == "response.output_text.delta":
        return ItemReading(_text(_get(item, "delta")) or "", "responses")
    if not (kind.startswith("response.") or kind == "error"):
        return _PLAIN
    return ItemReading("", "responses", ends=kind in _TERMINAL_EVENTS, failure=_event_failure(item, kind))


# Classes whose items are read by attribute alone (models, not mappings), learned as items arrive:
# the per-chunk path then reads a model's fields straight, without _get's checks for each.
_ATTRIBUTE_CLASSES: set[type] = set()
_new_reading = tuple.__new__


def _by_attribute(value: Any) -> bool:
    kind = type(value)
    if kind in _ATTRIBUTE_CLASSES:
        return True
    if kind is dict or isinstance(value, Mapping):
        return False
    _ATTRIBUTE_CLASSES.add(kind)
    return True


def _read_chunk(choices: list[Any] | tuple[Any, ...]) -> ItemReading:
    choice = None
    for candidate in choices:
        if _get(candidate, "index") in (0, None):
            choice = candidate
            break
    if choice is None:
        return ItemReading("", "chat", counts=bool(choices))
    text = _text(_get(_get(choice, "delta"), "content")) or ""
    reason = _text(_get(choice, "finish_reason"))
    failure = None
    if reason in _CUT_SHORT:
        failure = C1StreamError(f"C1 cut the answer short: {_CUT_SHORT[reason]}.", code=reason)
    return ItemReading(text, "chat", ends=reason is not None, failure=failure)


def _event_failure(item: Any, kind: str) -> C1StreamError | None:
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


def item_text(item: Any) -> str:
    """The answer text this item adds ('' when it adds none)."""
    return read_item(item).text


def item_failure(item: Any) -> C1StreamError | None:
    """The failure this item reports: an error event, a failed or incomplete response, a cut-short chat answer."""
    return read_item(item).failure


class StreamProgress:
    """Tracks whether a C1 stream whose items were seen has finished, to tell an end from a cut."""

    def __init__(self) -> None:
        self.chat_open = False
        self.responses_open = False

    def see(self, reading: ItemReading) -> None:
        if reading.stream == "chat":
            if reading.counts:
                self.chat_open = not reading.ends
        elif reading.stream == "responses":
            self.responses_open = not reading.ends

    def unfinished(self) -> C1StreamError | None:
        if self.chat_open or self.responses_open:
            # No finish_reason, or no response.completed (or failed, incomplete, error) event came.
            return C1StreamError("The C1 stream ended before the answer was finished.", code="stream_cut")
        return None
