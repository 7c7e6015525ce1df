"""Runs hostile cases through ``C1`` and ``AsyncC1`` and sorts every outcome into right or WRONG.

Right is: the exact expected result, or an ``APIError`` of the expected class
(where the case allows one). Everything else is WRONG, with a short kind
("untyped RecursionError", "success where an error was required", ...) so
that the summary says what to fix, and the case id to reproduce it.
"""

from __future__ import annotations

import asyncio
import dataclasses
import threading
import time
import traceback
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import Any

import httpx
from hostile_case import STREAM_CALLS, Case
from hostile_samples import MODEL
from hostile_server import CASE_HEADER, HostileServer

import thesys_c1
from thesys_c1 import C1, AsyncC1
from thesys_c1.params import ChatCompletionMessageParam

CANARY_KEY = "c1-canary-9f8e7d6c5b4a39281706"
# A read that gets no byte for this long is a stall: the stall cases pause well past it.
READ_TIMEOUT = 0.3
STALL_SECONDS = 0.8
# No call may take longer than this: every server-side wait ends sooner (hostile_server.HOLD_SECONDS).
WATCHDOG_SECONDS = 15.0
# Items read from an auto-paginating list before calling it endless.
ITEM_CAP = 200
CONVERSATION_ID = "conv_hostile"
MESSAGES: list[ChatCompletionMessageParam] = [{"role": "user", "content": "hi"}]


@dataclass(frozen=True)
class Outcome:
    case: Case
    mode: str
    verdict: str  # "ok", "typed-error" or "WRONG"
    kind: str = ""  # for WRONG: what went wrong, in a few words
    detail: str = ""
    seconds: float = 0.0  # reported, never asserted on


def make_client(server: HostileServer) -> C1:
    timeout = httpx.Timeout(READ_TIMEOUT, connect=2.0)
    # No keep-alive: a connection a case left broken must never carry the next case's request.
    http = httpx.Client(timeout=timeout, limits=httpx.Limits(max_keepalive_connections=0))
    return C1(api_key=CANARY_KEY, base_url=server.base_url, timeout=timeout, max_retries=0, http_client=http)


def make_async_client(server: HostileServer) -> AsyncC1:
    timeout = httpx.Timeout(READ_TIMEOUT, connect=2.0)
    http = httpx.AsyncClient(timeout=timeout, limits=httpx.Limits(max_keepalive_connections=0))
    return AsyncC1(api_key=CANARY_KEY, base_url=server.base_url, timeout=timeout, max_retries=0, http_client=http)


def _headers(case: Case) -> dict[str, str]:
    return {CASE_HEADER: case.id}


def _output_text(response: Any) -> str:
    return thesys_c1.output_text(response)


def call_sync(client: C1, case: Case) -> Any:
    headers, retries = _headers(case), case.max_retries
    if case.call == "chat":
        return client.chat.completions.create(
            model=MODEL, messages=MESSAGES, extra_headers=headers, max_retries=retries
        ).to_dict()
    if case.call == "response":
        return client.responses.create(model=MODEL, input="hi", extra_headers=headers, max_retries=retries).to_dict()
    if case.call == "conversation":
        return client.conversations.retrieve(CONVERSATION_ID, extra_headers=headers, max_retries=retries).to_dict()
    if case.call == "items":
        items = client.conversations.items.list(CONVERSATION_ID, extra_headers=headers, max_retries=retries)
        return [getattr(item, "id", None) for item in islice(items, ITEM_CAP)]
    if case.call.startswith("chat_"):
        with client.chat.completions.create(
            model=MODEL, messages=MESSAGES, stream=True, extra_headers=headers, max_retries=retries
        ) as chat:
            if case.call == "chat_text":
                return chat.get_final_text()
            if case.call == "chat_completion":
                completion = chat.get_final_completion()
                return (completion.choices[0].message.content, completion.choices[0].finish_reason)
            return ("".join(chat.text_deltas()), chat.get_final_text())
    with client.responses.create(
        model=MODEL, input="hi", stream=True, extra_headers=headers, max_retries=retries
    ) as events:
        if case.call == "resp_text":
            return events.get_final_text()
        if case.call == "resp_response":
            response = events.get_final_response()
            return (response.status, _output_text(response))
        return ("".join(events.text_deltas()), events.get_final_text())


async def call_async(client: AsyncC1, case: Case) -> Any:
    headers, retries = _headers(case), case.max_retries
    if case.call == "chat":
        return (
            await client.chat.completions.create(
                model=MODEL, messages=MESSAGES, extra_headers=headers, max_retries=retries
            )
        ).to_dict()
    if case.call == "response":
        return (
            await client.responses.create(model=MODEL, input="hi", extra_headers=headers, max_retries=retries)
        ).to_dict()
    if case.call == "conversation":
        return (
            await client.conversations.retrieve(CONVERSATION_ID, extra_headers=headers, max_retries=retries)
        ).to_dict()
    if case.call == "items":
        found: list[str | None] = []
        async for item in client.conversations.items.list(CONVERSATION_ID, extra_headers=headers, max_retries=retries):
            found.append(getattr(item, "id", None))
            if len(found) == ITEM_CAP:
                break
        return found
    if case.call.startswith("chat_"):
        chat = await client.chat.completions.create(
            model=MODEL, messages=MESSAGES, stream=True, extra_headers=headers, max_retries=retries
        )
        async with chat:
            if case.call == "chat_text":
                return await chat.get_final_text()
            if case.call == "chat_completion":
                completion = await chat.get_final_completion()
                return (completion.choices[0].message.content, completion.choices[0].finish_reason)
            return ("".join([text async for text in chat.text_deltas()]), await chat.get_final_text())
    events = await client.responses.create(
        model=MODEL, input="hi", stream=True, extra_headers=headers, max_retries=retries
    )
    async with events:
        if case.call == "resp_text":
            return await events.get_final_text()
        if case.call == "resp_response":
            response = await events.get_final_response()
            return (response.status, _output_text(response))
        return ("".join([text async for text in events.text_deltas()]), await events.get_final_text())


