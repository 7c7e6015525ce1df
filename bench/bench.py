"""`make bench`: the same calls through thesys_c1, the openai SDK and raw httpx + json, as ratios.

Usage: python -m bench.bench [--requests N] [--chunks N] [--streams N] [--scale N] [--scale-chunks N]
                             [--memory-chunks N] [--imports N]

In one run: one request and whole streams (Chat Completions and Responses,
sync and async) through every client, interleaved; many concurrent AsyncC1
and AsyncOpenAI streams (bench/scale.py), one very long stream's peak memory
(bench/memory.py), one large event's decoding (bench/large_event.py) and
import times.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import large_event
from .streams import MODEL, Clients, chat_runs, responses_runs

if TYPE_CHECKING:
    from openai.types.chat import ChatCompletionMessageParam as OpenAIMessage

    from thesys_c1.params import ChatCompletionMessageParam

IMPORTS = (("import thesys_c1", "import openai"), ("from thesys_c1 import C1", "from openai import OpenAI"))
QUESTION = "How did the population of the world grow from 1950 to 2020?"


@dataclass
class Sample:
    wall: float
    cpu: float


@contextmanager
def local_server() -> Iterator[tuple[str, str]]:
    """The local C1 server in its own process, so that it does not share this process's GIL."""
    command = [sys.executable, "-m", "bench.serve"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline().split()
        if len(line) != 2:
            raise RuntimeError(f"the local server did not start (exit status {process.poll()})")
        yield line[0], line[1]
    finally:
        process.terminate()
        process.wait(timeout=10)


def measure(run: Callable[[], object], repeat: int) -> list[Sample]:
    samples = []
    for _ in range(repeat):
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        samples.append(Sample(time.perf_counter() - wall, time.process_time() - cpu))
    return samples


def interleaved(runs: dict[str, Callable[[], object]], rounds: int, per_round: int) -> dict[str, list[Sample]]:
    """Alternate the clients round by round, so drift in the machine or server hits all of them alike."""
    results: dict[str, list[Sample]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            results[name] += measure(run, per_round)
    return results


def median(samples: list[Sample], field: str) -> float:
    return float(statistics.median(getattr(sample, field) for sample in samples))


def import_time(statement: str, runs: int) -> float:
    """Seconds a fresh interpreter spends on `statement`, minus its own start-up (best of `runs`)."""

    def best(code: str) -> float:
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True)
            times.append(time.perf_counter() - start)
        return min(times)

    return max(best(statement) - best("pass"), 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bench")
    parser.add_argument("--requests", type=int, default=150, help="non-streaming requests per client and mode")
    parser.add_argument("--chunks", type=int, default=5_000, help="content chunks per stream")
    parser.add_argument("--streams", type=int, default=3, help="streams per client, API and mode")
    parser.add_argument("--scale", type=int, default=1000, help="concurrent AsyncC1 / AsyncOpenAI streams")
    parser.add_argument("--scale-chunks", type=int, default=50, help="content chunks per concurrent stream")
    parser.add_argument("--memory-chunks", type=int, default=1_000_000, help="content chunks of the long stream")
    parser.add_argument("--imports", type=int, default=5, help="fresh interpreters per import measurement")
    args = parser.parse_args(argv)

    import thesys_c1._lib.json_decoding

    if not thesys_c1._lib.json_decoding.speedups_available():
        print("(orjson is not installed: the thesys_c1 rows both use the standard library's json)\n")
    rounds = 3
    loop = asyncio.new_event_loop()

    def blocking(run: Callable[[], Awaitable[object]]) -> Callable[[], object]:
        return lambda: loop.run_until_complete(run())

    with local_server() as (base_url, api_key):
        clients = Clients(base_url, api_key)
        sync_calls, async_calls = request_runs(clients)
        streams: dict[str, dict[str, list[Sample]]] = {}
        events: dict[str, int] = {}
        for api, make in (("chat", chat_runs), ("responses", responses_runs)):
            sync_runs, async_runs = make(clients, args.chunks)
            modes: dict[str, dict[str, Callable[[], Any]]] = {
                "sync": dict(sync_runs),
                "async": {name: blocking(run) for name, run in async_runs.items()},
            }
            for mode, runs in modes.items():
                seen = {name: run() for name, run in runs.items()}  # warm up, and check all saw the same stream
                if len(set(seen.values())) != 1:
                    counts = {name: count for name, (count, _) in seen.items()}
                    raise RuntimeError(f"the clients saw different {api} streams ({mode}; events: {counts})")
                events[api] = next(iter(seen.values()))[0]
                streams[f"{api} {mode}"] = interleaved(runs, rounds, max(args.streams // rounds, 1))
        for run in (*sync_calls.values(), *(blocking(run) for run in async_calls.values())):
            run()  # warm up connections and lazy imports
        calls = {
            "sync": interleaved(sync_calls, rounds, max(args.requests // rounds, 1)),
            "async": interleaved({k: blocking(v) for k, v in async_calls.items()}, rounds, args.requests // rounds),
        }
        clients.close()
        loop.run_until_complete(clients.aclose())
        scale = [
            run_child("bench.scale", client, base_url, api_key, str(args.scale), str(args.scale_chunks))
            for client in ("thesys_c1", "openai")
        ]
        memory = run_child("bench.memory", base_url, api_key, str(args.memory_chunks))
    loop.close()

    imports = {
        (ours, theirs): (import_time(ours, args.imports), import_time(theirs, args.imports)) for ours, theirs in IMPORTS
    }
    print(report(calls, streams, events, args))
    print(scale_report(scale, args))
    print(memory_report(memory))
    print(large_event_report(large_event.measure()))
    print(imports_report(imports))
    return 0


def request_runs(
    clients: Clients,
) -> tuple[dict[str, Callable[[], object]], dict[str, Callable[[], Awaitable[object]]]]:
    messages: list[ChatCompletionMessageParam] = [{"role": "user", "content": QUESTION}]
    openai_messages: list[OpenAIMessage] = [{"role": "user", "content": QUESTION}]
    url = clients.base_url + "/embed/chat/completions"

    def c1_call() -> object:
        return clients.c1.chat.completions.create(model=MODEL, messages=messages).choices[0].message.content

    def openai_call() -> object:
        return clients.openai.chat.completions.create(model=MODEL, messages=openai_messages).choices[0].message.content

    def raw_call() -> object:
        response = clients.raw.post(url, json={"model": MODEL, "messages": messages})
        response.raise_for_status()
        return json.loads(response.content)["choices"][0]["message"]["content"]

    async def ac1_call() -> object:
        completion = await clients.ac1.chat.completions.create(model=MODEL, messages=messages)
        return completion.choices[0].message.content

    async def aopenai_call() -> object:
        completion = await clients.aopenai.chat.completions.create(model=MODEL, messages=openai_messages)
        return completion.choices[0].message.content

    async def araw_call() -> object:
        response = await clients.araw.post(url, json={"model": MODEL, "messages": messages})
        response.raise_for_status()
        return json.loads(response.content)["choices"][0]["message"]["content"]

    return (
        {"thesys_c1": c1_call, "openai": openai_call, "raw httpx": raw_call},
        {"thesys_c1": ac1_call, "openai": aopenai_call, "raw httpx": araw_call},
    )


def run_child(module: str, *args: str) -> dict[str, Any]:
    """A measurement in a fresh interpreter, so that its memory figures are its own."""
    result = subprocess.run([sys.executable, "-m", module, *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{module} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    parsed: dict[str, Any] = json.loads(result.stdout)
    return parsed


def report(
    calls: dict[str, dict[str, list[Sample]]],
    streams: dict[str, dict[str, list[Sample]]],
    events: dict[str, int],
    args: argparse.Namespace,
) -> str:
    lines = [
        f"python {sys.version.split()[0]}; local C1 server in its own process; per client and mode"
        f" {args.requests} requests and {args.streams} streams of {args.chunks} chunks, interleaved in 3 rounds;"
        " medians",
        "",
        "One request (chat completion, rule checks on)",
        "",
        "| client | sync | vs raw | CPU vs raw | async | vs raw | CPU vs raw |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in calls["sync"]:
        cells = []
        for mode in ("sync", "async"):
            samples, base = calls[mode][name], calls[mode]["raw httpx"]
            wall, cpu = median(samples, "wall"), median(samples, "cpu")
            cells.append(
                f"{wall * 1000:.2f} ms | {wall / median(base, 'wall'):.2f}x | {cpu / median(base, 'cpu'):.2f}x"
            )
        lines.append(f"| {name} | {' | '.join(cells)} |")
    lines += [
        "",
        "(time relative to raw httpx + json: lower is better)",
        "",
        "Whole streams: typed chunks or events handed out, the final answer accumulated",
        "",
        "| stream | client | events/s | events/s vs raw | CPU/event vs raw |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for key, samples_by_client in streams.items():
        count = events[key.split()[0]]
        base_wall = median(samples_by_client["raw httpx"], "wall")
        base_cpu = median(samples_by_client["raw httpx"], "cpu")
        for name, samples in samples_by_client.items():
            wall, cpu = median(samples, "wall"), median(samples, "cpu")
            lines.append(f"| {key} | {name} | {count / wall:,.0f} | {base_wall / wall:.2f}x | {cpu / base_cpu:.2f}x |")
    lines += [
        "",
        "(events/s vs raw: higher is better, 1.00x is raw httpx + json.loads on the same stream;"
        " CPU is this process's, the server runs in another)",
    ]
    return "\n".join(lines)


def scale_report(results: list[dict[str, Any]], args: argparse.Namespace) -> str:
    lines = [
        "",
        f"{args.scale} concurrent streams of {args.scale_chunks} chunks in one process (asyncio)",
        "",
        "| client | exact answers | events/s, all streams | vs AsyncOpenAI | memory per open stream |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    rates = {result["client"]: result["events"] / result["seconds"] for result in results}
    for result in results:
        rate = rates[result["client"]]
        lines.append(
            f"| {'AsyncC1' if result['client'] == 'thesys_c1' else 'AsyncOpenAI'}"
            f" | {result['exact']} of {result['streams']} | {rate:,.0f} | {rate / rates['openai']:.2f}x"
            f" | {result['kib_per_open_stream']:.1f} KiB |"
        )
    return "\n".join(lines)


def memory_report(result: dict[str, Any]) -> str:
    growth = (result["peak_kib"] - result["short_peak_kib"]) / 1024
    return "\n".join(
        [
            "",
            f"Memory: one C1 chat stream of {result['chunks'] - 2:,} content chunks"
            f" ({result['answer_characters'] / 1e6:.1f} million characters of answer),"
            f" final text exact: {'yes' if result['exact'] else 'NO'}",
            f"  peak RSS after a {result['short_chunks']:,}-chunk stream: {result['short_peak_kib'] / 1024:.1f} MiB;"
            f" after the long one: {result['peak_kib'] / 1024:.1f} MiB (+{growth:.1f} MiB,"
            f" the answer itself is {result['answer_characters'] / 2**20:.1f} MiB, held twice for a moment"
            " by the one join that makes the final text)",
        ]
    )


def large_event_report(rows: list[tuple[int, float, float]]) -> str:
    lines = [
        "",
        "One large event (a single data: line) through the SSE decoder",
        "",
        "| event | in 16 KiB reads | per MiB | in one read |",
        "| ---: | ---: | ---: | ---: |",
    ]
    for size, small, whole in rows:
        lines.append(f"| {size} MiB | {small * 1000:.1f} ms | {small / size * 1000:.1f} ms | {whole * 1000:.1f} ms |")
    return "\n".join(lines)


def imports_report(imports: dict[tuple[str, str], tuple[float, float]]) -> str:
    lines = [
        "",
        "| import (fresh interpreter, best of runs, start-up subtracted) | thesys_c1 | openai | ratio |",
        "| --- | ---: | ---: | ---: |",
    ]
    for (our_statement, their_statement), (ours, theirs) in imports.items():
        lines.append(
            f"| `{our_statement}` vs `{their_statement}` | {ours * 1000:.0f} ms | {theirs * 1000:.0f} ms"
            f" | {ours / theirs:.2f}x |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
