"""``LocalC1``: the local C1 server on loopback, in a background thread of the calling process.

    with LocalC1() as c1:
        client = OpenAI(base_url=c1.embed_url, api_key=c1.api_key)

The socket is bound before the server starts, so ``port=0`` picks a free port
with no race, and the URLs are known as soon as ``start()`` returns.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
from collections.abc import Collection
from types import TracebackType
from typing import TYPE_CHECKING, Any

from .auth import DEFAULT_API_KEY
from .faults import Fault, FaultBook
from .limits import DEFAULT_MAX_BODY_BYTES
from .recording import ReceivedRequest, RequestLog

if TYPE_CHECKING:
    import uvicorn

START_TIMEOUT_SECONDS = 15.0
STOP_TIMEOUT_SECONDS = 5.0
BACKLOG = 2048
_EXTRA_HINT = "the local C1 server needs the testing extra: pip install 'thesys-c1[testing]'"


class _QuietCuts(logging.Filter):
    """A deliberate cut (the ``cut-after`` fault) is not a server error worth a traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        from .streaming import StreamCut

        return not (record.exc_info and isinstance(record.exc_info[1], StreamCut))


def quiet_deliberate_cuts() -> None:
    logger = logging.getLogger("uvicorn.error")
    if not any(isinstance(existing, _QuietCuts) for existing in logger.filters):
        logger.addFilter(_QuietCuts())


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY on accepted connections only for
    # sockets that say they are TCP, and without it every keep-alive answer waits ~40 ms.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    # Listening at once means the URL printed next accepts connections even
    # before the server's loop runs; they wait in the backlog until then.
    sock.listen(BACKLOG)
    sock.set_inheritable(True)
    return sock


def url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


class LocalC1:
    """A real HTTP server that behaves as C1 does, for tests, demos and offline development.

    ``base_url`` is what ``thesys_c1.C1(base_url=...)`` takes, ``embed_url`` what
    OpenAI's SDK takes for generation and ``root_url`` what it takes for the
    Conversations API, as on the C1 docs page. ``requests`` lists every request
    that reached the server; ``add_fault`` plans failures (see ``faults``).
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        api_keys: Collection[str] = (DEFAULT_API_KEY,),
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    ) -> None:
        if isinstance(api_keys, str) or not api_keys:
            raise ValueError("api_keys: give a collection of one or more keys, e.g. ('my-key',)")
        self.host = host
        self.api_keys = tuple(api_keys)
        self.max_body_bytes = max_body_bytes
        self._requested_port = port
        self._port: int | None = None
        self._log = RequestLog()
        self._faults = FaultBook()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None

    # --- where it is -------------------------------------------------------
    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the local C1 server is not running; call start() or use it in a with block")
        return self._port

    @property
    def root_url(self) -> str:
        return f"http://{url_host(self.host)}:{self.port}"

    @property
    def base_url(self) -> str:
        return self.root_url + "/v1"

    @property
    def embed_url(self) -> str:
        return self.base_url + "/embed"

    @property
    def api_key(self) -> str:
        return self.api_keys[0]

    # --- what it saw, what it should do ------------------------------------
    @property
    def requests(self) -> list[ReceivedRequest]:
        """A snapshot of every request received so far, oldest first."""
        return self._log.snapshot()

    def clear_requests(self) -> None:
        self._log.clear()

    def add_fault(self, fault: Fault) -> None:
        self._faults.add(fault)

    def clear_faults(self) -> None:
        """Forget the planned faults and the header faults' ``times`` counters."""
        self._faults.clear()

    # --- running -----------------------------------------------------------
    def start(self) -> LocalC1:
        if self._thread is not None:
            raise RuntimeError("the local C1 server is already running")
        try:
            import uvicorn

            from .app import LocalC1App
        except ImportError as missing:
            raise ImportError(f"{_EXTRA_HINT} ({missing})") from missing

        app = LocalC1App(self.api_keys, self.max_body_bytes, requests=self._log, faults=self._faults)
        quiet_deliberate_cuts()
        sock = bind(self.host, self._requested_port)
        config = uvicorn.Config(
            app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            timeout_graceful_shutdown=1,
            timeout_keep_alive=30,
        )
        server = uvicorn.Server(config)
        self._server = server
        self._failure = None
        self._port = sock.getsockname()[1]
        thread = threading.Thread(target=self._run, args=(server, sock), name=f"local-c1:{self._port}", daemon=True)
        self._thread = thread
        thread.start()
        waited = threading.Event()
        deadline = START_TIMEOUT_SECONDS
        while not server.started and thread.is_alive() and deadline > 0:
            waited.wait(0.01)
            deadline -= 0.01
        if not server.started:
            self.stop()
            raise RuntimeError(f"the local C1 server did not start: {self._failure!r}")
        return self

    def _run(self, server: uvicorn.Server, sock: socket.socket) -> None:
        try:
            asyncio.run(server.serve(sockets=[sock]))
        except BaseException as failure:  # reported by start(); a thread has nowhere else to put it
            self._failure = failure
        finally:
            sock.close()

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        server.should_exit = True
        thread.join(STOP_TIMEOUT_SECONDS)
        if thread.is_alive():
            # Open streams keep a graceful shutdown waiting; end them.
            server.force_exit = True
            thread.join(STOP_TIMEOUT_SECONDS)
        self._server = None
        self._thread = None
        self._port = None

    def __enter__(self) -> LocalC1:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        where = self.root_url if self._port is not None else "not running"
        return f"LocalC1({where})"

    def __getstate__(self) -> Any:
        raise TypeError("a running LocalC1 cannot be pickled; pass its base_url and api_key instead")
