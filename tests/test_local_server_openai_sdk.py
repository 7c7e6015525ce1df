"""The official openai SDK, pointed at the local server exactly as the C1 docs page shows, runs every example.

Each raw answer is also checked with jsonschema against the effective spec.
"""

from __future__ import annotations

from typing import Any

import c1_content
import pytest
from c1_schemas import SpecSchemas
from openai import OpenAI

from thesys_c1.testing import LocalC1

MODEL = "c1/anthropic/claude-sonnet-4/v-20250930"
WORLD = "How did the population of the world grow from 1950 to 2020?"
CAPITAL = "What is the capital of France?"
POPULATION = "And what is its population?"


@pytest.fixture
def embed_client(local_c1: LocalC1) -> OpenAI:
    # As on the docs page: base_url ".../v1/embed" for generation.
    return OpenAI(base_url=local_c1.embed_url, api_key=local_c1.api_key, max_retries=0)


@pytest.fixture
def conv_client(local_c1: LocalC1) -> OpenAI:
    # As on the docs page: the conversations client is built on the bare host.
    return OpenAI(base_url=local_c1.root_url, api_key=local_c1.api_key, max_retries=0)


def test_chat_completions_example(embed_client: OpenAI, schema_check: SpecSchemas) -> None:
    raw = embed_client.chat.completions.with_raw_response.create(
        model=MODEL, messages=[{"role": "user", "content": WORLD}]
    )
    schema_check.check("ChatCompletion", raw.http_response.json())
    completion = raw.parse()
    assert completion.object == "chat.completion" and completion.model == MODEL
    choice = completion.choices[0]
    assert choice.finish_reason == "stop" and choice.message.role == "assistant"
    assert choice.message.content is not None
    answer = c1_content.check_renderable(choice.message.content)
    assert WORLD in c1_content.texts(answer)
    assert completion.usage is not None
    assert completion.usage.total_tokens == completion.usage.prompt_tokens + completion.usage.completion_tokens


def test_responses_example(embed_client: OpenAI, schema_check: SpecSchemas) -> None:
    raw = embed_client.responses.with_raw_response.create(model=MODEL, input=WORLD)
    body = raw.http_response.json()
    schema_check.check("Response", body)
    assert [schema_check.check_variant("ResponseOutputItem", item) for item in body["output"]] == [
        "ResponseOutputMessage"
    ]
    response = raw.parse()
    assert response.status == "completed" and response.id.startswith("resp_")
    assert WORLD in c1_content.texts(c1_content.check_renderable(response.output_text))
    assert "Response(" in str(response)  # the docs page prints it


def test_previous_response_id_example(embed_client: OpenAI) -> None:
    response = embed_client.responses.create(model=MODEL, input=CAPITAL)
    follow_up = embed_client.responses.create(model=MODEL, input=POPULATION, previous_response_id=response.id)
    assert follow_up.previous_response_id == response.id
    shown = c1_content.texts(c1_content.check_renderable(follow_up.output_text))
    # The follow-up was answered with the first question as its history.
    assert POPULATION in shown and CAPITAL in shown


def test_conversation_example(
    embed_client: OpenAI, conv_client: OpenAI, local_c1: LocalC1, schema_check: SpecSchemas
) -> None:
    conversation = conv_client.conversations.create()
    assert conversation.object == "conversation" and conversation.id.startswith("conv_")
    assert local_c1.requests[-1].path == "/conversations"  # the bare host, as the docs page has it

    response = embed_client.responses.create(
        model=MODEL, input=CAPITAL, store=True, conversation={"id": conversation.id}
    )
    follow_up = embed_client.responses.create(
        model=MODEL, input=POPULATION, store=True, conversation={"id": conversation.id}
    )
    assert response.conversation is not None and response.conversation.id == conversation.id
    shown = c1_content.texts(c1_content.check_renderable(follow_up.output_text))
    assert POPULATION in shown and CAPITAL in shown

    raw = conv_client.conversations.items.with_raw_response.list(conversation.id, order="asc")
    schema_check.check("ConversationItemList", raw.http_response.json())
    items = list(raw.parse())
    assert [(item.type, getattr(item, "role", None)) for item in items] == [
        ("message", "user"),
        ("message", "assistant"),
        ("message", "user"),
        ("message", "assistant"),
    ]
    assert items[1].id == response.output[0].id and items[3].id == follow_up.output[0].id


def test_chat_stream_gives_the_same_answer_as_without_stream(embed_client: OpenAI) -> None:
    messages: Any = [{"role": "user", "content": WORLD}]
    whole = embed_client.chat.completions.create(model=MODEL, messages=messages)
    pieces = []
    usage = None
    with embed_client.chat.completions.create(
        model=MODEL, messages=messages, stream=True, stream_options={"include_usage": True}
    ) as stream:
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                pieces.append(chunk.choices[0].delta.content)
            usage = chunk.usage or usage
    assert len(pieces) > 1
    assert "".join(pieces) == whole.choices[0].message.content
    assert usage is not None and whole.usage is not None
    assert usage.completion_tokens == whole.usage.completion_tokens


def test_chat_stream_helper_accumulates_a_final_completion(embed_client: OpenAI) -> None:
    with embed_client.chat.completions.stream(model=MODEL, messages=[{"role": "user", "content": WORLD}]) as stream:
        final = stream.get_final_completion()
    assert final.choices[0].finish_reason == "stop"
    assert final.choices[0].message.content is not None
    c1_content.check_renderable(final.choices[0].message.content)


