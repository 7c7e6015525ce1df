"""Real PostgreSQL and Redis servers for the thread store tests, each on a free loopback port in a scratch dir.

Debian's packages (``postgresql``, ``redis-server``; ``.ci/run`` installs them).
PostgreSQL refuses to run as root, so as root its server runs as ``nobody``
in a directory of its own. A test needing an engine whose binary is missing
is skipped, saying which package to install.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _postgres_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"), key=lambda p: int(p.split("/")[4]))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("postgres")
    return Path(on_path).parent if on_path else None


def _wait(ready: Callable[[], bool], process: subprocess.Popen[bytes], what: str, log: Path) -> None:
    deadline = time.monotonic() + 60
    while not ready():
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"{what} did not start:\n{log.read_text(errors='replace')[-2000:]}")
        time.sleep(0.1)


def _stop(process: subprocess.Popen[bytes], signal_number: int) -> None:
    if process.poll() is None:
        process.send_signal(signal_number)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A PostgreSQL server of its own, trusting loopback: its URL."""
    if _postgres_bin() is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql; .ci/run installs it): store test skipped")
    with running_postgres() as url:
        yield url


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A Redis server of its own, with no persistence: its URL."""
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server; .ci/run installs it): test skipped")
    with running_redis() as url:
        yield url


@contextmanager
def running_postgres() -> Iterator[str]:
    """Start a PostgreSQL server in a scratch directory; its URL until the block ends."""
    import signal

    bin_dir = _postgres_bin()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")
    as_nobody = os.geteuid() == 0
    # Under /tmp when run as root: `nobody` must be able to reach the directory, whatever TMPDIR is.
    scratch = Path(tempfile.mkdtemp(prefix="c1-postgres-", dir="/tmp" if as_nobody else None))
    user = "nobody" if as_nobody else None
    if as_nobody:
        shutil.chown(scratch, user="nobody")
    log = scratch / "server.log"
    data = scratch / "data"
    port = free_port()
    try:
        subprocess.run(
            [bin_dir / "initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"],
            user=user,
            check=True,
            capture_output=True,
            timeout=120,
        )
        with log.open("wb") as output:
            process = subprocess.Popen(
                [
                    *(bin_dir / "postgres", "-D", data, "-k", scratch, "-p", str(port)),
                    *("-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "max_connections=200"),
                ],
                user=user,
                stdout=output,
                stderr=subprocess.STDOUT,
            )
        url = f"postgresql://postgres@127.0.0.1:{port}/postgres"

        def ready() -> bool:
            import psycopg

            try:
                psycopg.connect(url, connect_timeout=2).close()
            except psycopg.OperationalError:
                return False
            return True

        _wait(ready, process, "postgres", log)
        try:
            yield url
        finally:
            _stop(process, signal.SIGINT)  # fast shutdown
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


@contextmanager
def running_redis() -> Iterator[str]:
    """Start a Redis server with no persistence in a scratch directory; its URL until the block ends."""
    import signal

    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is not installed (apt-get install redis-server)")
    scratch = Path(tempfile.mkdtemp(prefix="c1-redis-"))
    log = scratch / "server.log"
    port = free_port()
    try:
        with log.open("wb") as output:
            process = subprocess.Popen(
                [
                    *(binary, "--port", str(port), "--bind", "127.0.0.1", "--dir", scratch),
                    *("--save", "", "--appendonly", "no", "--daemonize", "no"),
                ],
                stdout=output,
                stderr=subprocess.STDOUT,
            )

        def ready() -> bool:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                    sock.sendall(b"PING\r\n")
                    return sock.recv(16).startswith(b"+PONG")
            except OSError:
                return False

        _wait(ready, process, "redis-server", log)
        try:
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            _stop(process, signal.SIGTERM)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
