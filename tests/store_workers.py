"""What the worker processes of the thread store tests run: appends on one thread, and the example server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from thesys_c1 import C1
from thesys_c1.react import ThreadStore, thread_store_from_url

REPO = Path(__file__).resolve().parent.parent
SERVER = REPO / "examples" / "react-chat" / "server.py"


def open_store(url: str, base_url: str, api_key: str) -> ThreadStore:
    return thread_store_from_url(url, client=C1(base_url=base_url, api_key=api_key, max_retries=0))


def append_turns(
    url: str,
    base_url: str,
    api_key: str,
    thread_id: str,
    worker: int,
    threads: int,
    turns: int,
    read_first: bool = False,
) -> None:
    """``threads`` OS threads, each appending ``turns`` user/assistant pairs in single calls.

    ``thread_id`` is the one thread they all append to; with ``read_first``
    each OS thread has a thread of its own (``thread_id`` is its prefix) and
    reads the history before each append, as a backend turn does.
    """
    store = open_store(url, base_url, api_key)

    def run(index: int) -> None:
        thread = f"{thread_id}-{worker}-{index}" if read_first else thread_id
        for turn in range(turns):
            tag = f"w{worker}-t{index}-n{turn}"
            if read_first:
                store.messages(thread)
            store.append(
                thread, {"role": "user", "content": f"ask {tag}"}, {"role": "assistant", "content": f"answer {tag}"}
            )

    workers = [threading.Thread(target=run, args=(index,)) for index in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()


def ask(url: str, thread: str, question: str) -> httpx.Response:
    """One turn as C1Chat sends it, over a fresh connection, so the turns of one thread spread over the workers."""
    body = {"prompt": {"id": uuid.uuid4().hex, "role": "user", "content": question}, "threadId": thread}
    with httpx.Client(timeout=60) as client:
        return client.post(f"{url}/api/chat", content=json.dumps(body), headers={"Connection": "close"})


@contextmanager
def example_server(port: int, thread_store: str, base_url: str, api_key: str, workers: int = 2) -> Iterator[str]:
    """``examples/react-chat/server.py`` under ``workers`` uvicorn worker processes; its URL once it answers."""
    environment = {
        **os.environ,
        "THREAD_STORE": thread_store,
        "THESYS_BASE_URL": base_url,
        "THESYS_API_KEY": api_key,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")])),
    }
    log = tempfile.TemporaryFile()  # noqa: SIM115  (closed once the server stopped)
    process = subprocess.Popen(
        [sys.executable, str(SERVER), "--port", str(port), "--workers", str(workers), "--api-only"],
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    # Two workers importing FastAPI on a loaded 2-core machine can take a while.
    deadline = time.monotonic() + 180
    last = "no answer yet"
    try:
        while True:
            if process.poll() is not None or time.monotonic() > deadline:
                log.seek(0)
                output = log.read().decode(errors="replace")
                state = "exited" if process.poll() is not None else "still running"
                raise RuntimeError(f"the example server did not start ({state}; last probe: {last}):\n{output[-3000:]}")
            try:
                # A body C1Chat would not send: a worker that is up answers it at once with a 400.
                probe = httpx.post(f"{url}/api/chat", content=b"{}", timeout=10, trust_env=False)
                if probe.status_code == 400:
                    break
                last = f"HTTP {probe.status_code}: {probe.text[:200]}"
            except httpx.TransportError as error:
                last = repr(error)
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
        log.close()
