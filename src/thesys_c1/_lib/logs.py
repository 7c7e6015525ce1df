"""The ``thesys_c1`` logger, and header redaction for anything it writes.

Nothing is logged unless the application configures logging or sets
``THESYS_LOG=debug`` (or ``info``). Requests are logged at debug level with
their headers and URL. Credential headers (``authorization``, ``x-api-key``,
``cookie``, any name with ``auth``, ``key``, ``token`` or ``secret``) are
replaced by ``<redacted>``, and so is the client's key wherever else it
appears (a header of the caller's own, the URL, an error's text), so log
output never holds the API key.
"""

from __future__ import annotations

import logging
import os

from .constants import LOG_ENV
from .redaction import REDACTED, redact_headers, scrub_text, secret_forms

logger = logging.getLogger("thesys_c1")

__all__ = ["REDACTED", "logger", "redact_headers", "scrub_text", "secret_forms", "setup_from_environment"]


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
