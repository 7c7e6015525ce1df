"""Stream one C1 answer and print it.

With THESYS_API_KEY set, the demo asks the Thesys C1 API. Without it, it starts
the local C1 server from ``thesys_c1.testing`` (offline, deterministic answers)
and asks that, so the demo runs anywhere.

    python examples/demo.py ["your question"]

The request goes out through the SDK's client, ``thesys_c1.C1``, as a typed
Chat Completions stream; the C1 rules are checked before anything is sent.
"""

from __future__ import annotations

import contextlib
import html
import os
import re
import sys
from collections.abc import Iterator
from typing import Any

from thesys_c1 import C1, APIConnectionError, APIError, APIStatusError, c1_components
from thesys_c1.testing import LocalC1

C1_BASE_URL = "https://api.thesys.dev/v1"
MODEL = "c1/anthropic/claude-sonnet-4/v-20250930"
QUESTION = "How did the population of the world grow from 1950 to 2020?"


def stream_answer(base_url: str, api_key: str, question: str) -> Iterator[str]:
    """Yield the pieces of the assistant's text as they arrive."""
    with C1(base_url=base_url, api_key=api_key, timeout=60) as client:
        stream = client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": question}], stream=True
        )
        with stream:
            yield from stream.text_deltas()


_THINK = re.compile(r"<thinkitemtitle>(.*?)</thinkitemtitle>", re.DOTALL)


def _render_component(node: dict[str, Any]) -> list[str]:
    name, props = node.get("component"), node.get("props") or {}
    if name == "Header":
        return [f"# {props.get('title', '')}", *([props["subtitle"]] if props.get("subtitle") else []), ""]
    if name == "TextContent":
        return [props.get("textMarkdown", ""), ""]
    if name == "CalloutV2":
        return [f"[{props.get('variant', 'neutral')}] {props.get('title', '')}: {props.get('description', '')}", ""]
    if name == "FollowUpBlock":
        return ["Follow-ups:", *(f"  - {text}" for text in props.get("followUpText", [])), ""]
    lines: list[str] = []
    for child in props.get("children", []):
        if isinstance(child, dict):
            lines += _render_component(child)
    return lines or [f"[{name}]", ""]


def render(answer: str) -> str:
    """A C1 answer (think items, then HTML-escaped JSON in <content>) as plain text for a terminal."""
    lines = [f"(thinking: {html.unescape(title)})" for title in _THINK.findall(answer)]
    for block in c1_components(answer):
        if block.component is not None:
            lines += ["", *_render_component(block.component)]
    return "\n".join(lines).rstrip() if lines else answer


def ask(base_url: str, api_key: str, where: str, question: str) -> None:
    print(f"Asking {where}:\n  {question}\n", flush=True)
    live = sys.stdout.isatty()
    pieces: list[str] = []
    for piece in stream_answer(base_url, api_key, question):
        pieces.append(piece)
        if live:
            print(f"\rStreaming: {len(pieces)} chunks", end="", flush=True)
    answer = "".join(pieces)
    print(f"{chr(13) if live else ''}Streamed {len(pieces)} chunks, {len(answer)} characters.\n", flush=True)
    print(render(answer))


def main(argv: list[str]) -> int:
    question = " ".join(argv) or QUESTION
    api_key = os.environ.get("THESYS_API_KEY")
    try:
        if api_key:
            ask(C1_BASE_URL, api_key, f"the Thesys C1 API at {C1_BASE_URL}", question)
        else:
            with LocalC1() as local:
                where = f"the local C1 server at {local.root_url} (THESYS_API_KEY is not set)"
                ask(local.base_url, local.api_key, where, question)
    except APIStatusError as error:
        print(f"\nThe API refused the request: {error}", file=sys.stderr)
        return 1
    except APIConnectionError as error:
        print(f"\nCould not talk to the API: {error}", file=sys.stderr)
        return 1
    except APIError as error:
        print(f"\nThe answer broke off: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        raise SystemExit(main(sys.argv[1:]))
