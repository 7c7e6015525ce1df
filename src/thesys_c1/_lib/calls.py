"""A call ready to send: the client's settings, the checked arguments and the request built from them.

Everything a caller passes is checked here, before anything is sent: a bad
argument raises naming it, and a request that breaks a C1 rule raises
``C1RuleError`` (``preflight``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from .._generated.version import __version__
from . import arguments, preflight, wire_json
from .logs import redact_headers, secret_forms
from .operations import Operation, fill_path
from .options import RequestOptions
from .redaction import Secret, bearer_token

USER_AGENT = f"thesys-c1-python/{__version__}"


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
    op: Operation,
    *,
    path_params: Mapping[str, str] | None = None,
    query: Mapping[str, Any] | None = None,
    body: Mapping[str, Any] | None = None,
    stream: bool | None = None,
    options: RequestOptions,
) -> Call:
    """The request to send, after every argument was checked: a bad one raises before anything is sent."""
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
        preflight.check_query(op, params)
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
            preflight.check_body(op, wire, extra_keys=extra.keys())

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
