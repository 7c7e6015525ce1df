"""Turns per second of the React example under 2 uvicorn workers, with each thread store.

    python bench/thread_stores_bench.py [--threads 8] [--turns 5] [--workers 2]

Each store gets its own engine (PostgreSQL and Redis started on loopback as
the tests start them) and the local C1 server answers; ``threads`` browsers
each ask ``turns`` questions in a row, every one over a fresh connection.
A turn is one POST /api/chat read to its end: the history read, the C1
stream and the turn stored. On a shared machine the figures move with the
load; compare stores within one run.
"""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from pathlib import Path

from thesys_c1.testing import LocalC1

# The tests' helpers start the engines and the example server the same way here.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
engines = importlib.import_module("engines")
store_workers = importlib.import_module("store_workers")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--turns", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    arguments = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="c1-store-bench-"))
    with ExitStack() as stack:
        local = stack.enter_context(LocalC1())
        stores = {
            "sqlite": f"sqlite:///{scratch / 'threads.db'}",
            "postgres": stack.enter_context(engines.running_postgres()),
            "redis": stack.enter_context(engines.running_redis()),
            "c1-conversations": f"c1-conversations+sqlite:///{scratch / 'map.db'}",
        }
        print(f"{arguments.threads} threads x {arguments.turns} turns, {arguments.workers} workers")
        for name, url in stores.items():
            with store_workers.example_server(
                engines.free_port(), url, local.base_url, local.api_key, workers=arguments.workers
            ) as base:
                store_workers.ask(base, "warm-up", "warm up")

                def browser(index: int, base: str = base, name: str = name) -> None:
                    for turn in range(arguments.turns):
                        answer = store_workers.ask(base, f"{name}-{index}", f"question {turn}")
                        answer.raise_for_status()

                started = time.perf_counter()
                with ThreadPoolExecutor(arguments.threads) as pool:
                    list(pool.map(browser, range(arguments.threads)))
                elapsed = time.perf_counter() - started
            turns = arguments.threads * arguments.turns
            store_turns, store_elapsed = _store_alone(url, local, arguments.workers)
            print(
                f"{name:>18}: {turns / elapsed:7.1f} turns/s through the example ({turns} in {elapsed:.2f} s); "
                f"the store alone {store_turns / store_elapsed:7.1f} read+append turns/s",
                flush=True,
            )


def _store_alone(url: str, local: LocalC1, processes: int) -> tuple[int, float]:
    """What the store itself sustains: ``processes`` processes x 4 OS threads, each reading then appending."""
    threads, turns = 4, 150
    context = multiprocessing.get_context("spawn")
    workers = [
        context.Process(
            target=store_workers.append_turns,
            args=(url, local.base_url, local.api_key, f"bench-{number}", number, threads, turns, True),
        )
        for number in range(processes)
    ]
    started = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
        if worker.exitcode != 0:
            raise RuntimeError(f"a store worker failed on {url}")
    # Includes starting the processes; the same for every store.
    return processes * threads * turns, time.perf_counter() - started


if __name__ == "__main__":
    main()
