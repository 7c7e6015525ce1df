"""What C1Chat sends (C1ChatRequest) and where the backend keeps the thread (InMemoryThreadStore)."""

from __future__ import annotations

import io
import json
import threading
from typing import Any

import pytest

from thesys_c1.react import (
    C1ChatRequest,
    InMemoryThreadStore,
    InvalidChatRequest,
    RejectedChatRequest,
    ThreadStore,
    unwrap_prompt,
)

# The body C1Chat 0.10.0 POSTs: the newest user message only, wrapped and escaped.
WRAPPED = '<content thesys="true">How did &quot;world population&quot; grow &amp; why?</content>'
BODY = {
    "prompt": {"id": "p-1", "role": "user", "content": WRAPPED},
    "threadId": "t-1",
    "responseId": "r-1",
}


def test_parses_the_body_c1chat_sends() -> None:
    request = C1ChatRequest.parse(json.dumps(BODY).encode())
    assert request == C1ChatRequest(
        thread_id="t-1",
        content=WRAPPED,
        text='How did "world population" grow & why?',
        context=None,
        response_id="r-1",
        prompt_id="p-1",
    )
    assert request.user_message() == {"role": "user", "content": WRAPPED}
    assert C1ChatRequest.parse(BODY) == C1ChatRequest.parse(json.dumps(BODY))


def test_unwraps_the_context_a_component_sent_along() -> None:
    content = WRAPPED + "<context>[{&quot;qty&quot;: {&quot;value&quot;: 2}}]</context>"
    text, context = unwrap_prompt(content)
    assert text == 'How did "world population" grow & why?'
    assert context is not None and json.loads(context) == [{"qty": {"value": 2}}]


def test_plain_text_prompts_are_the_words_themselves() -> None:
    assert unwrap_prompt("just words, 1 < 2") == ("just words, 1 < 2", None)
    request = C1ChatRequest.parse({"prompt": {"content": "hi"}, "threadId": "t"})
    assert (request.text, request.response_id, request.prompt_id) == ("hi", None, None)


@pytest.mark.parametrize(
    ("body", "param", "message"),
    [
        (b"{not json", "body", "must be JSON"),
        (b"[1]", "body", "must be a JSON object, got list"),
        ({"threadId": "t"}, "prompt", "must be an object"),
        ({"prompt": {"content": 3}, "threadId": "t"}, "prompt.content", "must be a string"),
        ({"prompt": {"content": "x", "role": "assistant"}, "threadId": "t"}, "prompt.role", "must be 'user'"),
        ({"prompt": {"content": "x"}, "threadId": ""}, "threadId", "non-empty string"),
        ({"prompt": {"content": "x"}, "threadId": "t", "responseId": 5}, "responseId", "must be a string"),
        ({"prompt": {"content": "x", "id": 5}, "threadId": "t"}, "prompt.id", "must be a string"),
    ],
)
def test_a_bad_body_names_the_field(body: object, param: str, message: str) -> None:
    with pytest.raises(InvalidChatRequest, match=message) as caught:
        C1ChatRequest.parse(body)  # type: ignore[arg-type]
    assert caught.value.param == param
    assert str(caught.value).startswith(f"{param}: ")


def test_thread_store_keeps_messages_per_thread_in_order() -> None:
    store = InMemoryThreadStore()
    assert isinstance(store, ThreadStore)
    assert store.messages("t-1") == []
    store.append("t-1", {"role": "user", "content": "a"})
    store.append("t-1", {"role": "assistant", "content": "b"}, {"role": "user", "content": "c"})
    store.append("t-2", {"role": "user", "content": "other"})
    assert [message["content"] for message in store.messages("t-1")] == ["a", "b", "c"]
    assert store.messages("t-2") == [{"role": "user", "content": "other"}]
    # Callers get copies: changing them does not change the thread.
    store.messages("t-1")[0]["content"] = "changed"
    assert store.messages("t-1")[0]["content"] == "a"


def test_thread_store_is_bounded() -> None:
    store = InMemoryThreadStore(max_threads=2, max_messages=3)
    for number in range(5):
        store.append("t-1", {"role": "user", "content": str(number)})
    assert [message["content"] for message in store.messages("t-1")] == ["2", "3", "4"]
    store.append("t-2", {"role": "user", "content": "x"})
    store.messages("t-1")  # t-1 is now the most recently used
    store.append("t-3", {"role": "user", "content": "y"})
    assert len(store) == 2
    assert store.messages("t-2") == [] and store.messages("t-1")


