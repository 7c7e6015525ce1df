"""Hostile cases about HTTP itself: framing, status codes, Content-Encoding lies, stalls, retries, pagination."""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Iterator
from typing import Any

from hostile_case import Call, Case, stream_result
from hostile_runner import CANARY_KEY, STALL_SECONDS
from hostile_samples import Samples, dumps
from hostile_server import Pause, Reply
from hostile_wire import Framing, drip, framed

import thesys_c1

# After a whole answer, the server waits this long before resetting, so the
# reset can only hit bytes the client has already read.
SETTLE = Pause(0.05)
DEEP = b"[" * 100_000
ECHO_BODY = dumps({"error": {"message": f"key {CANARY_KEY} is not valid", "type": "auth", "param": CANARY_KEY}})


def plain_result(samples: Samples, call: Call) -> tuple[dict[str, Any], Any]:
    """The body a non-stream call gets and what the call returns for it."""
    body = {"chat": samples.completion, "response": samples.response, "conversation": samples.conversation}[call]
    return body, body


def status_class(status: int) -> type[thesys_c1.APIError]:
    # The README's table, written out again so the suite does not lean on the client's own mapping.
    named: dict[int, type[thesys_c1.APIError]] = {
        400: thesys_c1.BadRequestError,
        401: thesys_c1.AuthenticationError,
        403: thesys_c1.PermissionDeniedError,
        404: thesys_c1.NotFoundError,
        409: thesys_c1.ConflictError,
        413: thesys_c1.RequestTooLargeError,
        422: thesys_c1.UnprocessableEntityError,
        429: thesys_c1.RateLimitError,
    }
    if status >= 500:
        return thesys_c1.InternalServerError
    return named.get(status, thesys_c1.APIStatusError)


def framing_cases(samples: Samples, rng: random.Random) -> Iterator[Case]:
    number = 0
    for call in ("chat", "response", "conversation"):
        body, result = plain_result(samples, call)
        data = dumps(body).encode()
        framings: list[Framing] = ["length", "short", "long", "eof", "chunked", "unterminated", "badchunk"]
        for framing in framings:
            for dripped in (False, True):
                for ending in ("close", "reset"):
                    number += 1
                    pieces = None
                    if framing in ("chunked", "unterminated", "badchunk"):
                        pieces = [data[a : a + 700] for a in range(0, len(data), 700)]
                    writes: list[bytes | Pause] = list(framed(200, data, framing=framing, pieces=pieces))
                    if dripped:
                        writes = drip([w for w in writes if isinstance(w, bytes)], rng, pieces=12)
                    if ending == "reset":
                        writes.append(SETTLE)
                    case_id = f"framing-{number:04d}-{call}-{framing}-{'drip' if dripped else 'whole'}-{ending}"
                    reply = Reply(writes, ending)
                    if framing in ("length", "eof", "chunked") and not (framing == "eof" and ending == "reset"):
                        yield Case(case_id, "framing", call, [reply], "ok", result)
                    elif framing == "unterminated" or (framing == "eof" and ending == "reset"):
                        yield Case(
                            case_id,
                            "framing",
                            call,
                            [reply],
                            "ok-or-error",
                            result,
                            why="the whole JSON arrived but the body's end was never marked",
                        )
                    else:
                        yield Case(case_id, "framing", call, [reply], "error")


STATUSES = [
    *range(400, 419),
    421,
    422,
    423,
    424,
    425,
    426,
    428,
    429,
    431,
    451,
    499,
    *range(500, 512),
    520,
    599,
    300,
    301,
    302,
    303,
    307,
    308,
]


def _error_bodies(rng: random.Random) -> list[tuple[str, bytes, str]]:
    return [
        ("json", dumps({"error": {"message": "nope", "type": "invalid_request_error", "code": "x"}}).encode(), "json"),
        ("json-odd", dumps({"error": {"message": 5, "code": ["x"], "param": {"a": 1}}}).encode(), "json"),
        ("json-array", b"[1, 2, 3]", "json"),
        ("json-string", b'"just a string"', "json"),
        ("text", b"upstream is sad", "text"),
        ("html", b"<html><body><h1>502 Bad Gateway</h1></body></html>", "html"),
        ("empty", b"", "json"),
        ("deep", DEEP, "json"),
        ("huge", dumps({"error": {"message": "x" * (1 << 18)}}).encode(), "json"),
        ("bad-utf8", b'{"error": {"message": "\xff\xfe\xc3("}}', "json"),
        ("echo-key", ECHO_BODY.encode(), "json"),
        ("truncated", dumps({"error": {"message": "cut"}}).encode()[: rng.randrange(3, 20)], "json"),
    ]


