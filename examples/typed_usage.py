"""A typed program using the client; `make lint` checks it with `mypy --strict`.

Run it against a C1 server (the local one: `python -m thesys_c1.testing`):

    THESYS_BASE_URL=http://127.0.0.1:8000/v1 THESYS_API_KEY=c1-local-test-key python examples/typed_usage.py
"""

from __future__ import annotations

import asyncio

from thesys_c1 import (
    C1,
    APIError,
    AsyncC1,
    C1RuleError,
    ChatCompletion,
    ConversationItem,
    RateLimitError,
    ResponseObject,
    ResponseStreamEvent,
    ThesysMetadata,
    c1_components,
    models,
    output_text,
)
from thesys_c1.params import ChatCompletionMessageParam
from thesys_c1.types import ConversationMessage, ResponseOutputTextDeltaEvent

QUESTION = "How did the population of the world grow from 1950 to 2020?"


def chat(client: C1) -> str:
    messages: list[ChatCompletionMessageParam] = [
        {"role": "system", "content": "Answer with a chart."},
        {"role": "user", "content": QUESTION},
    ]
    completion: ChatCompletion = client.chat.completions.create(
        model=models.CLAUDE_SONNET_4_20250930,
        messages=messages,
        metadata=ThesysMetadata(excluded_components=["Table"]),
        temperature=0.2,
        timeout=30.0,
    )
    content = completion.choices[0].message.content
    return content if isinstance(content, str) else ""


def stream_chat(client: C1) -> str:
    with client.chat.completions.create(
        model=models.DEFAULT_MODEL,
        messages=[{"role": "user", "content": QUESTION}],
        stream=True,
    ) as stream:
        pieces = list(stream.text_deltas())
        final = stream.get_final_completion()
    assert final.choices[0].message.content == "".join(pieces)
    return "".join(pieces)


def responses(client: C1) -> str:
    first: ResponseObject = client.responses.create(model=models.DEFAULT_MODEL, input="What is the capital of France?")
    follow_up = client.responses.create(
        model=models.DEFAULT_MODEL, input="And what is its population?", previous_response_id=first.id
    )
    return output_text(follow_up)


def stream_responses(client: C1) -> str:
    deltas: list[str] = []
    with client.responses.create(model=models.DEFAULT_MODEL, input=QUESTION, stream=True) as stream:
        for event in stream:
            typed: ResponseStreamEvent = event
            if isinstance(typed, ResponseOutputTextDeltaEvent):
                deltas.append(typed.delta)
        final: ResponseObject = stream.get_final_response()
    assert output_text(final) == "".join(deltas)
    return "".join(deltas)


def conversations(client: C1) -> list[str]:
    conversation = client.conversations.create(metadata={"topic": "geography"})
    client.responses.create(
        model=models.DEFAULT_MODEL, input="What is the capital of France?", store=True, conversation=conversation.id
    )
    texts: list[str] = []
    for item in client.conversations.items.list(conversation.id, order="asc", limit=10):
        typed: ConversationItem = item
        if isinstance(typed, ConversationMessage):
            texts.append(typed.role)
    client.conversations.delete(conversation.id)
    return texts


def rule_check(client: C1) -> str:
    try:
        client.responses.create(model=models.DEFAULT_MODEL, input="hi", store=False, previous_response_id="resp_1")
    except C1RuleError as error:
        return f"{error.param}: {error.rule}"
    return "no rule broken"


async def async_chat() -> str:
    async with AsyncC1(max_retries=3) as client:
        completion = await client.chat.completions.create(
            model=models.DEFAULT_MODEL, messages=[{"role": "user", "content": QUESTION}]
        )
        stream = await client.chat.completions.create(
            model=models.DEFAULT_MODEL, messages=[{"role": "user", "content": QUESTION}], stream=True
        )
        async with stream:
            text = await stream.get_final_text()
        assert text == completion.choices[0].message.content
        return text


def main() -> None:
    with C1() as client:
        try:
            answer = chat(client)
        except RateLimitError as error:
            print(f"rate limited (request {error.request_id})")
            return
        except APIError as error:
            print(f"failed: {error}")
            return
        tree = c1_components(answer)[0].component
        print("chat:", tree["component"] if tree else None)
        print("streamed chars:", len(stream_chat(client)))
        print("responses:", len(responses(client)), "chars;", len(stream_responses(client)), "streamed")
        print("conversation roles:", conversations(client))
        print("rule:", rule_check(client))
    print("async chars:", len(asyncio.run(async_chat())))


if __name__ == "__main__":
    main()
