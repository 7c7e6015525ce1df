"""The stream workloads of `make bench`: one stream read to its end by each client, sync and async.

Every client hands out what its users get (typed chunks or events for
thesys_c1 and openai, decoded dicts for raw httpx + json) and keeps the whole
answer text; each run returns ``(events, text)`` so the caller can check that
all clients saw the same stream. thesys_c1 runs twice, with orjson (the
``speedups`` extra) and with the standard library's json, switched per run
in this process so the two are interleaved like the rest.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import openai

import thesys_c1
from thesys_c1._lib import json_decoding

MODEL = "c1/anthropic/claude-sonnet-4/v-20250930"
Result = tuple[int, str]
SyncRun = Callable[[], Result]
AsyncRun = Callable[[], Awaitable[Result]]


class Clients:
    """The clients of every workload, sync and async, against one server."""

    def __init__(self, base_url: str, api_key: str) -> None:
        self.base_url = base_url
        headers = {"Authorization": f"Bearer {api_key}"}
        self.c1 = thesys_c1.C1(api_key=api_key, base_url=base_url)
        self.openai = openai.OpenAI(api_key=api_key, base_url=base_url + "/embed")
        self.raw = httpx.Client(timeout=600, headers=headers)
        self.ac1 = thesys_c1.AsyncC1(api_key=api_key, base_url=base_url)
        self.aopenai = openai.AsyncOpenAI(api_key=api_key, base_url=base_url + "/embed")
        self.araw = httpx.AsyncClient(timeout=600, headers=headers)

    def close(self) -> None:
        self.c1.close()
        self.openai.close()
        self.raw.close()

    async def aclose(self) -> None:
        await self.ac1.close()
        await self.aopenai.close()
        await self.araw.aclose()


def _raw_chat(line: str, pieces: list[str]) -> int:
    if not line.startswith("data: ") or line == "data: [DONE]":
        return 0
    chunk = json.loads(line[6:])
    if chunk["choices"]:
        content = chunk["choices"][0]["delta"].get("content")
        if content:
            pieces.append(content)
    return 1


def _raw_responses(line: str, pieces: list[str]) -> int:
    if not line.startswith("data: ") or line == "data: [DONE]":
        return 0
    event = json.loads(line[6:])
    if event["type"] == "response.output_text.delta":
        pieces.append(event["delta"])
    return 1


def chat_runs(clients: Clients, chunks: int) -> tuple[dict[str, SyncRun], dict[str, AsyncRun]]:
    messages: Any = [{"role": "user", "content": f"/bench chunks={chunks}"}]
    url = clients.base_url + "/embed/chat/completions"
    body = {"model": MODEL, "messages": messages, "stream": True}

    def c1(speedups: bool) -> SyncRun:
        def run() -> Result:
            json_decoding.use_speedups(speedups)
            events = 0
            with clients.c1.chat.completions.create(model=MODEL, messages=messages, stream=True) as stream:
                for _chunk in stream:
                    events += 1
                return events, stream.get_final_text()

        return run

    def openai_run() -> Result:
        events, pieces = 0, list[str]()
        with clients.openai.chat.completions.create(model=MODEL, messages=messages, stream=True) as stream:
            for chunk in stream:
                events += 1
                if chunk.choices and chunk.choices[0].delta.content:
                    pieces.append(chunk.choices[0].delta.content)
        return events, "".join(pieces)

    def raw_run() -> Result:
        events, pieces = 0, list[str]()
        with clients.raw.stream("POST", url, json=body) as response:
            response.raise_for_status()
            for line in response.iter_lines():
                events += _raw_chat(line, pieces)
        return events, "".join(pieces)

    def ac1(speedups: bool) -> AsyncRun:
        async def run() -> Result:
            json_decoding.use_speedups(speedups)
            events = 0
            async with await clients.ac1.chat.completions.create(model=MODEL, messages=messages, stream=True) as s:
                async for _chunk in s:
                    events += 1
                return events, await s.get_final_text()

        return run

    async def aopenai_run() -> Result:
        events, pieces = 0, list[str]()
        stream = await clients.aopenai.chat.completions.create(model=MODEL, messages=messages, stream=True)
        async with stream:
            async for chunk in stream:
                events += 1
                if chunk.choices and chunk.choices[0].delta.content:
                    pieces.append(chunk.choices[0].delta.content)
        return events, "".join(pieces)

    async def araw_run() -> Result:
        events, pieces = 0, list[str]()
        async with clients.araw.stream("POST", url, json=body) as response:
            response.raise_for_status()
            async for line in response.aiter_lines():
                events += _raw_chat(line, pieces)
        return events, "".join(pieces)

    sync = {"thesys_c1": c1(True), "thesys_c1, stdlib json": c1(False), "openai": openai_run, "raw httpx": raw_run}
    asynchronous = {
        "thesys_c1": ac1(True),
        "thesys_c1, stdlib json": ac1(False),
        "openai": aopenai_run,
        "raw httpx": araw_run,
    }
    return sync, asynchronous


def responses_runs(clients: Clients, chunks: int) -> tuple[dict[str, SyncRun], dict[str, AsyncRun]]:
    text = f"/bench chunks={chunks}"
    url = clients.base_url + "/embed/responses"
    body = {"model": MODEL, "input": text, "stream": True, "store": False}

    def c1(speedups: bool) -> SyncRun:
        def run() -> Result:
            json_decoding.use_speedups(speedups)
            events = 0
            with clients.c1.responses.create(model=MODEL, input=text, stream=True, store=False) as stream:
                for _event in stream:
                    events += 1
                return events, stream.get_final_text()

        return run

    def openai_run() -> Result:
        events, pieces = 0, list[str]()
        with clients.openai.responses.create(model=MODEL, input=text, stream=True, store=False) as stream:
            for event in stream:
                events += 1
                if event.type == "response.output_text.delta":
                    pieces.append(event.delta)
        return events, "".join(pieces)

    def raw_run() -> Result:
        events, pieces = 0, list[str]()
        with clients.raw.stream("POST", url, json=body) as response:
            response.raise_for_status()
            for line in response.iter_lines():
                events += _raw_responses(line, pieces)
        return events, "".join(pieces)

    def ac1(speedups: bool) -> AsyncRun:
        async def run() -> Result:
            json_decoding.use_speedups(speedups)
            events = 0
            async with await clients.ac1.responses.create(model=MODEL, input=text, stream=True, store=False) as s:
                async for _event in s:
                    events += 1
                return events, await s.get_final_text()

        return run

    async def aopenai_run() -> Result:
        events, pieces = 0, list[str]()
        stream = await clients.aopenai.responses.create(model=MODEL, input=text, stream=True, store=False)
        async with stream:
            async for event in stream:
                events += 1
                if event.type == "response.output_text.delta":
                    pieces.append(event.delta)
        return events, "".join(pieces)

    async def araw_run() -> Result:
        events, pieces = 0, list[str]()
        async with clients.araw.stream("POST", url, json=body) as response:
            response.raise_for_status()
            async for line in response.aiter_lines():
                events += _raw_responses(line, pieces)
        return events, "".join(pieces)

    sync = {"thesys_c1": c1(True), "thesys_c1, stdlib json": c1(False), "openai": openai_run, "raw httpx": raw_run}
    asynchronous = {
        "thesys_c1": ac1(True),
        "thesys_c1, stdlib json": ac1(False),
        "openai": aopenai_run,
        "raw httpx": araw_run,
    }
    return sync, asynchronous
