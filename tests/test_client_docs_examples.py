"""Every example of the C1 docs page, rewritten with C1 / AsyncC1, against the local C1 server.

The docs build `OpenAI(base_url="https://api.thesys.dev/v1/embed", ...)` for
generation and `OpenAI(base_url="https://api.thesys.dev", ...)` for
conversations; moving over changes that import and constructor only. Each
example runs as written (sync and async), and then streamed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from client_helpers import MODEL, QUESTION, assert_c1_answer

from thesys_c1 import C1, AsyncC1, ResponseObject, output_text
from thesys_c1.testing import LocalC1


def test_chat_completions_example(local_c1: LocalC1) -> None:
    client = C1(base_url=local_c1.embed_url, api_key=local_c1.api_key)

    completion = client.chat.completions.create(
        model="c1/anthropic/claude-sonnet-4/v-20250930",
        messages=[{"role": "user", "content": "How did the population of the world grow from 1950 to 2020?"}],
    )

    assert completion.object == "chat.completion"
    assert completion.model == MODEL
    assert_c1_answer(completion.choices[0].message.content, QUESTION)
    assert isinstance(completion._request_id, str) and completion._request_id
    [request] = local_c1.requests
    assert request.path == "/v1/embed/chat/completions"
    assert request.headers["authorization"] == f"Bearer {local_c1.api_key}"


def test_chat_completions_example_streamed(local_c1: LocalC1) -> None:
    client = C1(base_url=local_c1.embed_url, api_key=local_c1.api_key)
    whole = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": QUESTION}])

    stream = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": QUESTION}], stream=True)
    with stream:
        chunks = list(stream)

    assert len(chunks) > 1
    assert all(chunk.object == "chat.completion.chunk" for chunk in chunks)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == whole.choices[0].message.content
    assert stream.get_final_completion().choices[0].message.content == text


def test_responses_example(local_c1: LocalC1, capsys: pytest.CaptureFixture[str]) -> None:
    client = C1(base_url=local_c1.embed_url, api_key=local_c1.api_key)

    response = client.responses.create(
        model="c1/anthropic/claude-sonnet-4/v-20250930",
        input="How did the population of the world grow from 1950 to 2020?",
    )

    print(response)
    assert isinstance(response, ResponseObject)
    assert response.object == "response"
    assert response.status == "completed"
    assert_c1_answer(output_text(response), QUESTION)
    assert "ResponseObject(" in capsys.readouterr().out


def test_responses_example_streamed(local_c1: LocalC1) -> None:
    client = C1(base_url=local_c1.embed_url, api_key=local_c1.api_key)
    with client.responses.create(model=MODEL, input=QUESTION, stream=True) as stream:
        events = list(stream)
        final = stream.get_final_response()

    types = [event.type for event in events]
    assert types[0] == "response.created"
    assert types[-1] == "response.completed"
    assert "response.output_text.delta" in types
    numbers = [event.sequence_number for event in events if isinstance(event.sequence_number, int)]
    assert len(numbers) == len(events)
    assert numbers == sorted(numbers)
    assert_c1_answer(output_text(final), QUESTION)
    assert stream.get_final_text() == output_text(final)


def test_previous_response_id_example(local_c1: LocalC1) -> None:
    client = C1(base_url=local_c1.embed_url, api_key=local_c1.api_key)

    response = client.responses.create(
        model="c1/anthropic/claude-sonnet-4/v-20250930", input="What is the capital of France?"
    )
    follow_up = client.responses.create(
        model="c1/anthropic/claude-sonnet-4/v-20250930",
        input="And what is its population?",
        previous_response_id=response.id,
    )

    print(follow_up)
    assert follow_up.previous_response_id == response.id
    assert_c1_answer(output_text(follow_up), "And what is its population?")
    assert (local_c1.requests[-1].json or {})["previous_response_id"] == response.id


def test_conversation_example(local_c1: LocalC1) -> None:
    # Client for conversation management, and client for generation, as on the docs page.
    conv_client = C1(base_url=local_c1.root_url, api_key=local_c1.api_key)
    embed_client = C1(base_url=local_c1.embed_url, api_key=local_c1.api_key)

    conversation = conv_client.conversations.create()
    response = embed_client.responses.create(
        model="c1/anthropic/claude-sonnet-4/v-20250930",
        input="What is the capital of France?",
        store=True,
        conversation={"id": conversation.id},
    )
    follow_up = embed_client.responses.create(
        model="c1/anthropic/claude-sonnet-4/v-20250930",
        input="And what is its population?",
        store=True,
        conversation={"id": conversation.id},
    )

    print(follow_up)
    assert response.id != follow_up.id
    items = list(conv_client.conversations.items.list(conversation.id, order="asc"))
    roles = [getattr(item, "role", None) for item in items if item.type == "message"]
    assert roles == ["user", "assistant", "user", "assistant"]


async def test_chat_completions_example_async(local_c1: LocalC1) -> None:
    async with AsyncC1(base_url=local_c1.embed_url, api_key=local_c1.api_key) as client:
        completion = await client.chat.completions.create(
            model="c1/anthropic/claude-sonnet-4/v-20250930",
            messages=[{"role": "user", "content": "How did the population of the world grow from 1950 to 2020?"}],
        )
        stream = await client.chat.completions.create(
            model=MODEL, messages=[{"role": "user", "content": QUESTION}], stream=True
        )
        async with stream:
            pieces = [piece async for piece in stream.text_deltas()]

    assert_c1_answer(completion.choices[0].message.content, QUESTION)
    assert "".join(pieces) == completion.choices[0].message.content


async def test_responses_examples_async(local_c1: LocalC1) -> None:
    async with AsyncC1(base_url=local_c1.embed_url, api_key=local_c1.api_key) as client:
        response = await client.responses.create(model=MODEL, input="What is the capital of France?")
        follow_up = await client.responses.create(
            model=MODEL, input="And what is its population?", previous_response_id=response.id
        )
        stream = await client.responses.create(model=MODEL, input=QUESTION, stream=True)
        async with stream:
            final = await stream.get_final_response()

    assert follow_up.previous_response_id == response.id
    assert_c1_answer(output_text(final), QUESTION)


async def test_conversation_example_async(local_c1: LocalC1) -> None:
    async with (
        AsyncC1(base_url=local_c1.root_url, api_key=local_c1.api_key) as conv_client,
        AsyncC1(base_url=local_c1.embed_url, api_key=local_c1.api_key) as embed_client,
    ):
        conversation = await conv_client.conversations.create()
        for question in ("What is the capital of France?", "And what is its population?"):
            await embed_client.responses.create(
                model=MODEL, input=question, store=True, conversation={"id": conversation.id}
            )
        items = [item async for item in conv_client.conversations.items.list(conversation.id, order="asc")]

    assert [item.type for item in items].count("message") == 4


def _readme_block(marker: str) -> str:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(rf"<!-- {marker} -->\n```python\n(.*?)```", readme, re.DOTALL)
    assert len(blocks) == 1, f"README.md should have one python block marked {marker!r}"
    return str(blocks[0])


def test_the_readme_quick_start_runs_offline_in_three_lines(capsys: pytest.CaptureFixture[str]) -> None:
    code = _readme_block("quickstart")
    assert len(code.splitlines()) == 3
    exec(compile(code, "README.md (quick start)", "exec"), {})
    assert_c1_answer(capsys.readouterr().out, "Hello")
