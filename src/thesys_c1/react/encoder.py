"""Turning stream items into the bytes the React client reads, without any I/O.

The React client (``C1Chat``/``C1Component``) reads the response body as the
raw answer text: no SSE framing, no JSON envelope. It re-renders the whole
text every time more arrives, so every prefix sent must parse the same way
the finished text will. The encoder therefore holds back an unfinished tag
or entity at the end of a piece until the rest of it arrives; whatever the
stream does next, what was sent can be finished cleanly.

When the stream fails, the HTTP status has long been sent (and the React
client would show nothing for a failed status anyway: it throws and only logs
to the console). So the failure is told in-band. @thesysai/genui-sdk 0.10.0
renders only the last ``<content>`` block of an answer, and its
``<custommarkdown>`` rendering crashes the whole chat ("t.map is not a
function"), so the notice is a new content block: the answer's root card
with the children that arrived whole, followed by a ``CalloutV2`` of variant
``danger`` that says what happened.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from .._lib.errors import APIConnectionError, APIStatusError, APIStreamError, APITimeoutError
from ..content import escape, history_text
from ..content.parser import AnswerParser, held_back
from ..content.salvage import salvage_card
from .items import C1StreamError, StreamProgress, read_item

if TYPE_CHECKING:
    from .._generated.params import ChatCompletionAssistantMessageParam

ErrorNotice = Callable[[BaseException], str]


NOTICE_TITLE = "The answer stopped early"


def default_error_notice(error: BaseException) -> str:
    """The text shown under "The answer stopped early" when the answer fails part-way.

    What C1 itself said is shown; anything else is described without its
    details (they may hold internals that only belong in the server log).
    """
    if isinstance(error, C1StreamError):
        reason = error.message
    elif isinstance(error, APIStreamError) and _reported_message(error.body):
        reason = f"C1 reported an error: {_reported_message(error.body)}"
    elif isinstance(error, APITimeoutError) or _caused_by(error, httpx.TimeoutException, TimeoutError):
        reason = "C1 did not answer in time."
    elif isinstance(error, APIConnectionError) or _caused_by(error, httpx.TransportError, ConnectionError):
        reason = "The connection to C1 was lost."
    elif isinstance(error, APIStreamError):
        # No network failure behind it: the answer itself ended early or was garbled.
        reason = "C1's answer broke off or could not be read."
    elif isinstance(error, APIStatusError):
        reason = f"C1 answered with HTTP status {error.status_code}."
    else:
        reason = "The server could not finish it."
    request_id = getattr(error, "request_id", None)
    suffix = f" (request id {request_id})" if isinstance(request_id, str) and request_id else ""
    return f"{reason}{suffix}"


def _reported_message(body: object) -> str | None:
    if not isinstance(body, dict):
        return None
    # Chat streams wrap the details in `error`; a Responses `error` event may carry them at the top level.
    error = body.get("error")
    details = error if isinstance(error, dict) else body if body.get("type") == "error" else {}
    message = details.get("message")
    return message if isinstance(message, str) and message else None


def _caused_by(error: BaseException, *kinds: type[BaseException]) -> bool:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, kinds):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


@dataclass(frozen=True)
class AnswerResult:
    """How an answer stream ended, handed to ``on_complete``.

    ``text`` is exactly what the browser was sent. ``error`` is the failure
    that ended it early (its notice is part of ``text``); ``disconnected`` says
    the browser went away first, in which case the C1 stream was closed.
    """

    text: str
    error: BaseException | None = None
    disconnected: bool = False

    @property
    def completed(self) -> bool:
        """True when the whole answer reached the browser."""
        return self.error is None and not self.disconnected

    def message(self) -> ChatCompletionAssistantMessageParam:
        """The answer as an assistant message for the thread history.

        It reads as the React client shows it: ephemeral think items and
        content blocks replaced by a later one are left out, anything left
        open is closed, and an error notice that was shown stays in, so the
        next turn knows the answer was cut short.
        """
        return {"role": "assistant", "content": history_text(self.text)}


class AnswerEncoder:
    """Items in, bytes out; ``fail`` and ``end`` finish the answer."""

    def __init__(self, error_notice: ErrorNotice = default_error_notice) -> None:
        self._progress = StreamProgress()
        self._sent: list[str] = []
        # The end of the text that may still be the start of a tag or entity, sent once it is whole.
        self._held = ""
        self._error_notice = error_notice
        self._failure: C1StreamError | None = None
        # Whether the last item reported a failure: a loop reads this rather than calling raise_failure per item.
        self.failed = False

    @property
    def sent_characters(self) -> int:
        return sum(len(piece) for piece in self._sent)

    def add(self, item: Any) -> bytes:
        """The bytes to send for this item; a failure the item reports is kept for ``raise_failure``."""
        # Called once per chunk: sending the text is inlined rather than delegated.
        reading = read_item(item)
        self._progress.see(reading)
        failure = self._failure = reading.failure
        self.failed = failure is not None
        text = reading.text
        if not text:
            return b""
        if self._held:
            text = self._held + text
            self._held = ""
        keep = held_back(text)
        if keep:
            self._held = text[len(text) - keep :]
            text = text[: len(text) - keep]
            if not text:
                return b""
        self._sent.append(text)
        return text.encode("utf-8")

    def raise_failure(self) -> None:
        """Raise the failure the last item reported, if any."""
        failure, self._failure = self._failure, None
        self.failed = False
        if failure is not None:
            raise failure

    def end(self) -> bytes:
        """The rest of the text once the stream ended normally; sets a failure if a C1 stream was cut off."""
        self._failure = self._progress.unfinished()
        self.failed = self._failure is not None
        if self._failure is not None:
            return b""
        rest, self._held = self._held, ""
        return self._emit(rest)

    def fail(self, error: BaseException) -> bytes:
        """Finish the answer after ``error``: close what is open, then the answer so far with a notice."""
        try:
            notice = self._error_notice(error)
        except Exception:
            notice = default_error_notice(error)
        # Parsed only now, once: per chunk the sender needs just what to hold back.
        parser = AnswerParser()
        parser.feed("".join(self._sent) + self._held)
        closing = parser.closing_tags()
        content = parser.snapshot().content
        card = salvage_card(content.payload) if content is not None and content.version == 1 else None
        if card is None:
            card = {"component": "Card", "props": {"children": []}}
        callout = {
            "component": "CalloutV2",
            "props": {"variant": "danger", "title": NOTICE_TITLE, "description": notice},
        }
        card["props"]["children"].append(callout)
        tree = json.dumps({"component": card, "error": None}, ensure_ascii=False)
        return self._emit(f'{closing}<content thesys="true">{escape(tree)}</content>')

    def result(self, *, error: BaseException | None = None, disconnected: bool = False) -> AnswerResult:
        return AnswerResult("".join(self._sent), error=error, disconnected=disconnected)

    def _emit(self, text: str) -> bytes:
        if not text:
            return b""
        self._sent.append(text)
        return text.encode("utf-8")
