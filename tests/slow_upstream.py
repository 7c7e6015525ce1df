"""A C1-like upstream that streams chat chunks slowly and records when its client went away.

It stands in for C1 where a test needs to see, from the upstream's side of
the connection, that the stream was closed. Point ``C1``/``AsyncC1`` at
``base_url + "/v1"``; it does not check the API key.
"""

from __future__ import annotations

import json
import threading
from collections.abc import AsyncIterator

import anyio
from c1_items import ANSWER, chat_chunk_dict
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import StreamingResponse
from starlette.routing import Route


class SlowUpstream:
    """``app`` streams ``total`` chunks, one every ``interval`` seconds."""

    def __init__(self, total: int = 400, interval: float = 0.025) -> None:
        self.total = total
        self.interval = interval
        self.sent = 0
        self.closed = threading.Event()
        self.app = Starlette(routes=[Route("/v1/embed/chat/completions", self._stream, methods=["POST"])])

    async def _stream(self, request: Request) -> StreamingResponse:
        return StreamingResponse(self._events(), media_type="text/event-stream")

    async def _events(self) -> AsyncIterator[bytes]:
        try:
            yield _sse(chat_chunk_dict(ANSWER[:30]))
            self.sent = 1
            for _ in range(self.total):
                await anyio.sleep(self.interval)
                yield _sse(chat_chunk_dict("x"))
                self.sent += 1
            yield _sse(chat_chunk_dict(None, "stop"))
            yield b"data: [DONE]\n\n"
        finally:
            # Starlette cancels this generator when the client disconnects.
            self.closed.set()


def _sse(payload: dict[str, object]) -> bytes:
    return f"data: {json.dumps(payload)}\n\n".encode()
