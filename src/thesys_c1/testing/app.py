"""The local C1 server as an ASGI application, with its routes taken from the effective spec.

Every request goes through the same steps, in this order:

1. it is read (at most ``max_body_bytes``, else 413) and recorded in the request log;
2. the API key is checked (403);
3. a fault from ``x-c1-test-fault`` or the Python plan is applied (see ``faults``);
4. the route is found among the spec's operations, under ``/v1`` and, for the
   Conversations API, also at the bare path (404 otherwise);
5. the body must be JSON (400) and is checked with
   ``thesys_c1._lib.rules.find_violations``, the same checks as the client's,
   so the error names the parameter and quotes the C1 rule (400); query
   parameters are checked against their schemas in the spec (400);
6. the handler answers. Every answer carries an ``x-request-id`` header.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Collection
from typing import Any

from starlette.datastructures import QueryParams
from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from .._lib import spec
from .auth import DEFAULT_API_KEY, check_authorization
from .checks import check_body, check_query
from .errors import ApiError
from .faults import FAULT_HEADER, Fault, FaultBook, FaultError
from .items import new_id
from .json_body import NotJson, parse_body
from .limits import DEFAULT_MAX_BODY_BYTES
from .recording import ReceivedRequest, RequestLog
from .request_context import Call
from .routes import find_route, spec_routes
from .state import Store
from .streaming import StreamCut, StreamFaults

_log = logging.getLogger("thesys_c1.testing")


class _BodyTooLarge(Exception):
    def __init__(self, received: bytes) -> None:
        self.received = received


_NOT_JSON = object()


def _error_response(error: ApiError) -> Response:
    # ASCII escapes keep an error body writable whatever text the message quotes.
    body = json.dumps(error.body(), separators=(",", ":")).encode("ascii")
    return Response(body, status_code=error.status, headers=error.headers, media_type="application/json")


def _headers(scope: Scope) -> dict[str, str]:
    found: dict[str, str] = {}
    for raw_name, raw_value in scope["headers"]:
        name = raw_name.decode("latin-1").lower()
        value = raw_value.decode("latin-1")
        found[name] = f"{found[name]}, {value}" if name in found else value
    return found


class LocalC1App:
    """The ASGI application. ``LocalC1`` runs it on loopback; any ASGI server can run it too."""

    def __init__(
        self,
        api_keys: Collection[str] = (DEFAULT_API_KEY,),
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        *,
        requests: RequestLog | None = None,
        faults: FaultBook | None = None,
        store: Store | None = None,
    ) -> None:
        if not api_keys:
            raise ValueError("api_keys: give at least one key the server accepts")
        self.api_keys = tuple(api_keys)
        self.max_body_bytes = max_body_bytes
        self.requests = requests if requests is not None else RequestLog()
        self.faults = faults if faults is not None else FaultBook()
        self.store = store if store is not None else Store()
        self.routes = spec_routes()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        request_id = new_id("req_")
        send = _with_request_id(send, request_id)
        headers = _headers(scope)
        method: str = scope["method"]
        path: str = scope["path"]
        query = scope.get("query_string", b"").decode("latin-1")
        try:
            body = await self._read_body(headers, receive)
        except _BodyTooLarge as too_large:
            self.requests.append(ReceivedRequest(method, path, headers, too_large.received, None, query))
            error = ApiError(
                413,
                f"The request body is larger than this server's limit of {self.max_body_bytes} bytes.",
                code="request_too_large",
            )
            await _error_response(error)(scope, receive, send)
            return
        parsed = _parse(body)
        self.requests.append(
            ReceivedRequest(
                method,
                path,
                headers,
                body,
                None if parsed is _NOT_JSON or isinstance(parsed, ApiError) else parsed,
                query,
            )
        )

        cut_after: int | None = None
        try:
            fault = await self._gate(headers, path)
            streaming = isinstance(parsed, dict) and parsed.get("stream") is True
            extra_headers = fault.response_headers() if fault else {}
            if fault is not None and fault.malformed and not streaming:
                response = Response(b'{"id": "resp_malformed", "output": [', media_type="application/json")
            else:
                stream_faults = StreamFaults()
                if fault is not None and streaming:
                    stream_faults = StreamFaults(fault.cut_after, fault.malformed, fault.error_after)
                elif fault is not None:
                    cut_after = fault.cut_after
                response = self._dispatch(method, path, QueryParams(query), body, parsed, stream_faults)
            response.headers.update(extra_headers)
        except ApiError as error:
            response = _error_response(error)
        except Exception as failure:
            # A bug here must still look like C1's 500 to the client under test,
            # whose body carries no Python internals (the log has the traceback).
            _log.exception("the local C1 server failed on %s %s (%s)", method, path, request_id, exc_info=failure)
            message = f"The local C1 server failed on this request; its log has the details under {request_id}."
            response = _error_response(ApiError(500, message, code="server_error"))
        if cut_after is not None:
            send = _cut_after_bytes(send, cut_after)
        await response(scope, receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _read_body(self, headers: dict[str, str], receive: Receive) -> bytes:
        declared = headers.get("content-length", "")
        too_large = declared.isdigit() and int(declared) > self.max_body_bytes
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk: bytes = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                too_large = True
            if not too_large:
                chunks.append(chunk)
            # The rest of a body that is too large is read and dropped: answering
            # before the client has sent it all would break the connection under it.
            if not message.get("more_body", False):
                break
        if too_large:
            raise _BodyTooLarge(b"".join(chunks))
        return b"".join(chunks)

    async def _gate(self, headers: dict[str, str], path: str) -> Fault | None:
        check_authorization(headers.get("authorization"), self.api_keys)
        try:
            fault = self.faults.take(path, headers.get(FAULT_HEADER))
        except FaultError as error:
            raise ApiError(400, f"{FAULT_HEADER}: {error}", param=FAULT_HEADER, code="invalid_fault") from None
        if fault is None:
            return None
        if fault.delay:
            await asyncio.sleep(fault.delay)
        if fault.status is not None:
            raise ApiError(
                fault.status,
                f"Failure injected by the local C1 server ({FAULT_HEADER}): status {fault.status}.",
                code="injected_fault",
                headers=fault.response_headers(),
            )
        return fault

    def _dispatch(
        self, method: str, path: str, query: QueryParams, body: bytes, parsed: Any, stream_faults: StreamFaults
    ) -> Response:
        route, path_params = find_route(self.routes, method, path)
        payload: Any = None
        request_body = route.operation.get("requestBody")
        if request_body is not None:
            if not body.strip():
                if spec.resolve(request_body).get("required", False):
                    message = "The request body is empty; this endpoint needs a JSON object."
                    raise ApiError(400, message, code="invalid_json")
                payload = {}
            elif parsed is _NOT_JSON:
                raise ApiError(400, "The request body is not valid JSON.", code="invalid_json")
            elif isinstance(parsed, ApiError):
                raise parsed
            else:
                payload = parsed
            check_body(route.operation_id, payload)
        values = check_query(route.parameters, query)
        call = Call(route.operation_id, path_params, values, payload, self.store, stream_faults)
        return route.handler(call)


def _parse(body: bytes) -> Any:
    # A refusal is kept, not raised: the key and the route are checked before the body.
    try:
        return parse_body(body)
    except NotJson:
        return _NOT_JSON
    except ApiError as refused:
        return refused


def _with_request_id(send: Send, request_id: str) -> Send:
    header = (b"x-request-id", request_id.encode())

    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": [*message.get("headers", []), header]}
        await send(message)

    return sending


def _cut_after_bytes(send: Send, limit: int) -> Send:
    """Send the headers and the first ``limit`` body bytes, then drop the connection."""
    sent = 0

    async def sending(message: Message) -> None:
        nonlocal sent
        if message["type"] != "http.response.body":
            await send(message)
            return
        body: bytes = message.get("body", b"")
        final = not message.get("more_body", False)
        if not final and sent + len(body) < limit:
            sent += len(body)
            await send(message)
            return
        await send({"type": "http.response.body", "body": body[: max(0, limit - sent)], "more_body": True})
        raise StreamCut(f"cut after {limit} body byte(s) as the fault asked")

    return sending


def create_app(
    api_keys: Collection[str] = (DEFAULT_API_KEY,), max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
) -> LocalC1App:
    """A fresh server application, e.g. for ``uvicorn --factory thesys_c1.testing.app:create_app``."""
    return LocalC1App(api_keys, max_body_bytes)
