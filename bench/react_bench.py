"""`make bench` (second part): the cost of thesys_c1.react and thesys_c1.content, as ratios.

Usage: python -m bench.react_bench [--chunks N] [--repeat N]

In one process, without a server:

- answer stream: N chat chunk models of a C1 answer through ``iter_answer``
  (hold-back of unfinished tags and entities, failure tracking, the text kept
  for the history) against the least any pass-through does: take each
  chunk's text and encode it; for scale, what making those models from the
  wire costs (``json.loads`` + the checked parse streams use), and what
  the client's own stream costs per chunk (the same chunks as server-sent
  event bytes through ``ChatCompletionStream``: SSE, JSON, checks, models and
  the accumulated answer), the cost the helper's share is measured against;
- answer parser: the same answer through ``parse_answer`` whole, and through
  ``AnswerParser`` fed chunk by chunk, against ``html.unescape`` of the text.

Ratios are measured in the same run; nothing here fails because of a number.
"""

from __future__ import annotations

import argparse
import gc
import html
import json
import time
from collections.abc import Callable

import httpx

from thesys_c1 import ChatCompletionChunk
from thesys_c1._lib.parsing import parse
from thesys_c1._lib.streaming import ChatChunkReader, ChatCompletionStream
from thesys_c1.content import AnswerParser, escape, parse_answer
from thesys_c1.react import iter_answer


def _answer(rows: int) -> str:
    table = {
        "component": "Table",
        "props": {
            "rows": [[f"row {row}", f"{row * 1.5:.1f} billion", "it's <rising> & growing"] for row in range(rows)]
        },
    }
    tree = {"component": {"component": "Card", "props": {"children": [table]}}, "error": None}
    think = '<thinkitem ephemeral="true"><thinkitemtitle>Reading</thinkitemtitle></thinkitem>'
    return think + '<content thesys="true">' + escape(json.dumps(tree)) + "</content>"


def _chunks(text: str, count: int) -> list[ChatCompletionChunk]:
    size = max(1, len(text) // count)
    pieces = [text[start : start + size] for start in range(0, len(text), size)]
    base = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "c1/x"}
    # Each choice carries finish_reason and logprobs, null until the end, as C1 and the local server send them.
    chunks = [
        ChatCompletionChunk.from_dict(
            base | {"choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None, "logprobs": None}]}
        )
        for piece in pieces
    ]
    chunks.append(
        ChatCompletionChunk.from_dict(base | {"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    )
    return chunks


def _best(work: Callable[[], object], repeat: int) -> float:
    # CPU time of this process: on a shared machine, time spent waiting for a core is not the code's.
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chunks", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    arguments = parser.parse_args()

    text = _answer(rows=max(1, arguments.chunks // 8))
    chunks = _chunks(text, arguments.chunks)
    count = len(chunks)

    def baseline_stream() -> bytes:
        out = []
        for chunk in chunks:
            content = chunk.choices[0].delta.content
            if isinstance(content, str):
                out.append(content.encode())
        return b"".join(out)

    def helper_stream() -> bytes:
        return b"".join(iter_answer(chunks))

    wire = [json.dumps(chunk.to_dict()) for chunk in chunks]

    def parse_models() -> list[ChatCompletionChunk]:
        return [parse("ChatCompletionChunk", json.loads(line)) for line in wire]

    body = "".join(f"data: {line}\n\n" for line in wire).encode() + b"data: [DONE]\n\n"
    reads = [body[start : start + 65536] for start in range(0, len(body), 65536)]

    def client_stream() -> str:
        response = httpx.Response(200, content=iter(reads))
        stream = ChatCompletionStream(response, ChatChunkReader(response, None, "ChatCompletionChunk"))
        for _chunk in stream:
            pass
        return stream.get_final_text()

    assert helper_stream() == baseline_stream() == text.encode() == client_stream().encode()
    base = _best(baseline_stream, arguments.repeat)
    helper = _best(helper_stream, arguments.repeat)
    models = _best(parse_models, arguments.repeat)
    client = _best(client_stream, arguments.repeat)
    print(f"answer stream: {count} chunks, {len(text):,} characters")
    print(f"  text + encode (baseline)   {count / base:12,.0f} chunks/s   1.00x time")
    print(f"  iter_answer                {count / helper:12,.0f} chunks/s   {helper / base:.2f}x time")
    print(f"  models from JSON (scale)   {count / models:12,.0f} chunks/s   {models / base:.2f}x time")
    print(f"  client stream (scale)      {count / client:12,.0f} chunks/s   {client / base:.2f}x time")
    print(
        f"  thesys_c1.react per chunk: {helper / count * 1e6:.2f} us, {helper / client:.1%} of the client stream's"
        f" {client / count * 1e6:.2f} us ({(helper - base) / client:.1%} beyond taking and encoding the text)"
    )

    pieces = [chunk.choices[0].delta.content for chunk in chunks]

    def fed() -> object:
        reader = AnswerParser()
        for piece in pieces:
            if isinstance(piece, str):
                reader.feed(piece)
        return reader.close()

    unescape = _best(lambda: html.unescape(text), arguments.repeat)
    whole = _best(lambda: parse_answer(text), arguments.repeat)
    piecewise = _best(fed, arguments.repeat)
    megabytes = len(text) / 1e6
    print(f"answer parser: {len(text):,} characters")
    print(f"  html.unescape (baseline)   {megabytes / unescape:8.1f} MB/s   1.00x time")
    print(f"  parse_answer, whole        {megabytes / whole:8.1f} MB/s   {whole / unescape:.2f}x time")
    print(f"  AnswerParser, per chunk    {megabytes / piecewise:8.1f} MB/s   {piecewise / unescape:.2f}x time")


if __name__ == "__main__":
    main()
