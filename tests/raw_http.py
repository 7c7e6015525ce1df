"""A loopback HTTP server that answers with exact bytes, for the cases no real server sends on purpose.

Each connection reads one request (headers and a Content-Length body) and
then plays the current script: byte strings are written as they are, and the
markers ``Pause(seconds)``, ``HOLD`` (keep the connection open until the
server stops), ``RESET`` (close with a TCP reset) end or shape the answer;
a script that runs out closes the connection normally. Request heads are
recorded. Reading requests and ``Pause`` come from hostile_server.py, which
serves the seeded suite a script per case instead.
"""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from hostile_server import Pause, read_request

__all__ = [
    "HOLD",
    "LAST_CHUNK",
    "RESET",
    "SSE_HEAD",
    "Pause",
    "RawServer",
    "Step",
    "chunk",
    "http_head",
    "json_answer",
    "raw_server",
]


class _Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


HOLD = _Marker("HOLD")
RESET = _Marker("RESET")
Step = bytes | Pause | _Marker


def http_head(status: int = 200, headers: Sequence[tuple[str, str]] = (), *, reason: str = "OK") -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}", *(f"{name}: {value}" for name, value in headers)]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def chunk(data: bytes) -> bytes:
    """One piece of a chunked body."""
    return b"%x\r\n%s\r\n" % (len(data), data)


LAST_CHUNK = b"0\r\n\r\n"
# The server answers one request per connection, so its answers say so: without
# it, a client may send its next request on a pooled socket the server is closing.
SSE_HEAD = http_head(
    200, [("content-type", "text/event-stream"), ("transfer-encoding", "chunked"), ("connection", "close")]
)


def json_answer(body: bytes, status: int = 200, extra: Sequence[tuple[str, str]] = ()) -> list[Step]:
    headers = [
        ("content-type", "application/json"),
        ("content-length", str(len(body))),
        ("connection", "close"),
        *extra,
    ]
    return [http_head(status, headers) + body]


class RawServer:
    def __init__(self) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port: int = self._listener.getsockname()[1]
        self.script: list[Step] = []
        self.requests: list[bytes] = []
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def play(self, steps: Sequence[Step]) -> None:
        """Every connection from now on gets these steps."""
        self.script = list(steps)

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn, list(self.script)), daemon=True).start()

    def _serve(self, conn: socket.socket, steps: list[Step]) -> None:
        try:
            head = read_request(conn)
            if head is None:
                return
            self.requests.append(head)
            for step in steps:
                if isinstance(step, bytes):
                    conn.sendall(step)
                elif isinstance(step, Pause):
                    if self._stopping.wait(step.seconds):
                        return
                elif step is HOLD:
                    self._stopping.wait(60)
                    return
                elif step is RESET:
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return
        except OSError:
            pass
        finally:
            conn.close()

    def stop(self) -> None:
        self._stopping.set()
        self._listener.close()


@contextmanager
def raw_server() -> Iterator[RawServer]:
    server = RawServer()
    try:
        yield server
    finally:
        server.stop()
