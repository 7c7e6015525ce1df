"""Reading an answer: the request id, an error status as the matching exception, a JSON body as a model.

Reading the body off the connection is the transport's (``aread_body`` in ``_async/transport.py``, and its
derived blocking twin); what a body that cannot be decoded means is here, shared by both.
"""

from __future__ import annotations

from typing import Any

import httpx

from .calls import Call
from .constants import REQUEST_ID_HEADER
from .errors import APIResponseValidationError, APIStatusError, status_error_class
from .json_decoding import NotJSON, loads
from .parsing import ParseError, parse

# How much of a body that is not JSON an error keeps: enough to see what it was.
_SHOWN_BYTES = 2000


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


def undecodable(call: Call, response: httpx.Response, error: httpx.DecodingError) -> None:
    """A body that cannot be decoded (its Content-Encoding lies): no answer on a success, no body on an error."""
    if response.is_success:
        raise APIResponseValidationError(
            f"the answer to {call.operation.operation_id} could not be decoded ({error})", response=response
        ) from None
