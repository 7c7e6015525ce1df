"""The ``thesys_c1`` logger, and header redaction for anything it writes.

Nothing is logged unless the application configures logging or sets
``THESYS_LOG=debug`` (or ``info``). Requests are logged at debug level with
their headers; ``authorization`` and any other credential header is replaced
by ``<redacted>`` first, so log output never holds the API key.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping

from .constants import LOG_ENV

logger = logging.getLogger("thesys_c1")

SECRET_HEADERS = frozenset({"authorization", "api-key", "x-api-key", "proxy-authorization", "cookie"})
REDACTED = "<redacted>"


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    return {name: REDACTED if name.lower() in SECRET_HEADERS else value for name, value in pairs}


_configured = False


def setup_from_environment() -> None:
    """Honour ``THESYS_LOG`` once per process, like ``OPENAI_LOG`` in OpenAI's SDK."""
    global _configured
    if _configured:
        return
    _configured = True
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(os.environ.get(LOG_ENV, "").strip().lower())
    if level is None:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
