"""Hostile cases about streams: every SSE dialect, every byte boundary, then every way to break one."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from typing import Any

from hostile_case import Call, Case, stream_result
from hostile_runner import CANARY_KEY
from hostile_samples import Samples, dumps
from hostile_server import Pause, Reply
from hostile_wire import Dialect, chunk, framed, random_dialect, split_at, sse

import thesys_c1

CHAT_CALLS: list[Call] = ["chat_text", "chat_completion", "chat_deltas"]
RESP_CALLS: list[Call] = ["resp_text", "resp_response", "resp_deltas"]
SETTLE = Pause(0.05)
SSE_TYPE = "text/event-stream"
# Text that is hard to split: multi-byte UTF-8, escapes, quotes, C1 markup, newlines.
ALPHABET = [
    "a",
    "b",
    " ",
    "é",
    "→",
    "😀",
    "\n",
    '"',
    "\\",
    "&quot;",
    '<content thesys="true">',
    "</content>",
    "data: ",
    "\r",
    "[DONE]",
]


def random_deltas(rng: random.Random, count: int) -> list[str]:
    return ["".join(rng.choice(ALPHABET) for _ in range(rng.randrange(1, 8))) for _ in range(count)]


def chat_events(samples: Samples, deltas: list[str]) -> list[tuple[str | None, str]]:
    return [("message" if data != "[DONE]" else None, data) for data in samples.chat_stream(deltas)]


def stream_reply(
    body: bytes, rng: random.Random, *, pieces: int = 0, tail: Sequence[bytes | Pause] | None = None
) -> Reply:
    """A whole stream, chunked, optionally dripped; ``tail`` replaces the proper end."""
    head, *_ = framed(200, b"", content_type=SSE_TYPE, framing="chunked")
    parts = split_at(body, sorted(rng.sample(range(1, len(body)), min(pieces, len(body) - 1)))) if pieces else [body]
    writes: list[bytes | Pause] = [head]
    for part in parts:
        if len(writes) > 1 and pieces:
            writes.append(Pause(0.001))
        writes.append(chunk(part))
    writes += tail if tail is not None else [b"0\r\n\r\n"]
    return Reply(writes)


def dialect_cases(samples: Samples, rng: random.Random, count: int) -> Iterator[Case]:
    for number in range(1, count + 1):
        for api in ("chat", "resp"):
            dialect = random_dialect(rng)
            deltas = random_deltas(rng, rng.randrange(1, 12))
            events = chat_events(samples, deltas) if api == "chat" else samples.response_stream(deltas)
            body = sse(events, dialect, rng)
            call = rng.choice(CHAT_CALLS if api == "chat" else RESP_CALLS)
            reply = stream_reply(body, rng, pieces=rng.choice([0, 0, 3, 20]))
            case_id = f"{api}-sse-{number:04d}-{dialect.label()}-{call}"
            yield Case(case_id, f"{api}-sse", call, [reply], "ok", stream_result(call, "".join(deltas)))


def size_cases(samples: Samples, rng: random.Random) -> Iterator[Case]:
    for label, deltas, pieces in (
        ("tiny-events", ["x"] * 500, 0),
        ("one-256KiB-event", ["é" * (1 << 17)], 0),
        # 8 MiB read in 16 KiB pieces passes the watchdog while decoding is quadratic; 2 MiB shows it in seconds.
        ("one-2MiB-event-in-16KiB-writes", ["z" * (2 << 20)], -1),
    ):
        for api, call in (("chat", "chat_text"), ("resp", "resp_text")):
            events = chat_events(samples, deltas) if api == "chat" else samples.response_stream(deltas)
            body = sse(events, Dialect(), rng)
            if pieces == -1:
                writes: list[bytes | Pause] = [framed(200, b"", content_type=SSE_TYPE, framing="chunked")[0]]
                writes += [chunk(body[a : a + 16384]) for a in range(0, len(body), 16384)]
                writes.append(b"0\r\n\r\n")
                reply = Reply(writes)
            else:
                reply = stream_reply(body, rng)
            yield Case(
                f"{api}-size-{label}-{call}", "stream-size", call, [reply], "ok", stream_result(call, "".join(deltas))
            )


def split_cases(samples: Samples, rng: random.Random, responses_samples: int) -> Iterator[Case]:
    """One small stream cut into two writes at every byte boundary (chat), or at many (Responses)."""
    deltas = ["é→", "😀 <content", ' thesys="true">']
    chat = sse(chat_events(samples, deltas), Dialect(newline="\r\n"), rng)
    resp = sse(samples.response_stream(deltas), Dialect(newline="\r", event_names=True), rng)
    head = framed(200, b"", content_type=SSE_TYPE, framing="eof")[0]
    for api, body, cuts in (
        ("chat", chat, range(1, len(chat))),
        ("resp", resp, sorted(rng.sample(range(1, len(resp)), responses_samples))),
    ):
        call: Call = "chat_text" if api == "chat" else "resp_text"
        for cut in cuts:
            reply = Reply([head, body[:cut], Pause(0.001), body[cut:]])
            yield Case(
                f"{api}-split-{cut:05d}", f"{api}-split", call, [reply], "ok", stream_result(call, "".join(deltas))
            )


def _chat_wrong_shapes(samples: Samples) -> list[tuple[str, str]]:
    base = samples.chat_chunk({"content": "x"})
    shapes: list[tuple[str, object]] = [
        ("choices-string", {**base, "choices": "abc"}),
        ("choices-number-list", {**base, "choices": [5]}),
        ("delta-string", {**base, "choices": [{"index": 0, "delta": "x", "finish_reason": None}]}),
        ("tool-calls-string", samples.chat_chunk({"tool_calls": "x"})),
        ("tool-calls-numbers", samples.chat_chunk({"tool_calls": [1, 2]})),
        ("function-string", samples.chat_chunk({"tool_calls": [{"index": 0, "function": "f"}]})),
        ("content-number", samples.chat_chunk({"content": 5})),
        ("index-string", {**base, "choices": [{"index": "0", "delta": {"content": "x"}, "finish_reason": None}]}),
        ("logprobs-string", {**base, "choices": [{"index": 0, "delta": {}, "logprobs": "x", "finish_reason": None}]}),
        ("top-array", [1, 2]),
        ("top-number", 5),
        ("top-string", "x"),
        ("top-null", None),
        ("deep", "[" * 100_000),
        ("not-json", "{not json"),
        ("error", {"error": {"message": f"upstream failed for {CANARY_KEY}", "type": "server_error"}}),
    ]
    return [(label, raw if isinstance(raw, str) else dumps(raw)) for label, raw in shapes]


def _resp_wrong_shapes(samples: Samples) -> list[tuple[str, str]]:
    delta = samples.response_event("response.output_text.delta", 4, delta="x")
    completed = samples.response_event("response.completed", 9, response=samples.completed_response("x"))
    shapes: list[tuple[str, object]] = [
        ("output-index-list", {**delta, "output_index": [0]}),
        ("delta-number", {**delta, "delta": 5}),
        ("content-index-string", {**delta, "content_index": "0"}),
        ("type-number", {**delta, "type": 5}),
        ("no-type", {key: value for key, value in delta.items() if key != "type"}),
        ("completed-response-id-number", {**completed, "response": {"id": 5}}),
        ("completed-response-string", {**completed, "response": "done"}),
        ("completed-output-dict", {**completed, "response": {**completed["response"], "output": {}}}),
        ("top-array", [1]),
        ("deep", "[" * 100_000),
        ("not-json", "{not json"),
        ("error", {"type": "error", "sequence_number": 5, "message": f"failed {CANARY_KEY}", "code": "server_error"}),
    ]
    return [(label, raw if isinstance(raw, str) else dumps(raw)) for label, raw in shapes]


def broken_cases(samples: Samples, rng: random.Random) -> Iterator[Case]:
    deltas = ["first ", "second ", "third"]
    text = "".join(deltas)
    for api in ("chat", "resp"):
        events = chat_events(samples, deltas) if api == "chat" else samples.response_stream(deltas)
        calls = CHAT_CALLS if api == "chat" else RESP_CALLS
        group = f"{api}-broken"
        before_end = events[:-1] if api == "resp" else events[:-2]  # without [DONE] (and the finish chunk)
        number = 0

        def case(
            label: str, call: Call, reply: Reply, expect: str, result: object = None, group: str = group, **extra: Any
        ) -> Case:
            nonlocal number
            number += 1
            return Case(f"{group}-{number:04d}-{label}-{call}", group, call, [reply], expect, result, **extra)

        for call in calls:
            whole = stream_result(call, text)
            # Cut before the terminator, at an event boundary, then mid-event, each way a connection can end.
            for cut in range(1, len(before_end)):
                body = sse(events[:cut], Dialect(), rng)
                for label, tail in (
                    ("clean-close", [b"0\r\n\r\n"]),
                    ("no-last-chunk", []),
                    ("reset", [SETTLE]),
                ):
                    ending = "reset" if label == "reset" else "close"
                    reply = Reply([*stream_reply(body, rng, tail=tail).writes], ending)
                    yield case(f"cut-after-{cut}-{label}", call, reply, "error", error=thesys_c1.APIStreamError)
                half = sse(events[: cut + 1], Dialect(), rng)
                reply = stream_reply(half[: len(body) + (len(half) - len(body)) // 2], rng)
                yield case(f"cut-inside-{cut + 1}", call, reply, "error", error=thesys_c1.APIStreamError)
            # Broken events in the middle.
            shapes = _chat_wrong_shapes(samples) if api == "chat" else _resp_wrong_shapes(samples)
            for label, data in shapes:
                at = rng.randrange(1, len(before_end))
                broken = [*events[:at], ("message", data), *events[at:]]
                yield case(
                    f"bad-event-{label}",
                    call,
                    stream_reply(sse(broken, Dialect(), rng), rng),
                    "error",
                    error=thesys_c1.APIStreamError,
                )
            # The terminator arrived: the answer is finished whatever follows.
            done = sse(events, Dialect(), rng)
            heartbeat = chunk(b": ping\n\n")
            for label, tail, ending in (
                ("then-garbage", [chunk(b"data: {garbage\n\n"), b"0\r\n\r\n"], "close"),
                ("then-reset", [SETTLE], "reset"),
                ("then-close-without-last-chunk", [], "close"),
                ("then-silence", [], "hold"),
                ("then-heartbeats", [], "hold"),
            ):
                if label == "then-heartbeats" and call not in ("chat_text", "resp_text"):
                    continue  # each costs the server's whole hold when the client waits: two are enough
                reply = stream_reply(done, rng, tail=tail)
                beat = heartbeat if label == "then-heartbeats" else b""
                reply = Reply(reply.writes, ending, beat)
                yield case(f"terminator-{label}", call, reply, "ok", whole)
        if api == "resp":
            # Open Responses ends a stream at its terminal event; [DONE] is an extra that may never come.
            for call in calls:
                final_only = sse(events[:-1], Dialect(), rng)
                for label, tail, ending in (
                    ("close", [b"0\r\n\r\n"], "close"),
                    ("garbage", [chunk(b"data: {garbage\n\n"), b"0\r\n\r\n"], "close"),
                    ("reset", [SETTLE], "reset"),
                    ("silence", [], "hold"),
                ):
                    reply = Reply(stream_reply(final_only, rng, tail=tail).writes, ending)
                    yield case(f"completed-no-done-then-{label}", call, reply, "ok", stream_result(call, text))
            for call in ("resp_response",):
                failed = samples.response_stream(deltas, terminal="response.failed")
                reply = stream_reply(sse(failed, Dialect(), rng), rng)
                yield case("failed-terminal", call, reply, "ok", ("failed", text))
            reply = stream_reply(sse(samples.response_stream(deltas, terminal="response.failed"), Dialect(), rng), rng)
            yield case("failed-terminal-as-text", "resp_text", reply, "error", error=thesys_c1.APIStreamError)
        else:
            for call in calls:
                # A finish reason, then more content, then a cut: not a whole answer.
                finish = dumps(samples.chat_chunk({}, "stop"))
                more = dumps(samples.chat_chunk({"content": " and more"}))
                cut_events = [*events[:-2], ("message", finish), ("message", more)]
                reply = stream_reply(sse(cut_events, Dialect(), rng), rng, tail=[])
                yield case("finish-then-more-then-cut", call, reply, "error", error=thesys_c1.APIStreamError)
                # Every choice finished and the connection closed cleanly without [DONE].
                reply = stream_reply(sse(events[:-1], Dialect(), rng), rng)
                yield case(
                    "finished-without-done",
                    call,
                    reply,
                    "ok-or-error",
                    stream_result(call, text),
                    why="every choice has its finish reason, so the text is whole; [DONE] alone is missing",
                )
