"""How fast the local C1 server serves, measured from outside its process.

    python bench/serve_bench.py [--seconds 10] [--connections 32] [--chunks 200000]

The server runs as ``python -m thesys_c1.testing`` in a child process. Load
comes from other processes: ``wrk`` when it is installed (requests/s of
non-streamed answers), else a Python load process; stream throughput comes
from a Python client process that reads ``/bench chunks=N`` streams and counts
their events. The server's memory is read from /proc before and after a stream
a hundred times longer than the first, to show that it stays flat.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

KEY = "bench-key"

WRK_SCRIPT = """
wrk.method = "POST"
wrk.body = '{body}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer {key}"
"""

# Run in its own process: counts the events of a stream without parsing them.
STREAM_CLIENT = textwrap.dedent(
    """
    import json, sys, time, httpx
    root, key, path, body = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
    marker = b"event: " if path.endswith("/responses") else b"data: "
    started = time.perf_counter()
    events = 0
    tail = b""
    with httpx.stream("POST", root + path, json=body, headers={"authorization": "Bearer " + key},
                      timeout=600) as response:
        for chunk in response.iter_raw(65536):
            data = tail + chunk
            events += data.count(marker) - tail.count(marker)
            tail = data[-16:]
    print(json.dumps({"events": events, "seconds": time.perf_counter() - started}))
    """
)

# Used when wrk is missing: an asyncio load process with keep-alive connections.
PY_LOAD = textwrap.dedent(
    """
    import asyncio, json, sys, time, httpx
    root, key, path, body, seconds, connections = sys.argv[1:7]
    seconds, connections, body = float(seconds), int(connections), json.loads(body)
    async def worker(client, deadline, counts):
        while time.perf_counter() < deadline:
            response = await client.post(path, json=body)
            counts[response.status_code == 200] += 1
    async def main():
        limits = httpx.Limits(max_connections=connections)
        async with httpx.AsyncClient(base_url=root, headers={"authorization": "Bearer " + key},
                                     limits=limits, timeout=60) as client:
            counts = [0, 0]
            started = time.perf_counter()
            await asyncio.gather(*(worker(client, started + seconds, counts) for _ in range(connections)))
            print(json.dumps({"ok": counts[1], "failed": counts[0], "seconds": time.perf_counter() - started}))
    asyncio.run(main())
    """
)


def start_server() -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "thesys_c1.testing", "--port", "0", "--api-key", KEY],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    match = re.search(r"(http://\S+)", first)
    if not match:
        process.kill()
        raise SystemExit(f"the server did not start: {first!r}")
    return process, match.group(1)


def memory_kib(pid: int) -> dict[str, int]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0])
    return fields


def run_json(args: list[str]) -> dict[str, float]:
    result = subprocess.run(args, capture_output=True, text=True, check=True)
    parsed: dict[str, float] = json.loads(result.stdout)
    return parsed


def wrk_requests_per_second(url: str, body: dict[str, object], seconds: int, connections: int) -> tuple[float, str]:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT.format(body=json.dumps(body), key=KEY))
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "-s", script.name, url]
    try:
        result = subprocess.run(command, capture_output=True, text=True)
    finally:
        os.unlink(script.name)
    output = result.stdout
    if result.returncode != 0:
        raise SystemExit(f"wrk failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    match = re.search(r"Requests/sec:\s+([\d.]+)", output)
    if not match or "Non-2xx" in output:
        raise SystemExit(f"wrk did not measure cleanly:\n{output}")
    return float(match.group(1)), " ".join(command[:-3]) + " -s <a POST with the JSON body> URL"


def python_requests_per_second(
    root: str, path: str, body: dict[str, object], seconds: int, connections: int
) -> tuple[float, str]:
    args = [sys.executable, "-c", PY_LOAD, root, KEY, path, json.dumps(body), str(seconds), str(connections)]
    result = run_json(args)
    if result["failed"]:
        raise SystemExit(f"{result['failed']} requests failed")
    return result["ok"] / result["seconds"], f"python httpx load process, {connections} connections, {seconds}s"


def stream(root: str, path: str, body: dict[str, object]) -> dict[str, float]:
    return run_json([sys.executable, "-c", STREAM_CLIENT, root, KEY, path, json.dumps(body)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=10, help="duration of each request-rate run")
    parser.add_argument("--connections", type=int, default=32, help="concurrent keep-alive connections")
    parser.add_argument("--chunks", type=int, default=200_000, help="content deltas in each measured stream")
    arguments = parser.parse_args()

    process, root = start_server()
    try:
        question = "How fast is this?"
        chat_body: dict[str, object] = {"model": "c1/bench", "messages": [{"role": "user", "content": question}]}
        responses_body: dict[str, object] = {"model": "c1/bench", "input": question, "store": False}
        print(f"local C1 server {root} (pid {process.pid}); {os.cpu_count()} CPUs")
        use_wrk = shutil.which("wrk") is not None
        print("\nRequests per second, non-streamed answers")
        for path, body in (("/v1/embed/chat/completions", chat_body), ("/v1/embed/responses", responses_body)):
            if use_wrk:
                rate, how = wrk_requests_per_second(root + path, body, arguments.seconds, arguments.connections)
            else:
                rate, how = python_requests_per_second(root, path, body, arguments.seconds, arguments.connections)
            print(f"  {path:28} {rate:10.0f} req/s")
        print(f"  measured with: {how}")

        bench = f"/bench chunks={arguments.chunks}"
        print(f"\nStream events per second, user text {bench!r}, read by a separate process")
        for path, body in (
            (
                "/v1/embed/chat/completions",
                {"model": "m", "stream": True, "messages": [{"role": "user", "content": bench}]},
            ),
            ("/v1/embed/responses", {"model": "m", "stream": True, "input": bench}),
        ):
            result = stream(root, path, body)
            rate = result["events"] / result["seconds"]
            print(f"  {path:28} {rate:10.0f} events/s ({result['events']:.0f} events in {result['seconds']:.2f}s)")

        print("\nServer memory while streaming (stored responses included: store defaults to true)")
        small, large = 10_000, 1_000_000
        stream(root, "/v1/embed/responses", {"model": "m", "stream": True, "input": f"/bench chunks={small}"})
        before = memory_kib(process.pid)
        stream(root, "/v1/embed/responses", {"model": "m", "stream": True, "input": f"/bench chunks={large}"})
        after = memory_kib(process.pid)
        print(f"  peak RSS after a {small}-chunk stream:   {before['VmHWM'] / 1024:8.1f} MiB")
        print(f"  peak RSS after a {large}-chunk stream: {after['VmHWM'] / 1024:8.1f} MiB")
        print(f"  ratio (100 times the events): {after['VmHWM'] / before['VmHWM']:.3f}")
    finally:
        process.terminate()
        process.wait(timeout=10)
    return 0


if __name__ == "__main__":
    started = time.perf_counter()
    code = main()
    print(f"\n(benchmark took {time.perf_counter() - started:.0f}s)")
    raise SystemExit(code)