def test_thread_store_is_safe_across_threads() -> None:
    store = InMemoryThreadStore(max_messages=10_000)

    def add(worker: int) -> None:
        for number in range(500):
            store.append("shared", {"role": "user", "content": f"{worker}-{number}"})

    workers = [threading.Thread(target=add, args=(worker,)) for worker in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert len(store.messages("shared")) == 2000


def test_thread_store_refuses_bad_input() -> None:
    with pytest.raises(ValueError, match=r"max_threads must be a positive integer, got 0"):
        InMemoryThreadStore(max_threads=0)
    store = InMemoryThreadStore()
    with pytest.raises(ValueError, match=r"append\(\): thread_id must be a non-empty string"):
        store.append("", {"role": "user"})  # type: ignore[typeddict-item]
    with pytest.raises(ValueError, match=r"append\(\): messages\[1\] must be a mapping with a string 'role'"):
        store.append("t", {"role": "user"}, {"content": "no role"})  # type: ignore[typeddict-item, arg-type]


def _lone_surrogate(body: dict[str, object]) -> bytes:
    # json.dumps writes "\ud800" as the escape C1Chat's JSON.stringify would, which decodes to a lone surrogate.
    return json.dumps(body).encode()


@pytest.mark.parametrize(
    ("body", "param", "message"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "body", "is nested too deeply"),
        (b'{"prompt": {"content": "\xff"}, "threadId": "t"}', "body", "must be JSON in UTF-8"),
        (b'{"threadId": 1' + b"0" * 5000 + b"}", "body", "holds a number with too many digits"),
        (_lone_surrogate({"prompt": {"content": "a\ud800"}, "threadId": "t"}), "prompt.content", "at character 1"),
        (_lone_surrogate({"prompt": {"content": "x"}, "threadId": "\udfff"}), "threadId", "unpaired surrogate"),
        (
            _lone_surrogate({"prompt": {"content": "x"}, "threadId": "t", "responseId": "\ud800"}),
            "responseId",
            "surrogate",
        ),
        (_lone_surrogate({"prompt": {"content": "x", "id": "\ud800"}, "threadId": "t"}), "prompt.id", "surrogate"),
        (b" " * (1024 * 1024) + b"{}", "body", "must be at most 1048576 bytes"),
        (io.BytesIO(b" " * (3 * 1024 * 1024)), "body", "must be at most 1048576 bytes"),
    ],
    ids=[
        "deep",
        "not-utf8",
        "huge-number",
        "surrogate",
        "surrogate-thread",
        "surrogate-response",
        "surrogate-id",
        "huge",
        "huge-stream",
    ],
)
def test_a_hostile_body_is_refused_in_a_few_words(body: object, param: str, message: str) -> None:
    with pytest.raises(InvalidChatRequest, match=message) as caught:
        C1ChatRequest.parse(body)  # type: ignore[arg-type]
    assert caught.value.param == param
    assert len(str(caught.value)) < 120
    # The decoder's own wording stays out: it would show Python internals.
    assert "Expecting" not in str(caught.value) and "codec" not in str(caught.value)


def test_a_huge_stream_is_read_no_further_than_the_limit() -> None:
    stream = io.BytesIO(b" " * 5000)
    with pytest.raises(InvalidChatRequest, match="at most 1000 bytes"):
        C1ChatRequest.parse(stream, max_bytes=1000)
    assert stream.tell() == 1001


class _Trickle(io.RawIOBase):
    """A body that arrives a few bytes per read, as werkzeug's and Django's request streams may hand it out."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        piece, self._data = self._data[:7], self._data[7:]
        buffer[: len(piece)] = piece
        return len(piece)


def test_a_stream_is_read_to_its_end_however_it_is_cut() -> None:
    request = C1ChatRequest.parse(_Trickle(json.dumps(BODY).encode()))
    assert (request.thread_id, request.content) == ("t-1", WRAPPED)


def test_a_wrong_value_is_shown_short() -> None:
    with pytest.raises(InvalidChatRequest) as caught:
        C1ChatRequest.parse({"prompt": {"content": "x", "role": "a" * 10_000}, "threadId": "t"})
    assert str(caught.value) == "prompt.role: must be 'user', got 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa..."
    with pytest.raises(InvalidChatRequest) as caught:
        C1ChatRequest.parse({"prompt": {"content": "x"}, "threadId": "t", "responseId": [[1] * 10_000]})
    assert str(caught.value) == "responseId: must be a string when given, got list"


def test_read_gives_the_request_or_the_ready_400() -> None:
    assert C1ChatRequest.read(json.dumps(BODY)) == C1ChatRequest.parse(BODY)
    rejected = C1ChatRequest.read(b'{"prompt": {"content": 3}, "threadId": "t"}')
    assert isinstance(rejected, RejectedChatRequest)
    body, status, headers = rejected  # the tuple a Flask view may return
    assert (status, headers) == (400, {"Content-Type": "application/json"})
    assert (rejected.body, rejected.status, rejected.headers) == (body, status, headers)
    assert json.loads(body) == {
        "error": {
            "message": "prompt.content: must be a string",
            "type": "invalid_request_error",
            "param": "prompt.content",
            "code": None,
        }
    }
    assert rejected.error.param == "prompt.content"


def test_read_refuses_a_bad_limit_or_body_kind() -> None:
    with pytest.raises(ValueError, match=r"max_bytes must be a positive integer, got 0"):
        C1ChatRequest.read(b"{}", max_bytes=0)
    with pytest.raises(TypeError, match=r"body must be bytes, str, a mapping or a readable stream, got int"):
        C1ChatRequest.read(5)  # type: ignore[arg-type]
