"""Everyday reading of answers in a user's own code: tests/test_typed_example.py checks it with `mypy --strict`
and pyright, with no cast anywhere, and runs it against the local C1 server.

Answer fields read None when absent (`content: str | None`), and the members of a union are told apart by
comparing `.type` with a literal: a union lists only the members the spec names, each with a literal `type`
(events, items and tool calls of newer types are left out, see `with_unknown_events()` and `unknown_items`).
"""

from __future__ import annotations

from thesys_c1 import C1, models
from thesys_c1.params import ChatCompletionTool, ResponseFunctionTool

# A function tool of Responses with a real JSON Schema for its arguments.
WEATHER: ResponseFunctionTool = {
    "type": "function",
    "name": "get_weather",
    "description": "The weather in a city.",
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string"}, "days": {"type": "integer", "minimum": 1}},
        "required": ["city"],
        "additionalProperties": False,
    },
}


# A function tool of Chat Completions with a real JSON Schema for its arguments.
CHAT_WEATHER: ChatCompletionTool = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}, "days": {"type": "integer", "minimum": 1}},
            "required": ["city"],
            "additionalProperties": False,
        },
    },
}


def chat_text(client: C1) -> str:
    completion = client.chat.completions.create(
        model=models.DEFAULT_MODEL, messages=[{"role": "user", "content": "Hello"}], tools=[CHAT_WEATHER]
    )
    content: str | None = completion.choices[0].message.content
    for call in completion.choices[0].message.tool_calls or []:
        if call.type == "function":
            print("tool:", call.function.name)
        else:
            print("custom tool:", call.custom.name)
    return content or ""


def chat_stream(client: C1) -> str:
    pieces: list[str] = []
    with client.chat.completions.create(
        model=models.DEFAULT_MODEL, messages=[{"role": "user", "content": "Hello"}], stream=True
    ) as stream:
        for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content is not None:
                pieces.append(chunk.choices[0].delta.content)
    return "".join(pieces)


def responses_stream(client: C1) -> tuple[str, int]:
    deltas: list[str] = []
    sequence = 0
    with client.responses.create(model=models.DEFAULT_MODEL, input="Hello", tools=[WEATHER], stream=True) as stream:
        for event in stream:
            if event.type == "response.output_text.delta":
                deltas.append(event.delta)
            elif event.type == "response.completed":
                sequence = event.sequence_number or 0
        response = stream.get_final_response()
    for item in response.output:
        if item.type == "message":
            for part in item.content:
                if part.type == "output_text":
                    assert part.text in response.output_text
        elif item.type == "function_call":
            print("call:", item.name, item.arguments)
    return "".join(deltas), sequence


def main() -> None:
    with C1() as client:
        print("chat chars:", len(chat_text(client)))
        print("streamed chars:", len(chat_stream(client)))
        text, sequence = responses_stream(client)
        print("responses chars:", len(text), "completed at", sequence)


if __name__ == "__main__":
    main()
