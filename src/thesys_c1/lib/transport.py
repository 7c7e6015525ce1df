"""Sending a call: the attempts, the waits between them, and what each failure becomes.

Shared by ``C1`` and ``AsyncC1``; only the loop that waits and sends exists
twice, once blocking and once async. Building the call is ``calls``', reading
its answer ``answer_reading``'.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx

from . import raw_response
from .answer_reading import aread_body, parse_result, read_body, request_id_of, status_error
from .calls import USER_AGENT, Call, Settings, build_call
from .errors import APIConnectionError, APIError, APITimeoutError, safe_cause, scrub_chain
from .logs import logger, redact_headers, scrub_text
from .retries import backoff_delay, should_retry_status

# The names the client and other modules have imported from here.
__all__ = [
    "USER_AGENT",
    "AsyncTransport",
    "Call",
    "Settings",
    "SyncTransport",
    "build_call",
    "parse_result",
    "request_id_of",
    "status_error",
]


def _log_attempt(call: Call, retries_done: int) -> None:
    if logger.isEnabledFor(10):
        request = call.request
        logger.debug(
            "%s %s (attempt %d) headers=%s",
            request.method,
            scrub_text(str(request.url), call.secrets),
            retries_done + 1,
            redact_headers(request.headers.multi_items(), call.secrets),
        )


def _log_success(call: Call, response: httpx.Response) -> None:
    if logger.isEnabledFor(10):
        url = scrub_text(str(call.request.url), call.secrets)
        logger.debug("%s %s -> %d", call.request.method, url, response.status_code)


def _log_retry(call: Call, reason: str, delay: float, retries_left: int) -> None:
    logger.info(
        "retrying %s %s in %.2f s after %s (%d retries left)",
        call.request.method,
        scrub_text(call.request.url.path, call.secrets),
        delay,
        scrub_text(reason, call.secrets),
        retries_left,
    )


def _retry_reason(error: httpx.TransportError) -> str | None:
    """Why a failed send is worth another try, or None when the same request would fail the same way."""
    if isinstance(error, httpx.TimeoutException):
        return "a timeout"
    if isinstance(error, (httpx.LocalProtocolError, httpx.UnsupportedProtocol)):
        return None
    return f"a connection error ({error})"


def _connection_error(call: Call, error: httpx.TransportError) -> APIConnectionError:
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(request=call.request)
    if isinstance(error, (httpx.LocalProtocolError, httpx.UnsupportedProtocol)):
        return APIConnectionError(f"The request could not be sent: {error}", request=call.request)
    return APIConnectionError(f"Connection error: {error}", request=call.request)


class SyncTransport:
    def __init__(self, settings: Settings, http: httpx.Client) -> None:
        self.settings = settings
        self.http = http

    def send(self, call: Call) -> httpx.Response:
        """The first successful answer; the body is not read yet for a stream."""
        retries_done = 0
        while True:
            _log_attempt(call, retries_done)
            retries_left = call.max_retries - retries_done
            try:
                response = self.http.send(call.request, stream=True)
                if not (call.stream and response.is_success):
                    read_body(call, response)
            except httpx.TransportError as error:
                failure = error
            else:
                if response.is_success:
                    _log_success(call, response)
                    raw_response.record(response, retries_done)
                    return response
                if retries_left > 0 and should_retry_status(response.status_code, response.headers):
                    retries_done = self._wait(call, retries_done, f"status {response.status_code}", response.headers)
                    continue
                raise status_error(response)
            # Raised outside the except block, so the httpx error is not kept as
            # __context__ either: its text may hold the key (h11 quotes bad header values).
            reason = _retry_reason(failure)
            if retries_left > 0 and reason is not None:
                retries_done = self._wait(call, retries_done, reason, None)
                continue
            raise _connection_error(call, failure) from safe_cause(failure, call.request)

    @staticmethod
    def _wait(call: Call, retries_done: int, reason: str, headers: httpx.Headers | None) -> int:
        delay = backoff_delay(retries_done, headers)
        _log_retry(call, reason, delay, call.max_retries - retries_done - 1)
        time.sleep(delay)
        return retries_done + 1

    def request(self, call: Call) -> Any:
        response = self.send(call)
        try:
            return parse_result(call, response)
        except APIError as error:
            scrub_chain(error, call.request)
            raise


class AsyncTransport:
    def __init__(self, settings: Settings, http: httpx.AsyncClient) -> None:
        self.settings = settings
        self.http = http

    async def send(self, call: Call) -> httpx.Response:
        retries_done = 0
        while True:
            _log_attempt(call, retries_done)
            retries_left = call.max_retries - retries_done
            try:
                response = await self.http.send(call.request, stream=True)
                if not (call.stream and response.is_success):
                    await aread_body(call, response)
            except httpx.TransportError as error:
                failure = error
            else:
                if response.is_success:
                    _log_success(call, response)
                    raw_response.record(response, retries_done)
                    return response
                if retries_left > 0 and should_retry_status(response.status_code, response.headers):
                    retries_done = await self._wait(
                        call, retries_done, f"status {response.status_code}", response.headers
                    )
                    continue
                raise status_error(response)
            reason = _retry_reason(failure)
            if retries_left > 0 and reason is not None:
                retries_done = await self._wait(call, retries_done, reason, None)
                continue
            raise _connection_error(call, failure) from safe_cause(failure, call.request)

    @staticmethod
    async def _wait(call: Call, retries_done: int, reason: str, headers: httpx.Headers | None) -> int:
        delay = backoff_delay(retries_done, headers)
        _log_retry(call, reason, delay, call.max_retries - retries_done - 1)
        await asyncio.sleep(delay)
        return retries_done + 1

    async def request(self, call: Call) -> Any:
        response = await self.send(call)
        try:
            return parse_result(call, response)
        except APIError as error:
            scrub_chain(error, call.request)
            raise
