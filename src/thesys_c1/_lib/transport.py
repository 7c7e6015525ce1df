"""Sending a call: what each attempt logs and what each failure becomes.

Shared by ``C1`` and ``AsyncC1``. The loop that sends, waits and sends again is
written once, async, in ``_async/transport.py``; its blocking twin is derived
from it (generator/pipeline/unasync.py). Building the call is ``calls``', reading its
answer ``answer_reading``'.
"""

from __future__ import annotations

import httpx

from .calls import Call
from .errors import APIConnectionError, APITimeoutError
from .logs import logger, redact_headers, scrub_text


def log_attempt(call: Call, retries_done: int) -> None:
    if logger.isEnabledFor(10):
        request = call.request
        logger.debug(
            "%s %s (attempt %d) headers=%s",
            request.method,
            scrub_text(str(request.url), call.secrets),
            retries_done + 1,
            redact_headers(request.headers.multi_items(), call.secrets),
        )


def log_success(call: Call, response: httpx.Response) -> None:
    if logger.isEnabledFor(10):
        url = scrub_text(str(call.request.url), call.secrets)
        logger.debug("%s %s -> %d", call.request.method, url, response.status_code)


def log_retry(call: Call, reason: str, delay: float, retries_left: int) -> None:
    logger.info(
        "retrying %s %s in %.2f s after %s (%d retries left)",
        call.request.method,
        scrub_text(call.request.url.path, call.secrets),
        delay,
        scrub_text(reason, call.secrets),
        retries_left,
    )


def retry_reason(error: httpx.TransportError) -> str | None:
    """Why a failed send is worth another try, or None when the same request would fail the same way."""
    if isinstance(error, httpx.TimeoutException):
        return "a timeout"
    if isinstance(error, (httpx.LocalProtocolError, httpx.UnsupportedProtocol)):
        return None
    return f"a connection error ({error})"


def connection_error(call: Call, error: httpx.TransportError) -> APIConnectionError:
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(request=call.request)
    if isinstance(error, (httpx.LocalProtocolError, httpx.UnsupportedProtocol)):
        return APIConnectionError(f"The request could not be sent: {error}", request=call.request)
    return APIConnectionError(f"Connection error: {error}", request=call.request)
