"""Defaults of the client, in one place."""

from __future__ import annotations

DEFAULT_BASE_URL = "https://api.thesys.dev/v1"
API_KEY_ENV = "THESYS_API_KEY"
BASE_URL_ENV = "THESYS_BASE_URL"
LOG_ENV = "THESYS_LOG"

# Generation can take minutes for a long answer; connecting should not.
DEFAULT_TIMEOUT_SECONDS = 600.0
DEFAULT_CONNECT_TIMEOUT_SECONDS = 5.0
DEFAULT_MAX_RETRIES = 2

# Backoff between attempts: INITIAL * 2**attempt, capped, minus up to JITTER of it.
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
RETRY_JITTER = 0.25
# A server-requested wait (retry-after-ms / retry-after) is honoured up to this.
MAX_RETRY_AFTER = 60.0

REQUEST_ID_HEADER = "x-request-id"
