"""A server on loopback that answers every request with the body the test set last.

For answers the local C1 server never gives: bodies off the spec's shape, or
with fields and values newer than the spec. A bare ASGI app under uvicorn, so
the client reads real HTTP.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from serving import serve_asgi


@dataclass
class CannedAnswers:
    base_url: str = ""
    body: bytes = b"{}"
    content_type: str = "application/json"
    paths: list[str] = field(default_factory=list)

    def answer_json(self, value: Any) -> None:
        self.body = json.dumps(value).encode("utf-8")
        self.content_type = "application/json"

    def answer_events(self, events: list[Any]) -> None:
        """A Responses stream: one `data:` frame per event, then `[DONE]`."""
        frames = [f"event: {event['type']}\ndata: {json.dumps(event)}\n\n" for event in events]
        self.body = ("".join(frames) + "data: [DONE]\n\n").encode("utf-8")
        self.content_type = "text/event-stream"

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        self.paths.append(scope["path"])
        headers = [(b"content-type", self.content_type.encode()), (b"content-length", str(len(self.body)).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": self.body})


@contextmanager
def canned_answers() -> Iterator[CannedAnswers]:
    server = CannedAnswers()
    with serve_asgi(server) as url:
        server.base_url = url + "/v1"
        yield server
