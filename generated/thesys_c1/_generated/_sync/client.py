# The blocking twin of src/thesys_c1/_lib/_async/client.py, derived by `make generate` (generator/pipeline/unasync.py).
# Edit that file, never this one: `make check` fails when the two drift apart.
"""``C1``: the client's connections and the calls that use them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx

from ..._generated.resources import Resources
from ..._lib.answer_reading import request_id_of
from ..._lib.client_base import DEFAULT, ClientBase, ReaderFactory, check_http_client, event_schema, settings_of
from ..._lib.constants import DEFAULT_MAX_RETRIES
from ..._lib.operations import Operation
from ..._lib.options import RequestOptions
from .transport import SyncTransport

S = TypeVar("S")


class C1(ClientBase, Resources):
    """The Thesys C1 API client.

    ``api_key`` defaults to ``THESYS_API_KEY``, ``base_url`` to
    ``THESYS_BASE_URL`` or ``https://api.thesys.dev/v1``. Calls are retried
    ``max_retries`` times on connection errors, timeouts, 408, 409, 429 and
    5xx. ``check_rules=False`` turns off the C1 rule checks for every call.
    Close it (``client.close()``, or use ``with``) to release its connections.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        check_rules: bool = True,
    ) -> None:
        self._settings = settings_of(api_key, base_url, timeout, max_retries, default_headers, check_rules)
        check_http_client(http_client, httpx.Client)
        self._owns_http = http_client is None
        self._http: httpx.Client = (
            http_client if http_client is not None else httpx.Client(timeout=self._settings.timeout)
        )
        self._transport = SyncTransport(self._settings, self._http)
        self._attach_resources(self)

    def _request(
        self,
        op: Operation,
        *,
        path_params: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        stream: bool | None = None,
        options: RequestOptions,
    ) -> Any:
        call = self._call(op, path_params=path_params, query=query, body=body, stream=stream, options=options)
        return self._transport.request(call)

    def _stream(
        self,
        op: Operation,
        *,
        path_params: Mapping[str, str] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any],
        options: RequestOptions,
        wrap: Callable[[httpx.Response, Any], S],
        reader: ReaderFactory,
    ) -> S:
        schema = event_schema(op)
        call = self._call(op, path_params=path_params, query=query, body=body, stream=True, options=options)
        response = self._transport.send(call)
        return wrap(response, reader(response, request_id_of(response), schema))

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
