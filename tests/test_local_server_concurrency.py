"""Many requests at once each get their own, correct answer."""

from __future__ import annotations

import asyncio
from typing import Any

import c1_content
import httpx
import sse_frames

from thesys_c1.testing import LocalC1

PARALLEL = 20


async def _ask(client: httpx.AsyncClient, number: int, stream: bool) -> tuple[str, str]:
    question = f"Question number {number}: what comes after {number}?"
    body: dict[str, Any] = {"model": "c1/test", "messages": [{"role": "user", "content": question}], "stream": stream}
    response = await client.post("/v1/embed/chat/completions", json=body)
    assert response.status_code == 200, response.text
    if not stream:
        completion = response.json()
        return completion["id"], completion["choices"][0]["message"]["content"]
    chunks = [frame.json() for frame in sse_frames.parse(response.text) if frame.data != "[DONE]"]
    return chunks[0]["id"], "".join(chunk["choices"][0]["delta"].get("content") or "" for chunk in chunks)


async def _ask_all(local_c1: LocalC1) -> list[tuple[int, str, str]]:
    headers = {"authorization": f"Bearer {local_c1.api_key}"}
    limits = httpx.Limits(max_connections=PARALLEL)
    async with httpx.AsyncClient(base_url=local_c1.root_url, headers=headers, limits=limits, timeout=30) as client:
        jobs = [_ask(client, number, stream=number % 2 == 0) for number in range(PARALLEL)]
        answers = await asyncio.gather(*jobs)
    return [(number, answer_id, text) for number, (answer_id, text) in enumerate(answers)]


def test_parallel_requests_get_correct_distinct_answers(local_c1: LocalC1) -> None:
    results = asyncio.run(_ask_all(local_c1))
    assert len({answer_id for _, answer_id, _ in results}) == PARALLEL
    for number, _, text in results:
        shown = c1_content.texts(c1_content.check_renderable(text))
        assert f"Question number {number}: what comes after {number}?" in shown
        # No answer holds another request's question.
        assert all(f"Question number {other}:" not in shown for other in range(PARALLEL) if other != number)
    assert len([r for r in local_c1.requests if r.path == "/v1/embed/chat/completions"]) == PARALLEL


def test_a_long_stream_does_not_hold_up_other_requests(local_c1: LocalC1) -> None:
    async def scenario() -> tuple[int, list[int]]:
        headers = {"authorization": f"Bearer {local_c1.api_key}"}
        async with httpx.AsyncClient(base_url=local_c1.root_url, headers=headers, timeout=60) as client:
            long_body = {"model": "m", "input": "/bench chunks=200000", "stream": True, "store": False}
            async with client.stream("POST", "/v1/embed/responses", json=long_body) as long_stream:
                lines = long_stream.aiter_lines()
                await anext(lines)  # the long stream is under way
                statuses = []
                for number in range(5):
                    short = {"model": "m", "messages": [{"role": "user", "content": f"short {number}"}]}
                    statuses.append((await client.post("/v1/embed/chat/completions", json=short)).status_code)
                rest = 0
                async for line in lines:
                    rest += line.startswith("event: response.output_text.delta")
                return rest, statuses

    rest, statuses = asyncio.run(scenario())
    assert statuses == [200] * 5
    # The short requests were answered while the long stream was still waiting to be read.
    assert rest > 100_000
