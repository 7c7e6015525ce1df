"""The local C1 server in a process of its own, for the benchmark: prints `<base_url> <api_key>`, runs until killed."""

from __future__ import annotations

import signal
import threading

from thesys_c1.testing import LocalC1


def main() -> None:
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with LocalC1() as server:
        print(server.base_url, server.api_key, flush=True)
        stop.wait()


if __name__ == "__main__":
    main()
