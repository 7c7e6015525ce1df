"""Failed answers made visible to operators: the ``on_error`` hook, the WARNING log line and the response headers.

The React client needs a 200 to show its notice, so a failed answer is a
200 to every proxy. Each one that failed (C1 refused it, or it broke off
part-way) is therefore logged once at WARNING on ``thesys_c1.react`` with C1's
request id and HTTP status, and handed to ``on_error`` as an
``AnswerFailure``; count them there or from the log line. The headers carry
C1's request id and whether the answer failed before its first byte, which
is all a response header can know: the status line went out long before an
answer can break off part-way.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

logger = logging.getLogger("thesys_c1.react")
T = TypeVar("T")

# Set by the helpers once the C1 stream is open (or failed to open).
REQUEST_ID_HEADER = "X-C1-Request-Id"
# "streaming" once C1 answered; "failed <status>" when it failed before the first byte.
ANSWER_STATUS_HEADER = "X-C1-Answer"


@dataclass(frozen=True)
class AnswerFailure:
    """An answer that failed or stopped early, as ``on_error`` receives it.

    ``request_id`` is C1's ``x-request-id`` for the call, ``status`` the HTTP
    status C1 answered with (200 when the stream broke off after a good
    start; ``None`` when C1 was never reached), ``sent_characters`` how much
    of the answer the browser had already been sent.
    """

    error: BaseException
    request_id: str | None
    status: int | None
    sent_characters: int


OnError = Callable[[AnswerFailure], object]
AsyncOnError = Callable[[AnswerFailure], Awaitable[object] | object]


class AnswerState:
    """What the response headers can say about an answer: its request id, and a failure before the first byte."""

    def __init__(self) -> None:
        self.request_id: str | None = None
        self.opened = False
        self.failure: AnswerFailure | None = None

    def open(self, stream: object) -> None:
        self.opened = True
        request_id = getattr(stream, "request_id", None)
        if isinstance(request_id, str) and request_id:
            self.request_id = request_id

    def fail(self, error: BaseException, sent_characters: int) -> AnswerFailure:
        request_id = getattr(error, "request_id", None)
        if not isinstance(request_id, str) or not request_id:
            request_id = self.request_id
        status = getattr(error, "status_code", None)
        if not isinstance(status, int):
            status = getattr(getattr(error, "response", None), "status_code", None)
        if not isinstance(status, int) and self.opened and self.request_id is not None:
            status = 200
        self.request_id = request_id
        self.failure = AnswerFailure(error, request_id, status if isinstance(status, int) else None, sent_characters)
        logger.warning(
            "C1 answer failed: status %s, request id %s, after %d characters sent; the browser was shown a notice: %s",
            "-" if self.failure.status is None else self.failure.status,
            request_id or "-",
            sent_characters,
            error,
            exc_info=error,
        )
        return self.failure

    def headers(self) -> dict[str, str]:
        headers: dict[str, str] = {}
        if self.request_id is not None:
            headers[REQUEST_ID_HEADER] = self.request_id
        if self.failure is not None:
            status = self.failure.status
            headers[ANSWER_STATUS_HEADER] = "failed" if status is None else f"failed {status}"
        elif self.opened:
            headers[ANSWER_STATUS_HEADER] = "streaming"
        return headers


# What the log says when a callback raises: by then the browser has its answer, or its notice.
ON_ERROR_RAISED = "on_error raised; the answer's notice was sent all the same"
ON_COMPLETE_RAISED = "on_complete raised; the answer had already been sent"


def notify(callback: Callable[[T], object] | None, value: T, complaint: str) -> None:
    """Hand ``value`` to a callback (``on_error``, ``on_complete``); what it raises is logged, never passed on."""
    if callback is None:
        return
    try:
        callback(value)
    except Exception:
        logger.exception(complaint)


async def anotify(callback: Callable[[T], Awaitable[object] | object] | None, value: T, complaint: str) -> None:
    """``notify`` for ``aiter_answer``: the callback may be a coroutine function."""
    if callback is None:
        return
    try:
        outcome = callback(value)
        if inspect.isawaitable(outcome):
            await outcome
    except Exception:
        logger.exception(complaint)
