"""openai-python code as users write it against C1, kept as text for tests/test_openai_migration.py.

Each snippet is openai-python code, run as it is with the official SDK and,
moved over by ``to_thesys``, with thesys_c1. The names a snippet finds are
what a user's settings would be: ``EMBED_URL`` (C1's ``/v1/embed``),
``ROOT_URL`` (the docs' conversations client) and ``API_KEY``. A snippet
leaves what it saw in ``result``, which must be the same with both SDKs.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

_IMPORT = re.compile(r"^(from openai[\w.]* import |import openai\b)")
_CONSTRUCTOR = re.compile(r"\b(Async)?OpenAI\(")


@dataclass(frozen=True)
class Snippet:
    name: str
    code: str
    changed_lines: int = 2
    """Lines the move changes: the import and the constructor, unless the snippet says why not."""


def to_thesys(code: str) -> str:
    """The snippet moved over: the module and class names in its imports and constructors, nothing else."""
    moved = []
    for line in code.splitlines():
        if _IMPORT.match(line):
            line = re.sub(r"\bopenai\b", "thesys_c1", line)
            line = re.sub(r"\bAsyncOpenAI\b", "AsyncC1", line)
            line = re.sub(r"\bOpenAI\b", "C1", line)
        elif _CONSTRUCTOR.search(line):
            line = re.sub(r"\bAsyncOpenAI\(", "AsyncC1(", line)
            line = re.sub(r"\bOpenAI\(", "C1(", line)
        moved.append(line)
    return "\n".join(moved) + "\n"


def _snippet(name: str, code: str, changed_lines: int = 2) -> Snippet:
    return Snippet(name, textwrap.dedent(code).lstrip("\n"), changed_lines)


# The C1 docs page's examples, with the user's URL and key as names.
DOCS = [
    _snippet(
        "docs_chat_completions",
        """
        from openai import OpenAI
        client = OpenAI(base_url=EMBED_URL, api_key=API_KEY)

        completion = client.chat.completions.create(
            model="c1/anthropic/claude-sonnet-4/v-20250930",
            messages=[{"role": "user", "content": "How did the population of the world grow from 1950 to 2020?"}],
        )
        result = completion.choices[0].message.content
        """,
    ),
    _snippet(
        "docs_responses",
        """
        from openai import OpenAI
        client = OpenAI(base_url=EMBED_URL, api_key=API_KEY)

        response = client.responses.create(
            model="c1/anthropic/claude-sonnet-4/v-20250930",
            input="How did the population of the world grow from 1950 to 2020?",
        )
        print(response)
        result = (response.object, response.status, [item.type for item in response.output])
        """,
    ),
    _snippet(
        "docs_previous_response_id",
        """
        from openai import OpenAI
        client = OpenAI(base_url=EMBED_URL, api_key=API_KEY)

        response = client.responses.create(
            model="c1/anthropic/claude-sonnet-4/v-20250930", input="What is the capital of France?"
        )
        follow_up = client.responses.create(
            model="c1/anthropic/claude-sonnet-4/v-20250930",
            input="And what is its population?",
            previous_response_id=response.id,
        )
        print(follow_up)
        result = (follow_up.status, follow_up.previous_response_id == response.id)
        """,
    ),
    # Two clients, as on the docs page: one constructor each.
    _snippet(
        "docs_conversation",
        """
        from openai import OpenAI
        conv_client = OpenAI(base_url=ROOT_URL, api_key=API_KEY)
        embed_client = OpenAI(base_url=EMBED_URL, api_key=API_KEY)

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
        items = conv_client.conversations.items.list(conversation.id, order="asc")
        result = [(item.type, item.role) for item in items]
        """,
        changed_lines=3,
    ),
]

STREAMING = [
    _snippet(
        "chat_stream_true",
        """
        from openai import OpenAI
        client = OpenAI(base_url=EMBED_URL, api_key=API_KEY)

        stream = client.chat.completions.create(
            model="c1/anthropic/claude-sonnet-4/v-20250930",
            messages=[{"role": "user", "content": "Plot the growth of Paris"}],
            stream=True,
        )
        parts = []
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                parts.append(chunk.choices[0].delta.content)
        result = "".join(parts)
        """,
    ),
    _snippet(
        "chat_stream_helper",
        """
        from openai import OpenAI
        client = OpenAI(base_url=EMBED_URL, api_key=API_KEY)

        with client.chat.completions.stream(
            model="c1/anthropic/claude-sonnet-4/v-20250930",
            messages=[{"role": "user", "content": "Plot the growth of Paris"}],
        ) as stream:
            text = ""
            for event in stream:
                if event.type == "content.delta":
                    text += event.delta
                    assert event.snapshot == text
                elif event.type == "content.done":
                    done = event.content
        completion = stream.get_final_completion()
        result = (text == done == completion.choices[0].message.content, completion.choices[0].finish_reason)
        """,
    ),
    _snippet(
        "responses_stream_true",
        """
        from openai import OpenAI
        client = OpenAI(base_url=EMBED_URL, api_key=API_KEY)

        stream = client.responses.create(
            model="c1/anthropic/claude-sonnet-4/v-20250930", input="Plot the growth of Paris", stream=True
        )
        kinds = []
        text = ""
        for event in stream:
            kinds.append(event.type)
            if event.type == "response.output_text.delta":
                text += event.delta
        result = (kinds[0], kinds[-1], len(text) > 0)
        """,
    ),
    _snippet(
        "responses_stream_helper",
        """
        from openai import OpenAI
        client = OpenAI(base_url=EMBED_URL, api_key=API_KEY)

        with client.responses.stream(
            model="c1/anthropic/claude-sonnet-4/v-20250930", input="Plot the growth of Paris"
        ) as stream:
            text = ""
            for event in stream:
                if event.type == "response.output_text.delta":
                    text += event.delta
        response = stream.get_final_response()
        result = (response.status, text == response.output[-1].content[0].text)
        """,
    ),
    _snippet(
        "async_streams",
        """
        import asyncio
        from openai import AsyncOpenAI
        client = AsyncOpenAI(base_url=EMBED_URL, api_key=API_KEY)

        async def main():
            stream = await client.chat.completions.create(
                model="c1/anthropic/claude-sonnet-4/v-20250930",
                messages=[{"role": "user", "content": "Plot the growth of Paris"}],
                stream=True,
            )
            chat_text = ""
            async for chunk in stream:
                if chunk.choices and chunk.choices[0].delta.content:
                    chat_text += chunk.choices[0].delta.content
            async with client.responses.stream(
                model="c1/anthropic/claude-sonnet-4/v-20250930", input="Plot the growth of Paris"
            ) as events:
                async for event in events:
                    pass
                response = await events.get_final_response()
            async with client.chat.completions.stream(
                model="c1/anthropic/claude-sonnet-4/v-20250930",
                messages=[{"role": "user", "content": "Plot the growth of Paris"}],
            ) as events:
                completion = await events.get_final_completion()
            await client.close()
            return chat_text == completion.choices[0].message.content, response.status

        result = asyncio.run(main())
        """,
        changed_lines=2,
    ),
]

ERRORS = [
    _snippet(
        "errors",
        """
        from openai import OpenAI, APIStatusError, NotFoundError, PermissionDeniedError, RateLimitError
        client = OpenAI(base_url=EMBED_URL, api_key=API_KEY)

        seen = []
        try:
            client.with_options(api_key="not-a-valid-key").chat.completions.create(
                model="c1/anthropic/claude-sonnet-4/v-20250930", messages=[{"role": "user", "content": "Hi"}]
            )
        except PermissionDeniedError as error:
            seen.append((type(error).__name__, error.status_code, error.request_id is not None))
        try:
            client.with_options(max_retries=0).chat.completions.create(
                model="c1/anthropic/claude-sonnet-4/v-20250930",
                messages=[{"role": "user", "content": "Hi"}],
                extra_headers={"x-c1-test-fault": "status=429"},
            )
        except RateLimitError as error:
            seen.append((type(error).__name__, error.status_code, error.response.status_code))
        try:
            client.with_options(max_retries=0).chat.completions.create(
                model="c1/anthropic/claude-sonnet-4/v-20250930",
                messages=[{"role": "user", "content": "Hi"}],
                extra_headers={"x-c1-test-fault": "status=503"},
            )
        except APIStatusError as error:
            seen.append((type(error).__name__, error.status_code, error.message.startswith("Error code: 503")))
        try:
            client.responses.create(
                model="c1/anthropic/claude-sonnet-4/v-20250930", input="Hi", previous_response_id="resp_missing"
            )
        except NotFoundError as error:
            seen.append((type(error).__name__, error.status_code, error.code))
        result = seen
        """,
    ),
]

RAW_RESPONSES = [
    _snippet(
        "raw_responses",
        """
        from openai import OpenAI
        client = OpenAI(base_url=EMBED_URL, api_key=API_KEY)

        raw = client.chat.completions.with_raw_response.create(
            model="c1/anthropic/claude-sonnet-4/v-20250930", messages=[{"role": "user", "content": "Hi"}]
        )
        completion = raw.parse()
        seen = [
            raw.status_code,
            raw.headers.get("content-type"),
            raw.request_id == raw.headers.get("x-request-id") is not None,
            raw.http_response.status_code,
            completion.object,
        ]
        raw = client.responses.with_raw_response.create(model="c1/anthropic/claude-sonnet-4/v-20250930", input="Hi")
        seen += [raw.status_code, raw.parse().object]
        result = seen
        """,
    ),
    _snippet(
        "raw_responses_conversations",
        """
        from openai import OpenAI
        client = OpenAI(base_url=ROOT_URL, api_key=API_KEY)

        raw = client.conversations.with_raw_response.create(metadata={"topic": "paris"})
        conversation = raw.parse()
        seen = [raw.status_code, conversation.object, conversation.metadata["topic"]]
        raw = client.conversations.items.with_raw_response.list(conversation.id)
        seen += [raw.status_code, len(raw.parse().data), raw.parse().has_more]
        raw = client.conversations.with_raw_response.delete(conversation.id)
        seen += [raw.status_code, raw.parse().deleted]
        result = seen
        """,
    ),
]

TOOLS = [
    _snippet(
        "chat_tool_round_trip",
        """
        import json
        from openai import OpenAI
        client = OpenAI(base_url=EMBED_URL, api_key=API_KEY)

        tools = [
            {
                "type": "function",
                "function": {
                    "name": "get_weather",
                    "description": "The weather in a city",
                    "parameters": {
                        "type": "object",
                        "properties": {"city": {"type": "string"}},
                        "required": ["city"],
                    },
                },
            }
        ]
        messages = [{"role": "user", "content": "What's the weather like in Paris?"}]
        completion = client.chat.completions.create(
            model="c1/anthropic/claude-sonnet-4/v-20250930", messages=messages, tools=tools
        )
        message = completion.choices[0].message
        call = message.tool_calls[0]
        arguments = json.loads(call.function.arguments)
        messages.append(
            {
                "role": "assistant",
                "content": message.content,
                "tool_calls": [
                    {
                        "id": call.id,
                        "type": "function",
                        "function": {"name": call.function.name, "arguments": call.function.arguments},
                    }
                ],
            }
        )
        messages.append({"role": "tool", "tool_call_id": call.id, "content": "Sunny, 24 C"})
        final = client.chat.completions.create(
            model="c1/anthropic/claude-sonnet-4/v-20250930", messages=messages, tools=tools
        )
        result = (
            completion.choices[0].finish_reason,
            call.function.name,
            sorted(arguments),
            final.choices[0].finish_reason,
            "Sunny, 24 C" in final.choices[0].message.content,
        )
        """,
    ),
    _snippet(
        "responses_tool_round_trip",
        """
        from openai import OpenAI
        client = OpenAI(base_url=EMBED_URL, api_key=API_KEY)

        tools = [
            {
                "type": "function",
                "name": "get_weather",
                "description": "The weather in a city",
                "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
            }
        ]
        response = client.responses.create(
            model="c1/anthropic/claude-sonnet-4/v-20250930", input="What's the weather like in Paris?", tools=tools
        )
        calls = [item for item in response.output if item.type == "function_call"]
        follow_up = client.responses.create(
            model="c1/anthropic/claude-sonnet-4/v-20250930",
            previous_response_id=response.id,
            input=[{"type": "function_call_output", "call_id": calls[0].call_id, "output": "Sunny, 24 C"}],
            tools=tools,
        )
        result = (
            [call.name for call in calls],
            [item.type for item in follow_up.output],
            "Sunny, 24 C" in follow_up.output[-1].content[0].text,
        )
        """,
    ),
]

# openai-python keeps its type names in openai.types.*: a second import line to move.
TYPES = [
    _snippet(
        "typed_params",
        """
        from openai import OpenAI
        from openai.types.chat import ChatCompletionMessageParam, ChatCompletionToolParam
        client = OpenAI(base_url=EMBED_URL, api_key=API_KEY)

        messages: list[ChatCompletionMessageParam] = [
            {"role": "system", "content": "You answer in cards."},
            {"role": "user", "content": "Plot the growth of Paris"},
        ]
        tool: ChatCompletionToolParam = {
            "type": "function",
            "function": {"name": "lookup", "parameters": {"type": "object", "properties": {}}},
        }
        completion = client.chat.completions.create(
            model="c1/anthropic/claude-sonnet-4/v-20250930", messages=messages, tools=[tool]
        )
        result = completion.choices[0].message.role
        """,
        changed_lines=3,
    ),
]

# These need model_dump() / model_dump_json() / output_text on the models.
MODEL_HELPERS = [
    _snippet(
        "model_helpers",
        """
        import json
        from openai import OpenAI
        client = OpenAI(base_url=EMBED_URL, api_key=API_KEY)

        response = client.responses.create(model="c1/anthropic/claude-sonnet-4/v-20250930", input="Hi there")
        completion = client.chat.completions.create(
            model="c1/anthropic/claude-sonnet-4/v-20250930", messages=[{"role": "user", "content": "Hi there"}]
        )
        dumped = completion.model_dump()
        result = (
            response.output_text == response.output[-1].content[0].text,
            dumped["choices"][0]["message"]["content"] == completion.choices[0].message.content,
            json.loads(completion.model_dump_json())["object"],
            response.model_dump()["object"],
        )
        """,
    ),
]

SNIPPETS = [*DOCS, *STREAMING, *ERRORS, *RAW_RESPONSES, *TOOLS, *TYPES]