@contextmanager
def _watchdog(server: HostileServer, case: Case) -> Iterator[threading.Event]:
    fired = threading.Event()

    def bite() -> None:
        fired.set()
        server.kill(case.id)

    timer = threading.Timer(WATCHDOG_SECONDS, bite)
    timer.start()
    try:
        yield fired
    finally:
        timer.cancel()


def run_sync(server: HostileServer, client: C1, case: Case) -> Outcome:
    server.register(case.id, case.replies)
    started = time.monotonic()
    with _watchdog(server, case) as fired:
        try:
            value: Any = call_sync(client, case)
            error: BaseException | None = None
        except Exception as caught:
            value, error = None, caught
    outcome = classify(server, case, "sync", value, error, hung=fired.is_set())
    return dataclasses.replace(outcome, seconds=time.monotonic() - started)


async def run_async(server: HostileServer, client: AsyncC1, case: Case) -> Outcome:
    server.register(case.id, case.replies)
    started = time.monotonic()
    hung = False
    try:
        value: Any = await asyncio.wait_for(call_async(client, case), WATCHDOG_SECONDS)
        error: BaseException | None = None
    except TimeoutError as caught:
        value, error, hung = None, caught, True
        server.kill(case.id)
    except Exception as caught:
        value, error = None, caught
    outcome = classify(server, case, "async", value, error, hung=hung)
    return dataclasses.replace(outcome, seconds=time.monotonic() - started)


def _short(value: Any, limit: int = 160) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + f"... ({len(text)} chars)"


def _leaks(error: BaseException) -> bool:
    shown = [str(error), repr(error), "".join(traceback.format_exception(error))]
    return any(CANARY_KEY in text for text in shown)


def classify(
    server: HostileServer, case: Case, mode: str, value: Any, error: BaseException | None, *, hung: bool
) -> Outcome:
    def wrong(kind: str, detail: str = "") -> Outcome:
        return Outcome(case, mode, "WRONG", kind, detail)

    if hung:
        return wrong(f"hung past the {WATCHDOG_SECONDS:.0f} s watchdog")
    visits = server.visits(case.id)
    if any(visit.outwaited for visit in visits):
        return wrong("kept reading after the answer's end until the server gave up")
    if case.requests is not None and len(visits) != case.requests:
        return wrong(f"sent {len(visits)} requests, expected {case.requests}")
    if error is None:
        if case.expect == "error":
            return wrong("success where an error was required", _short(value))
        if value != case.result:
            return wrong("success with wrong data", f"got {_short(value)}, expected {_short(case.result)}")
        return Outcome(case, mode, "ok")
    if not isinstance(error, thesys_c1.APIError):
        return wrong(f"untyped {type(error).__module__}.{type(error).__name__}", _short(str(error)))
    if _leaks(error):
        return wrong("API key in the error", type(error).__name__)
    if case.expect == "ok":
        stream_note = " (a finished answer lost)" if case.call in STREAM_CALLS else ""
        return wrong(f"{type(error).__name__} where success was required{stream_note}", _short(str(error)))
    if case.expect == "error" and not isinstance(error, case.error):
        return wrong(f"{type(error).__name__} where {case.error.__name__} was required", _short(str(error)))
    return Outcome(case, mode, "typed-error")


def summary(outcomes: list[Outcome], seed: int) -> str:
    families = sorted({outcome.case.family for outcome in outcomes})
    counts = Counter((outcome.case.family, outcome.verdict) for outcome in outcomes)
    seconds: dict[str, float] = dict.fromkeys(families, 0.0)
    for outcome in outcomes:
        seconds[outcome.case.family] += outcome.seconds
    lines = [
        f"hostile cases (seed {seed}): {len(outcomes)}",
        f"{'family':<22}{'ok':>8}{'typed-error':>13}{'WRONG':>8}{'seconds':>10}",
    ]
    for family in families:
        row = [counts[(family, verdict)] for verdict in ("ok", "typed-error", "WRONG")]
        lines.append(f"{family:<22}{row[0]:>8}{row[1]:>13}{row[2]:>8}{seconds[family]:>10.1f}")
    totals = Counter(outcome.verdict for outcome in outcomes)
    lines.append(f"{'total':<22}{totals['ok']:>8}{totals['typed-error']:>13}{totals['WRONG']:>8}")
    kinds = Counter(outcome.kind for outcome in outcomes if outcome.verdict == "WRONG")
    if kinds:
        lines.append("WRONG by kind:")
        lines += [f"  {count:>5}  {kind}" for kind, count in kinds.most_common()]
    return "\n".join(lines)


def failure_report(outcomes: list[Outcome], seed: int, test: str, limit: int = 80) -> str:
    wrong = [outcome for outcome in outcomes if outcome.verdict == "WRONG"]
    lines = [summary(outcomes, seed), "", f"{len(wrong)} WRONG outcome(s); the first {min(limit, len(wrong))}:"]
    for outcome in wrong[:limit]:
        lines.append(f"  [{outcome.mode}] {outcome.case.id}: {outcome.kind}  {outcome.detail}")
    lines.append(
        f"reproduce one: HOSTILE_SEED={seed} HOSTILE_CASE=<id> python -m pytest tests/test_hostile.py -k {test}"
    )
    return "\n".join(lines)
