"""When to retry a failed attempt, and how long to wait before the next one."""

from __future__ import annotations

import email.utils
import random
import time
from collections.abc import Mapping

from .constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY, RETRY_JITTER

# 408 request timeout, 409 lock conflict, 429 rate limit and every server error
# are worth another attempt; other statuses would only fail the same way again.
RETRYABLE_STATUSES = frozenset({408, 409, 429})


def should_retry_status(status_code: int, headers: Mapping[str, str]) -> bool:
    # The server may decide for itself, in either direction.
    verdict = headers.get("x-should-retry")
    if verdict == "true":
        return True
    if verdict == "false":
        return False
    return status_code in RETRYABLE_STATUSES or status_code >= 500


def retry_after(headers: Mapping[str, str] | None, *, now: float | None = None) -> float | None:
    """The wait the server asked for, in seconds, when it is positive and at most ``MAX_RETRY_AFTER``."""
    if headers is None:
        return None
    wait: float | None = None
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            wait = float(milliseconds) / 1000
        except ValueError:
            wait = None
    if wait is None:
        value = headers.get("retry-after")
        if value is not None:
            try:
                wait = float(value)
            except ValueError:
                parsed = email.utils.parsedate_tz(value)
                if parsed is not None:
                    wait = email.utils.mktime_tz(parsed) - (time.time() if now is None else now)
    if wait is None or not 0 < wait <= MAX_RETRY_AFTER:
        return None
    return wait


def backoff_delay(retries_done: int, headers: Mapping[str, str] | None = None) -> float:
    """Seconds to wait before retry number ``retries_done + 1``."""
    asked = retry_after(headers)
    if asked is not None:
        return asked
    delay = min(INITIAL_RETRY_DELAY * 2.0**retries_done, MAX_RETRY_DELAY)
    # Jitter spreads out clients that failed together so they do not retry together.
    return delay * (1 - RETRY_JITTER * random.random())
