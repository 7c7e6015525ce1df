"""Per-call options every method takes besides the API's own parameters."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

if TYPE_CHECKING:
    import httpx


class RequestOptions(TypedDict, total=False):
    timeout: float | httpx.Timeout | None
    """Seconds (or an ``httpx.Timeout``) for this call; None waits forever."""
    max_retries: int
    """Retries for this call, instead of the client's ``max_retries``."""
    extra_headers: Mapping[str, str]
    """More headers; they override the client's."""
    extra_query: Mapping[str, Any]
    """More query parameters."""
    extra_body: Mapping[str, Any]
    """More top-level body fields, sent as given (for parameters newer than this SDK)."""
    check_rules: bool
    """False skips the C1 rule checks for this call."""


OPTION_NAMES = frozenset(RequestOptions.__annotations__)


def split_options(kwargs: dict[str, Any]) -> tuple[dict[str, Any], RequestOptions]:
    """Separate the request options from the API parameters in a method's keyword arguments."""
    options: dict[str, Any] = {}
    for name in OPTION_NAMES & kwargs.keys():
        options[name] = kwargs.pop(name)
    return kwargs, options  # type: ignore[return-value]
