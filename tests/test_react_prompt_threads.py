"""What C1Chat sends (C1ChatRequest) and where the backend keeps the thread (InMemoryThreadStore)."""

from __future__ import annotations

import json
import threading

import pytest

from thesys_c1.react import C1ChatRequest, InMemoryThreadStore, InvalidChatRequest, ThreadStore, unwrap_prompt

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
        store.append("", {"role": "user"})
    with pytest.raises(ValueError, match=r"append\(\): messages\[1\] must be a mapping with a string 'role'"):
        store.append("t", {"role": "user"}, {"content": "no role"})
