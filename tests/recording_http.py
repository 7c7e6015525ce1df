"""A tiny HTTP server on a loopback address of the test's choosing that records every request it gets.

The release tests use two of them, on 127.0.0.1 and 127.0.0.2, as an index
that redirects and the other host it redirects to, to see which headers
reach which host.
"""

from __future__ import annotations

import socketserver
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    headers: dict[str, str]  # names lower-cased

    def has_header(self, name: str) -> bool:
        return name.lower() in self.headers


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""


# Given the method and path, what to send back.
Responder = Callable[[str, str], Answer]


@dataclass
class Recorder:
    url: str  # http://host:port/
    seen: list[Seen]


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks its address up with socket.getfqdn: for
        # 127.0.0.2, which /etc/hosts does not name, that is a DNS query off loopback.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)


@contextmanager
def serve(host: str, respond: Responder) -> Iterator[Recorder]:
    seen: list[Seen] = []
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)  # an upload's body, read so that the client sees the answer
            with lock:
                seen.append(Seen(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}))
            answer = respond(self.command, self.path)
            self.send_response(answer.status)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(answer.body)

        do_GET = do_POST = _handle

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = _Server((host, 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield Recorder(f"http://{host}:{server.server_port}/", seen)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)