def test_responses_stream_gives_the_same_answer_as_without_stream(embed_client: OpenAI) -> None:
    whole = embed_client.responses.create(model=MODEL, input=WORLD, store=False)
    kinds = []
    deltas = []
    with embed_client.responses.create(model=MODEL, input=WORLD, store=False, stream=True) as stream:
        for event in stream:
            kinds.append(event.type)
            if event.type == "response.output_text.delta":
                deltas.append(event.delta)
    assert kinds[:4] == [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.content_part.added",
    ]
    assert kinds[-4:] == [
        "response.output_text.done",
        "response.content_part.done",
        "response.output_item.done",
        "response.completed",
    ]
    assert "".join(deltas) == whole.output_text


def test_responses_stream_helper_checks_and_accumulates_every_event(embed_client: OpenAI) -> None:
    # The SDK's helper refuses events whose ids, indexes or order do not fit together.
    with embed_client.responses.stream(model=MODEL, input=WORLD) as stream:
        final = stream.get_final_response()
    assert final.status == "completed" and final.usage is not None
    assert WORLD in c1_content.texts(c1_content.check_renderable(final.output_text))


def test_conversation_items_page_through_the_sdk(conv_client: OpenAI) -> None:
    conversation = conv_client.conversations.create(
        items=[{"type": "message", "role": "user", "content": f"question {n}"} for n in range(7)]
    )
    page = conv_client.conversations.items.list(conversation.id, limit=3, order="asc")
    assert len(page.data) == 3 and page.has_more
    texts = [item.model_dump()["content"][0]["text"] for item in page]  # auto-paging follows `after`
    assert texts == [f"question {n}" for n in range(7)]


def test_chat_function_call_and_its_output_through_the_sdk(embed_client: OpenAI) -> None:
    tools: Any = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
            },
        }
    ]
    messages: Any = [{"role": "user", "content": "call get_weather for Paris"}]
    first = embed_client.chat.completions.create(model=MODEL, messages=messages, tools=tools)
    choice = first.choices[0]
    assert choice.finish_reason == "tool_calls" and choice.message.tool_calls
    call = choice.message.tool_calls[0]
    assert call.type == "function" and call.function.name == "get_weather"
    assert call.function.arguments == '{"city": "Paris"}'

    messages += [
        choice.message.model_dump(exclude_none=True),
        {"role": "tool", "tool_call_id": call.id, "content": "18 degrees and sunny"},
    ]
    second = embed_client.chat.completions.create(model=MODEL, messages=messages, tools=tools)
    assert second.choices[0].finish_reason == "stop"
    content = second.choices[0].message.content
    assert content is not None
    assert "18 degrees and sunny" in c1_content.texts(c1_content.check_renderable(content))


def test_responses_function_call_and_its_output_through_the_sdk(embed_client: OpenAI) -> None:
    tools: Any = [
        {
            "type": "function",
            "name": "lookup_order",
            "parameters": {"type": "object", "properties": {"order_id": {"type": "string"}}},
        }
    ]
    first = embed_client.responses.create(model=MODEL, input="please lookup_order 4711", tools=tools)
    call = first.output[0]
    assert call.type == "function_call" and call.name == "lookup_order"
    assert call.arguments == '{"order_id": "4711"}'
    second = embed_client.responses.create(
        model=MODEL,
        previous_response_id=first.id,
        input=[{"type": "function_call_output", "call_id": call.call_id, "output": "shipped on Monday"}],
        tools=tools,
    )
    shown = c1_content.texts(c1_content.check_renderable(second.output_text))
    assert "shipped on Monday" in shown and "lookup_order" in shown


def _required_but_none(model: Any, where: str = "") -> list[str]:
    """Fields the SDK declares non-optional that came out None: the SDK parses leniently, so it never says so itself."""
    from pydantic import BaseModel

    found: list[str] = []
    if isinstance(model, BaseModel):
        for name, field in type(model).model_fields.items():
            value = getattr(model, name)
            if value is None and field.is_required():
                found.append(f"{where}{name}")
            found += _required_but_none(value, f"{where}{name}.")
    elif isinstance(model, list):
        for index, item in enumerate(model):
            found += _required_but_none(item, f"{where}{index}.")
    return found


def test_every_field_the_sdk_requires_is_sent(embed_client: OpenAI) -> None:
    # Newer openai releases require more fields (3.57: usage.input_tokens_details.cache_write_tokens).
    # To try the newest: python -m venv /tmp/oai && /tmp/oai/bin/pip install openai pytest ... and run this file there.
    completion = embed_client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": WORLD}])
    assert _required_but_none(completion) == []
    response = embed_client.responses.create(model=MODEL, input=WORLD)
    assert _required_but_none(response) == []
    with embed_client.responses.stream(model=MODEL, input=WORLD) as stream:
        events = list(stream)
        final = stream.get_final_response()
    assert [problem for event in events for problem in _required_but_none(event, f"{event.type}.")] == []
    assert _required_but_none(final) == []
    chunks = list(
        embed_client.chat.completions.create(
            model=MODEL,
            messages=[{"role": "user", "content": WORLD}],
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    assert [problem for chunk in chunks for problem in _required_but_none(chunk)] == []
