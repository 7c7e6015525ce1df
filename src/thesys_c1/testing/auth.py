"""API keys: C1 takes ``Authorization: Bearer <key>`` and answers 403 when it is missing or wrong."""

from __future__ import annotations

import hmac
from collections.abc import Collection

from .errors import ApiError

DEFAULT_API_KEY = "c1-local-test-key"
"""The key the local server accepts when it is given none."""


def _redacted(key: str) -> str:
    # Like OpenAI's messages: enough to tell keys apart, never the whole key.
    return f"...{key[-4:]}" if len(key) > 8 else "..."


def check_authorization(header: str | None, accepted: Collection[str]) -> None:
    """Raise the 403 that C1 gives unless ``header`` carries one of the ``accepted`` keys."""
    if not header:
        raise ApiError(
            403,
            "No API key was sent. Send it in the header `Authorization: Bearer <key>`.",
            code="missing_api_key",
        )
    scheme, _, key = header.strip().partition(" ")
    key = key.strip()
    if scheme.lower() != "bearer" or not key:
        raise ApiError(
            403,
            "The Authorization header must have the form `Bearer <key>`.",
            code="invalid_api_key",
        )
    # Compare every key in constant time, so timing says nothing about near misses.
    matched = False
    for candidate in accepted:
        matched |= hmac.compare_digest(key.encode(), candidate.encode())
    if not matched:
        raise ApiError(
            403,
            f"The API key {_redacted(key)} is not accepted by this server.",
            code="invalid_api_key",
        )
