"""`make bench`: the same calls through thesys_c1, the openai SDK and raw httpx + json, as ratios.

Usage: python -m bench.bench [--requests N] [--chunks N] [--streams N] [--imports N]
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openai.types.chat import ChatCompletionMessageParam as OpenAIMessage

    from thesys_c1.params import ChatCompletionMessageParam

MODEL = "c1/anthropic/claude-sonnet-4/v-20250930"
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
    parser.add_argument("--requests", type=int, default=300, help="non-streaming requests per client")
    parser.add_argument("--chunks", type=int, default=10_000, help="content chunks per stream")
    parser.add_argument("--streams", type=int, default=6, help="streams per client")
    parser.add_argument("--imports", type=int, default=7, help="fresh interpreters per import measurement")
    args = parser.parse_args(argv)

    import httpx
    import openai

    import thesys_c1

    messages: list[ChatCompletionMessageParam] = [{"role": "user", "content": QUESTION}]
    stream_messages: list[ChatCompletionMessageParam] = [{"role": "user", "content": f"/bench chunks={args.chunks}"}]
    openai_messages: list[OpenAIMessage] = [{"role": "user", "content": QUESTION}]
    openai_stream_messages: list[OpenAIMessage] = [{"role": "user", "content": f"/bench chunks={args.chunks}"}]

    with local_server() as (base_url, api_key):
        c1 = thesys_c1.C1(api_key=api_key, base_url=base_url)
        oa = openai.OpenAI(api_key=api_key, base_url=base_url + "/embed")
        raw = httpx.Client(timeout=600, headers={"Authorization": f"Bearer {api_key}"})
        url = base_url + "/embed/chat/completions"

        def c1_call() -> object:
            return c1.chat.completions.create(model=MODEL, messages=messages).choices[0].message.content

        def openai_call() -> object:
            return oa.chat.completions.create(model=MODEL, messages=openai_messages).choices[0].message.content

        def raw_call() -> object:
            response = raw.post(url, json={"model": MODEL, "messages": messages})
            response.raise_for_status()
            return json.loads(response.content)["choices"][0]["message"]["content"]

        def c1_stream() -> int:
            count = 0
            with c1.chat.completions.create(model=MODEL, messages=stream_messages, stream=True) as stream:
                for chunk in stream:
                    if chunk.choices and chunk.choices[0].delta.content:
                        count += 1
            return count

        def openai_stream() -> int:
            count = 0
            stream = oa.chat.completions.create(model=MODEL, messages=openai_stream_messages, stream=True)
            with stream:
                for chunk in stream:
                    if chunk.choices and chunk.choices[0].delta.content:
                        count += 1
            return count

        def raw_stream() -> int:
            count = 0
            body = {"model": MODEL, "messages": stream_messages, "stream": True}
            with raw.stream("POST", url, json=body) as response:
                response.raise_for_status()
                for line in response.iter_lines():
                    if not line.startswith("data: ") or line == "data: [DONE]":
                        continue
                    chunk = json.loads(line[6:])
                    if chunk["choices"] and chunk["choices"][0]["delta"].get("content"):
                        count += 1
            return count

        counts = {name: run() for name, run in {"c1": c1_stream, "openai": openai_stream, "raw": raw_stream}.items()}
        if len(set(counts.values())) != 1 or counts["raw"] < args.chunks:
            raise RuntimeError(f"the clients saw different streams (content chunks: {counts})")
        for run in (c1_call, openai_call, raw_call):  # warm up connections and lazy imports
            run()

        rounds = 3
        calls = interleaved(
            {"thesys_c1": c1_call, "openai": openai_call, "raw httpx": raw_call},
            rounds,
            max(args.requests // rounds, 1),
        )
        streams = interleaved(
            {"thesys_c1": c1_stream, "openai": openai_stream, "raw httpx": raw_stream},
            rounds,
            max(args.streams // rounds, 1),
        )
        c1.close()
        oa.close()
        raw.close()

    imports = {
        (ours, theirs): (import_time(ours, args.imports), import_time(theirs, args.imports))
        for ours, theirs in (
            ("import thesys_c1", "import openai"),
            ("from thesys_c1 import C1", "from openai import OpenAI"),
        )
    }
    print(report(calls, streams, counts["raw"], imports, args))
    return 0


def report(
    calls: dict[str, list[Sample]],
    streams: dict[str, list[Sample]],
    chunks: int,
    imports: dict[tuple[str, str], tuple[float, float]],
    args: argparse.Namespace,
) -> str:
    base_call = median(calls["raw httpx"], "wall")
    base_call_cpu = median(calls["raw httpx"], "cpu")
    base_stream = median(streams["raw httpx"], "wall")
    base_stream_cpu = median(streams["raw httpx"], "cpu")
    lines = [
        f"python {sys.version.split()[0]}; local C1 server in its own process;"
        f" {args.requests} requests and {args.streams} streams of {chunks} chunks per client, interleaved",
        "",
        "| client | request (median) | vs raw | client CPU/request vs raw"
        " | stream chunks/s | vs raw | client CPU/stream vs raw |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name in calls:
        call = median(calls[name], "wall")
        call_cpu = median(calls[name], "cpu")
        stream = median(streams[name], "wall")
        stream_cpu = median(streams[name], "cpu")
        lines.append(
            f"| {name} | {call * 1000:.2f} ms | {call / base_call:.2f}x | {call_cpu / base_call_cpu:.2f}x"
            f" | {chunks / stream:,.0f} | {stream / base_stream:.2f}x | {stream_cpu / base_stream_cpu:.2f}x |"
        )
    lines += [
        "",
        "(`vs raw`: time relative to raw httpx + json, lower is better; chunks/s is higher-is-better.)",
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
