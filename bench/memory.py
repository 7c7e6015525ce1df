"""Peak memory of one process reading a short and then a very long `C1` chat stream, run by `make bench`.

    python -m bench.memory BASE_URL API_KEY CHUNKS

The peak resident memory (VmHWM) is read after a 10,000-chunk stream and
again after one of CHUNKS chunks. The answer text of the long one is
hashed piece by piece as the chunks are handed out and compared with
``get_final_text()``, so the final answer is checked exact without keeping
the pieces here. Prints one JSON line.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import thesys_c1

from .streams import MODEL

SHORT = 10_000


def peak_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/self/status")


def read(c1: thesys_c1.C1, chunks: int) -> tuple[int, bool, int]:
    messages: Any = [{"role": "user", "content": f"/bench chunks={chunks}"}]
    digest = hashlib.sha256()
    events = 0
    with c1.chat.completions.create(model=MODEL, messages=messages, stream=True) as stream:
        for chunk in stream:
            events += 1
            if chunk.choices and isinstance(chunk.choices[0].delta.content, str):
                digest.update(chunk.choices[0].delta.content.encode())
        text = stream.get_final_text()
    final = hashlib.sha256()
    for start in range(0, len(text), 1 << 20):  # in slices: a whole encoded copy would count in the peak
        final.update(text[start : start + (1 << 20)].encode())
    return events, final.digest() == digest.digest(), len(text)


def main(base_url: str, api_key: str, chunks: int) -> dict[str, Any]:
    with thesys_c1.C1(api_key=api_key, base_url=base_url, timeout=3600) as c1:
        read(c1, SHORT)
        short_peak = peak_kib()
        events, exact, characters = read(c1, chunks)
        return {
            "short_chunks": SHORT,
            "short_peak_kib": short_peak,
            "chunks": events,
            "exact": exact,
            "answer_characters": characters,
            "peak_kib": peak_kib(),
        }


if __name__ == "__main__":
    url, key, count = sys.argv[1:4]
    print(json.dumps(main(url, key, int(count))))
