"""Every request that reaches the local server, kept so tests can see what a client sent (or that it sent nothing)."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ReceivedRequest:
    """One request as the server received it, before any check.

    ``headers`` has lower-case names (repeated headers joined with ", ");
    ``json`` is the parsed body, or None when the body is empty or not JSON.
    """

    method: str
    path: str
    headers: Mapping[str, str]
    body: bytes
    json: Any | None
    query: str = ""


class RequestLog:
    """The log is written on the server's thread and read on the test's, so it holds a lock.

    ``limit`` keeps only the newest requests (0 keeps none), for a server that
    runs for long: ``python -m thesys_c1.testing`` has nobody to read its log.
    """

    def __init__(self, limit: int | None = None) -> None:
        self._lock = threading.Lock()
        self._requests: deque[ReceivedRequest] = deque(maxlen=limit)

    def append(self, request: ReceivedRequest) -> None:
        with self._lock:
            self._requests.append(request)

    def snapshot(self) -> list[ReceivedRequest]:
        with self._lock:
            return list(self._requests)

    def clear(self) -> None:
        with self._lock:
            self._requests.clear()
