"""A loopback server that answers each request with the exact bytes of a scripted case.

The client under test sends ``x-case: <id>``; the server looks the case up and
plays the reply for that request (the n-th request of a case gets its n-th
reply, the last one repeating), write by write: exact status lines, headers and
framing, pauses between writes (drips and stalls), then a normal close, a
reset, or a hold that keeps the connection open to see whether the client
leaves on its own. Nothing here parses or fixes what it sends: the bytes in a
case are the bytes on the wire.

Every wait on the server side is bounded (``HOLD_SECONDS``), so a client that
waits for the server never blocks the suite for long; whether it did is
recorded (``Visit.outwaited``) rather than timed by the test.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

CASE_HEADER = "x-case"
# Longer than any client timeout the suite configures, by a wide margin, so a
# client still connected at its end was waiting for the server, not working.
HOLD_SECONDS = 3.0
HEARTBEAT_SECONDS = 0.1

Ending = str  # "close", "reset" or "hold"


@dataclass(frozen=True)
class Pause:
    seconds: float


@dataclass(frozen=True)
class Reply:
    """One answer: the writes in order (bytes, or a pause between them), then how the connection ends."""

    writes: Sequence[bytes | Pause]
    ending: Ending = "close"
    # Sent every HEARTBEAT_SECONDS while holding, so that no read timeout ever fires.
    heartbeat: bytes = b""

    def __post_init__(self) -> None:
        if self.ending not in ("close", "reset", "hold"):
            raise ValueError(f"ending: must be close, reset or hold, got {self.ending!r}")


@dataclass
class Visit:
    """What the server saw of one request of a case."""

    request_head: bytes
    # The server's hold ran out with the client still connected: the client was waiting on it.
    outwaited: bool = False


@dataclass
class _Script:
    replies: Sequence[Reply]
    visits: list[Visit] = field(default_factory=list)
    killed: bool = False


class HostileServer:
    """Started once; cases are registered before the client sends them."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=128)
        self.port: int = self._listener.getsockname()[1]
        self._scripts: dict[str, _Script] = {}
        self._lock = threading.Lock()
        self._closing = False
        self._thread = threading.Thread(target=self._accept_loop, name="hostile-server", daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> HostileServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._closing = True
        self._listener.close()
        self._thread.join(5)

    def register(self, case_id: str, replies: Sequence[Reply]) -> None:
        with self._lock:
            self._scripts[case_id] = _Script(replies)

    def visits(self, case_id: str) -> list[Visit]:
        with self._lock:
            return list(self._scripts[case_id].visits)

    def kill(self, case_id: str) -> None:
        """Reset every later connection of the case: the watchdog's way to free a client stuck in a loop."""
        with self._lock:
            self._scripts[case_id].killed = True

    def _accept_loop(self) -> None:
        while not self._closing:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _serve(self, connection: socket.socket) -> None:
        with connection:
            connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            try:
                head = read_request(connection)
            except OSError:
                return
            if head is None:
                return
            case_id = _header(head, CASE_HEADER)
            with self._lock:
                script = self._scripts.get(case_id or "")
                if script is None or script.killed:
                    reply = None
                else:
                    visit = Visit(head)
                    reply = script.replies[min(len(script.visits), len(script.replies) - 1)]
                    script.visits.append(visit)
            if reply is None:
                _reset(connection)
                return
            # The client may leave mid-reply; that is its right.
            with contextlib.suppress(OSError):
                _play(connection, reply, visit)


def read_request(connection: socket.socket) -> bytes | None:
    """The head of one request, its body read and dropped; None when the client hangs up first."""
    connection.settimeout(10)
    data = b""
    while b"\r\n\r\n" not in data:
        piece = connection.recv(65536)
        if not piece:
            return None
        data += piece
    head, _, rest = data.partition(b"\r\n\r\n")
    length = int(_header(head, "content-length") or 0)
    while len(rest) < length:
        piece = connection.recv(65536)
        if not piece:
            return None
        rest += piece
    return head


def _header(head: bytes, name: str) -> str | None:
    for line in head.split(b"\r\n")[1:]:
        key, _, value = line.partition(b":")
        if key.strip().lower() == name.encode():
            return value.strip().decode("latin-1")
    return None


def _play(connection: socket.socket, reply: Reply, visit: Visit) -> None:
    for write in reply.writes:
        if isinstance(write, Pause):
            time.sleep(write.seconds)
        else:
            connection.sendall(write)
    if reply.ending == "reset":
        _reset(connection)
    elif reply.ending == "hold":
        visit.outwaited = _client_stays(connection, reply.heartbeat)
    else:
        connection.shutdown(socket.SHUT_WR)
        _drain(connection)


def _client_stays(connection: socket.socket, heartbeat: bytes) -> bool:
    deadline = time.monotonic() + HOLD_SECONDS
    while (left := deadline - time.monotonic()) > 0:
        connection.settimeout(min(left, HEARTBEAT_SECONDS) if heartbeat else left)
        try:
            if not connection.recv(65536):
                return False
        except TimeoutError:
            if heartbeat:
                connection.sendall(heartbeat)
        except OSError:
            return False
    return True


def _drain(connection: socket.socket) -> None:
    # Waiting for the client's close keeps our FIN from racing a reset of unread data.
    connection.settimeout(HOLD_SECONDS)
    try:
        while connection.recv(65536):
            pass
    except OSError:
        pass


def _reset(connection: socket.socket) -> None:
    # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    connection.close()
