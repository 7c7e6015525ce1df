"""One process holding many `AsyncC1` (or `AsyncOpenAI`) streams open at once, run by `make bench` per client.

    python -m bench.scale CLIENT BASE_URL API_KEY STREAMS CHUNKS

CLIENT is ``thesys_c1`` or ``openai``. All streams are opened and each reads
its first chunk; the resident memory then, less what the process held
before, divided by the streams, is the memory per open stream. Then all are
read to the end together; each must give the exact answer (the text of a
reference stream read first, and as many chunks). Prints one JSON line.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import httpx2
import openai

import thesys_c1

from .streams import MODEL


def resident_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


async def main(client: str, base_url: str, api_key: str, streams: int, chunks: int) -> dict[str, Any]:
    # The pool must hold every stream at once; httpx's default is 100 connections.
    limits = httpx.Limits(max_connections=streams, max_keepalive_connections=streams)
    http = httpx.AsyncClient(limits=limits, timeout=httpx.Timeout(600, pool=600))
    messages: Any = [{"role": "user", "content": f"/bench chunks={chunks}"}]
    c1 = thesys_c1.AsyncC1(api_key=api_key, base_url=base_url, http_client=http)
    # openai brings its own HTTP client class (of httpx2); it gets the same limits.
    oa_limits = httpx2.Limits(max_connections=streams, max_keepalive_connections=streams)
    oa_http = openai.DefaultAsyncHttpxClient(limits=oa_limits, timeout=600)
    oa = openai.AsyncOpenAI(api_key=api_key, base_url=base_url + "/embed", http_client=oa_http)

    async def open_stream() -> Any:
        if client == "thesys_c1":
            stream: Any = await c1.chat.completions.create(model=MODEL, messages=messages, stream=True)
        else:
            stream = await oa.chat.completions.create(model=MODEL, messages=messages, stream=True)
        iterator = aiter(stream)
        first = await anext(iterator)
        return stream, iterator, first

    async def finish(opened: Any) -> tuple[int, str]:
        stream, iterator, first = opened
        events, pieces = 1, []
        if client == "thesys_c1":
            async for _chunk in iterator:
                events += 1
            return events, await stream.get_final_text()
        for chunk in (first,):
            if chunk.choices and chunk.choices[0].delta.content:
                pieces.append(chunk.choices[0].delta.content)
        async for chunk in iterator:
            events += 1
            if chunk.choices and chunk.choices[0].delta.content:
                pieces.append(chunk.choices[0].delta.content)
        await stream.close()
        return events, "".join(pieces)

    reference = await finish(await open_stream())  # also loads what the first stream needs
    before = resident_kib()
    started = time.perf_counter()
    opened = await asyncio.gather(*(open_stream() for _ in range(streams)))
    open_kib = resident_kib()
    results = await asyncio.gather(*(finish(one) for one in opened))
    seconds = time.perf_counter() - started
    await http.aclose()
    await oa_http.aclose()
    return {
        "client": client,
        "streams": streams,
        "exact": sum(result == reference for result in results),
        "events": sum(events for events, _ in results),
        "seconds": seconds,
        "kib_per_open_stream": (open_kib - before) / streams,
    }


if __name__ == "__main__":
    name, url, key, count, size = sys.argv[1:6]
    print(json.dumps(asyncio.run(main(name, url, key, int(count), int(size)))))
