"""Sending one operation: request building, retries, error mapping and parsing.

Shared by ``C1`` and ``AsyncC1``; only the loop that waits and sends exists
twice, once blocking and once async.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from .._generated.version import __version__
from . import arguments, raw_response, rules, wire_json
from .constants import REQUEST_ID_HEADER
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    safe_cause,
    scrub_chain,
    status_error_class,
)
from .json_decoding import NotJSON, loads
from .logs import logger, redact_headers, scrub_text, secret_forms
from .operations import Operation, fill_path, operation
from .options import RequestOptions
from .parsing import ParseError, parse
from .redaction import Secret, bearer_token
from .retries import backoff_delay, should_retry_status

USER_AGENT = f"thesys-c1-python/{__version__}"
_UNKNOWN_PARAMETER = "is not a known parameter"
# How much of a body that is not JSON an error keeps: enough to see what it was.
_SHOWN_BYTES = 2000


@dataclass(frozen=True)
class Settings:
    """What a client was configured with; shared by the copies ``with_options`` makes."""

    api_key: str = field(repr=False)
    base_url: str
    timeout: httpx.Timeout
    max_retries: int
    default_headers: Mapping[str, str]
    check_rules: bool

    def __repr__(self) -> str:
        # Never the key, also when a caller put it in a header of their own.
        headers = redact_headers(self.default_headers.items(), secret_forms(self.api_key))
        return (
            f"Settings(base_url={self.base_url!r}, timeout={self.timeout!r}, max_retries={self.max_retries},"
            f" default_headers={headers!r}, check_rules={self.check_rules})"
        )


@dataclass(frozen=True)
class Call:
    """A request ready to send, with what is needed to send it again and read its answer."""

    operation: Operation
    request: httpx.Request
    max_retries: int
    stream: bool
    secrets: Secret = field(default_factory=lambda: Secret(""), repr=False)
    """The spellings of the request's key, to take out of everything logged about it."""


def build_call(
    settings: Settings,
    http: httpx.Client | httpx.AsyncClient,
    operation_id: str,
    *,
    path_params: Mapping[str, str] | None = None,
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
    stream: bool | None = None,
    options: RequestOptions,
) -> Call:
    """The request to send, after every argument was checked: a bad one raises before anything is sent."""
    op = operation(operation_id)
    arguments.flag("stream", stream, optional=True)
    check = arguments.flag("check_rules", options.get("check_rules", settings.check_rules))
    timeout = arguments.timeout("timeout", options["timeout"]) if "timeout" in options else settings.timeout
    max_retries = arguments.max_retries("max_retries", options.get("max_retries", settings.max_retries))
    extra_headers = arguments.headers("extra_headers", options.get("extra_headers", {}))
    extra_query = arguments.mapping("extra_query", options.get("extra_query", {}))
    path = fill_path(op, path_params or {})

    params = {name: value for name, value in (query or {}).items() if value is not None}
    arguments.query(None, params)
    if check:
        _check_query(op, params)
    arguments.query("extra_query", extra_query)
    params.update(extra_query)

    content: bytes | None = None
    if op.has_body:
        wire = wire_json.plain_json(body or {})
        if stream is not None:
            wire["stream"] = stream
        extra = wire_json.plain_json(arguments.mapping("extra_body", options.get("extra_body", {})))
        wire.update(extra)
        content = wire_json.encode(wire)
        if check:
            _check_body(op, wire, extra_keys=extra.keys())

    headers = {
        "Authorization": f"Bearer {settings.api_key}",
        "Accept": "text/event-stream" if stream else "application/json",
        "User-Agent": USER_AGENT,
        **settings.default_headers,
    }
    if content is not None:
        headers["Content-Type"] = "application/json"
    headers.update(extra_headers)
    request = http.build_request(
        op.method,
        settings.base_url + path,
        params=params or None,
        content=content,
        headers=headers,
        timeout=timeout,
    )
    return Call(op, request, max_retries, bool(stream), secret_forms(bearer_token(request.headers)))


def _check_body(op: Operation, wire: dict[str, Any], *, extra_keys: Any) -> None:
    violations = [
        violation
        for violation in rules.find_violations(op.operation_id, wire)
        # extra_body is the way to send what the spec does not know yet.
        if not (violation.param in extra_keys and violation.problem == _UNKNOWN_PARAMETER)
    ]
    if violations:
        raise rules.C1RuleError(violations)


def _check_query(op: Operation, params: Mapping[str, Any]) -> None:
    violations: list[rules.Violation] = []
    for name, value in params.items():
        schema = op.query_params.get(name)
        if schema is None:
            violations.append(rules.Violation(name, f"is not a query parameter of {op.operation_id}", None))
            continue
        for found in rules.find_schema_violations(schema, value):
            violations.append(rules.Violation(name + found.param, found.problem, found.applies))
    if violations:
        raise rules.C1RuleError(violations)


def request_id_of(response: httpx.Response) -> str | None:
    value: str | None = response.headers.get(REQUEST_ID_HEADER)
    return value


def status_error(response: httpx.Response) -> APIStatusError:
    body: object
    try:
        content = response.content
    except httpx.ResponseNotRead:  # its body could not be decoded
        content = b""
    try:
        body = loads(content) if content else None
    except NotJSON:
        body = content[:_SHOWN_BYTES].decode("utf-8", "replace")
    error = body.get("error") if isinstance(body, dict) else None
    detail = error.get("message") if isinstance(error, dict) else None
    if detail is None:
        detail = body if isinstance(body, str) and body else response.reason_phrase
    message = f"Error code: {response.status_code} - {detail}"
    return status_error_class(response.status_code)(
        message, response=response, body=body, request_id=request_id_of(response)
    )


def parse_result(call: Call, response: httpx.Response) -> Any:
    schema = call.operation.result_schema
    if schema is None:
        return None
    try:
        data = loads(response.content)
    except NotJSON as error:
        shown = response.content[:_SHOWN_BYTES].decode("utf-8", "replace")
        raise APIResponseValidationError(
            f"the answer to {call.operation.operation_id} is not valid JSON ({error}): {shown[:200]!r}",
            response=response,
            body=shown,
        ) from None
    try:
        result = parse(schema, data)
    except ParseError as error:
        raise APIResponseValidationError(
            f"the answer to {call.operation.operation_id} does not fit the spec: {error}", response=response, body=data
        ) from error
    result._request_id = request_id_of(response)
    return result


def _undecodable(call: Call, response: httpx.Response, error: httpx.DecodingError) -> None:
    """A body that cannot be decoded (its Content-Encoding lies): no answer on a success, no body on an error."""
    if response.is_success:
        raise APIResponseValidationError(
            f"the answer to {call.operation.operation_id} could not be decoded ({error})", response=response
        ) from None


def _read_body(call: Call, response: httpx.Response) -> None:
    try:
        response.read()
    except httpx.DecodingError as error:
        response.close()
        _undecodable(call, response, error)
    except BaseException:
        response.close()
        raise


async def _aread_body(call: Call, response: httpx.Response) -> None:
    try:
        await response.aread()
    except httpx.DecodingError as error:
        await response.aclose()
        _undecodable(call, response, error)
    except BaseException:
        await response.aclose()
        raise


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
                    _read_body(call, response)
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
                    await _aread_body(call, response)
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
