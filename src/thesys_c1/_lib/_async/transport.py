"""The loop that sends a call, waits and sends again, until an answer or a failure worth raising."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from .. import raw_response
from ..answer_reading import parse_result, status_error, undecodable
from ..calls import Call, Settings
from ..errors import APIError, safe_cause, scrub_chain
from ..retries import backoff_delay, should_retry_status
from ..transport import connection_error, log_attempt, log_retry, log_success, retry_reason


class AsyncTransport:
    def __init__(self, settings: Settings, http: httpx.AsyncClient) -> None:
        self.settings = settings
        self.http = http

    async def send(self, call: Call) -> httpx.Response:
        """The first successful answer; the body is not read yet for a stream."""
        retries_done = 0
        while True:
            log_attempt(call, retries_done)
            retries_left = call.max_retries - retries_done
            try:
                response = await self.http.send(call.request, stream=True)
                if not (call.stream and response.is_success):
                    await aread_body(call, response)
            except httpx.TransportError as error:
                failure = error
            else:
                if response.is_success:
                    log_success(call, response)
                    raw_response.record(response, retries_done)
                    return response
                if retries_left > 0 and should_retry_status(response.status_code, response.headers):
                    reason = f"status {response.status_code}"
                    retries_done = await self._wait(call, retries_done, reason, response.headers)
                    continue
                raise status_error(response)
            # Raised outside the except block, so the httpx error is not kept as
            # __context__ either: its text may hold the key (h11 quotes bad header values).
            why = retry_reason(failure)
            if retries_left > 0 and why is not None:
                retries_done = await self._wait(call, retries_done, why, None)
                continue
            raise connection_error(call, failure) from safe_cause(failure, call.request)

    @staticmethod
    async def _wait(call: Call, retries_done: int, reason: str, headers: httpx.Headers | None) -> int:
        delay = backoff_delay(retries_done, headers)
        log_retry(call, reason, delay, call.max_retries - retries_done - 1)
        await asyncio.sleep(delay)
        return retries_done + 1

    async def request(self, call: Call) -> Any:
        response = await self.send(call)
        try:
            return parse_result(call, response)
        except APIError as error:
            scrub_chain(error, call.request)
            raise


async def aread_body(call: Call, response: httpx.Response) -> None:
    """Read the whole body of an answer, closing it when that fails."""
    try:
        await response.aread()
    except httpx.DecodingError as error:
        await response.aclose()
        undecodable(call, response, error)
    except BaseException:
        await response.aclose()
        raise