CONTENT_TYPES = {"json": "application/json", "text": "text/plain", "html": "text/html"}
ERROR_CALLS: list[Call] = ["chat", "response", "conversation", "chat_text", "resp_text", "items"]


def status_cases(samples: Samples, rng: random.Random) -> Iterator[Case]:
    number = 0
    for status in STATUSES:
        # Half the bodies per status, a different half each time: every pairing is met across seeds.
        bodies = _error_bodies(rng)
        for label, body, kind in rng.sample(bodies, len(bodies) // 2):
            number += 1
            call = rng.choice(ERROR_CALLS)
            headers = [("x-request-id", f"req_{number}")]
            if label == "echo-key":
                headers.append(("x-echo-authorization", f"Bearer {CANARY_KEY}"))
            if status in (301, 302, 303, 307, 308):
                headers.append(("location", "/v1/elsewhere"))
            writes = framed(status, body, content_type=CONTENT_TYPES[kind], headers=headers)
            case_id = f"status-{number:04d}-{status}-{label}-{call}"
            yield Case(case_id, "status", call, [Reply(writes)], "error", error=status_class(status), requests=1)
    for call in ("chat", "response", "conversation"):
        answer, result = plain_result(samples, call)
        data = dumps(answer).encode()
        number += 1
        informational = b"HTTP/1.1 100 Continue\r\n\r\n"
        yield Case(
            f"status-{number:04d}-100-then-200-{call}",
            "status",
            call,
            [Reply([informational, *framed(200, data)])],
            "ok",
            result,
        )
        for status in (201, 203, 299):
            number += 1
            yield Case(
                f"status-{number:04d}-{status}-{call}", "status", call, [Reply(framed(status, data))], "ok", result
            )
            number += 1
            error_body = dumps({"error": {"message": "a success status with an error body"}}).encode()
            yield Case(
                f"status-{number:04d}-{status}-error-body-{call}",
                "status",
                call,
                [Reply(framed(status, error_body))],
                "error",
                error=thesys_c1.APIResponseValidationError,
            )


def encoding_cases(samples: Samples, rng: random.Random) -> Iterator[Case]:
    number = 0
    calls: list[Call] = ["chat", "response", "chat_text", "resp_text"]
    for call in calls:
        if call in ("chat", "response"):
            _, result = plain_result(samples, call)
            data = dumps(result).encode()
            content_type = "application/json"
        else:
            text = "encoded answer"
            data = _stream_bytes(samples, call, [text])
            result = stream_result(call, text)
            content_type = "text/event-stream"
        for encoding in ("gzip", "deflate", "br", "zstd", "gzip, gzip"):
            number += 1
            writes = framed(200, data, content_type=content_type, headers=[("content-encoding", encoding)])
            case_id = f"encoding-{number:04d}-lie-{encoding.replace(', ', '+')}-{call}"
            if encoding in ("br", "zstd"):
                why = "without the optional decoder installed, httpx reads br and zstd as identity"
                yield Case(case_id, "encoding", call, [Reply(writes)], "ok-or-error", result, why=why)
            else:
                yield Case(case_id, "encoding", call, [Reply(writes)], "error")
        for encoding, payload in (("gzip", gzip.compress(data)), ("identity", data)):
            number += 1
            writes = framed(200, payload, content_type=content_type, headers=[("content-encoding", encoding)])
            yield Case(f"encoding-{number:04d}-true-{encoding}-{call}", "encoding", call, [Reply(writes)], "ok", result)
        number += 1
        writes = framed(200, data, content_type=content_type, headers=[("content-encoding", "x-unheard-of")])
        yield Case(
            f"encoding-{number:04d}-unknown-{call}",
            "encoding",
            call,
            [Reply(writes)],
            "ok-or-error",
            result,
            why="HTTP lets a client refuse an encoding it does not know, or (as httpx does) read it as identity",
        )


def _stream_bytes(samples: Samples, call: Call, deltas: list[str]) -> bytes:
    if call.startswith("chat"):
        return "".join(f"data: {data}\n\n" for data in samples.chat_stream(deltas)).encode()
    out = []
    for name, data in samples.response_stream(deltas):
        out.append((f"event: {name}\n" if name else "") + f"data: {data}\n\n")
    return "".join(out).encode()


def stall_cases(samples: Samples, rng: random.Random) -> Iterator[Case]:
    stall = Pause(STALL_SECONDS)
    body = dumps(samples.completion).encode()
    whole = framed(200, body)
    yield Case(
        "stall-0001-before-head-chat",
        "stall",
        "chat",
        [Reply([stall, *whole])],
        "error",
        error=thesys_c1.APITimeoutError,
        slow=True,
    )
    yield Case(
        "stall-0002-mid-body-chat",
        "stall",
        "chat",
        [Reply([whole[0], body[:100], stall, body[100:]])],
        "error",
        error=thesys_c1.APITimeoutError,
        slow=True,
    )
    for number, call in enumerate(("chat_text", "resp_text", "chat_completion", "resp_response"), start=3):
        data = _stream_bytes(samples, call, ["one ", "two ", "three"])
        head, *_ = framed(200, b"", content_type="text/event-stream", framing="chunked")
        mid = data.index(b"\n\n", len(data) // 3) + 2
        from hostile_wire import chunk

        writes: list[bytes | Pause] = [head, chunk(data[:mid]), stall, chunk(data[mid:]), b"0\r\n\r\n"]
        yield Case(
            f"stall-{number:04d}-mid-stream-{call}",
            "stall",
            call,
            [Reply(writes)],
            "error",
            error=thesys_c1.APIStreamError,
            slow=True,
        )
        done = data.rindex(b"data: [DONE]") if b"[DONE]" in data else len(data)
        end = data.index(b"\n\n", done) + 2
        writes = [head, chunk(data[:end]), stall, b"0\r\n\r\n"]
        yield Case(
            f"stall-{number + 10:04d}-after-terminator-{call}",
            "stall",
            call,
            [Reply(writes)],
            "ok",
            stream_result(call, "one two three"),
            slow=True,
        )


def retry_cases(samples: Samples, rng: random.Random) -> Iterator[Case]:
    fast = [("retry-after-ms", "1")]
    body = dumps(samples.completion).encode()
    ok = Reply(framed(200, body))
    failing = Reply(framed(500, b'{"error": {"message": "try again"}}', headers=fast))
    limited = Reply(framed(429, b'{"error": {"message": "slow down"}}', headers=fast))
    yield Case(
        "retry-0001-500-then-ok", "retry", "chat", [failing, ok], "ok", samples.completion, requests=2, max_retries=2
    )
    yield Case(
        "retry-0002-500-500-then-ok",
        "retry",
        "chat",
        [failing, failing, ok],
        "ok",
        samples.completion,
        requests=3,
        max_retries=2,
    )
    yield Case(
        "retry-0003-429-forever",
        "retry",
        "chat",
        [limited],
        "error",
        error=thesys_c1.RateLimitError,
        requests=3,
        max_retries=2,
    )
    yield Case(
        "retry-0004-400-is-final",
        "retry",
        "chat",
        [Reply(framed(400, b'{"error": {"message": "bad"}}', headers=fast))],
        "error",
        error=thesys_c1.BadRequestError,
        requests=1,
        max_retries=2,
    )
    yield Case(
        "retry-0005-reset-then-ok",
        "retry",
        "chat",
        [Reply([], "reset"), ok],
        "ok",
        samples.completion,
        requests=2,
        max_retries=1,
    )
    for number, call in enumerate(("chat_text", "resp_text"), start=6):
        data = _stream_bytes(samples, call, ["alpha ", "beta"])
        whole = Reply(framed(200, data, content_type="text/event-stream"))
        cut_at = data.index(b"\n\n", len(data) // 2) + 2
        cut = Reply(framed(200, data[:cut_at], content_type="text/event-stream", framing="eof"))
        yield Case(
            f"retry-{number:04d}-503-then-stream-{call}",
            "retry",
            call,
            [Reply(framed(503, b"{}", headers=fast)), whole],
            "ok",
            stream_result(call, "alpha beta"),
            requests=2,
            max_retries=2,
        )
        yield Case(
            f"retry-{number + 2:04d}-started-stream-never-retried-{call}",
            "retry",
            call,
            [cut, whole],
            "error",
            error=thesys_c1.APIStreamError,
            requests=1,
            max_retries=2,
        )


def _page(samples: Samples, ids: list[str], has_more: Any, last_id: Any = "auto") -> bytes:
    items = []
    for ident in ids:
        item = json.loads(dumps(samples.item))
        item["id"] = ident
        items.append(item)
    last = (ids[-1] if ids else None) if last_id == "auto" else last_id
    page = {"object": "list", "data": items, "has_more": has_more, "first_id": ids[0] if ids else None, "last_id": last}
    return dumps(page).encode()


def pagination_cases(samples: Samples, rng: random.Random) -> Iterator[Case]:
    def page(ids: list[str], has_more: Any, last_id: Any = "auto") -> Reply:
        return Reply(framed(200, _page(samples, ids, has_more, last_id)))

    number = 0

    def case_id(label: str) -> str:
        nonlocal number
        number += 1
        return f"pagination-{number:04d}-{label}"

    for pages in range(1, 6):
        names = [[f"msg_{p}_{i}" for i in range(rng.randrange(1, 5))] for p in range(pages)]
        replies = [page(ids, p < pages - 1) for p, ids in enumerate(names)]
        every = [ident for ids in names for ident in ids]
        yield Case(case_id(f"{pages}-pages"), "pagination", "items", replies, "ok", every, requests=pages)
    yield Case(
        case_id("cursor-stuck"),
        "pagination",
        "items",
        [page(["msg_a", "msg_b"], True)],
        "ok-or-error",
        ["msg_a", "msg_b"],
        why="a cursor that does not move may be read as the end or as a broken answer; looping is neither",
    )
    yield Case(
        case_id("cursor-goes-back"),
        "pagination",
        "items",
        [page(["msg_a", "msg_b"], True), page(["msg_c"], True, "msg_a")],
        "ok-or-error",
        ["msg_a", "msg_b", "msg_c"],
        why="a cursor that points back may be read as the end or as a broken answer; looping is neither",
    )
    odd_values: list[Any] = ["yes", "false", 1, 0, None, [], {}]
    for odd in odd_values:
        yield Case(
            case_id(f"has-more-{odd!r}"),
            "pagination",
            "items",
            [page(["msg_a"], odd), page(["msg_b"], False)],
            "error",
            error=thesys_c1.APIResponseValidationError,
        )
    yield Case(
        case_id("empty-pages-then-items"),
        "pagination",
        "items",
        [page(["msg_a"], True), page([], True, "msg_a2"), page([], True, "msg_a3"), page(["msg_b"], False)],
        "ok",
        ["msg_a", "msg_b"],
        requests=4,
    )
    yield Case(
        case_id("page-2-fails"),
        "pagination",
        "items",
        [page(["msg_a"], True), Reply(framed(500, b'{"error": {"message": "down"}}'))],
        "error",
        error=thesys_c1.InternalServerError,
    )
    yield Case(
        case_id("page-2-garbage"),
        "pagination",
        "items",
        [page(["msg_a"], True), Reply(framed(200, b"<html>"))],
        "error",
        error=thesys_c1.APIResponseValidationError,
    )
    yield Case(
        case_id("page-2-deep"),
        "pagination",
        "items",
        [page(["msg_a"], True), Reply(framed(200, DEEP))],
        "error",
        error=thesys_c1.APIResponseValidationError,
    )
    yield Case(
        case_id("data-not-a-list"),
        "pagination",
        "items",
        [Reply(framed(200, b'{"object":"list","data":{},"has_more":false,"first_id":null,"last_id":null}'))],
        "error",
        error=thesys_c1.APIResponseValidationError,
    )
