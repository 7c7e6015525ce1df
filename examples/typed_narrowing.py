"""Everyday reading of answers in a user's own code: tests/test_typed_example.py checks it with `mypy --strict`
and pyright, with no cast anywhere, and runs it against the local C1 server.

Answer fields read None when absent (`content: str | None`), and the members of a union are told apart with
isinstance: the unions keep a catch-all member for types newer than the spec, so `.type ==` cannot narrow them.
"""

from __future__ import annotations

from thesys_c1 import C1, models
from thesys_c1.params import ChatCompletionTool, ResponseFunctionTool
from thesys_c1.types import (
    ChatCompletionMessageToolCall,
    ResponseCompletedEvent,
    ResponseOutputFunctionCall,
    ResponseOutputMessage,
    ResponseOutputText,
    ResponseOutputTextDeltaEvent,
)

WEATHER: ResponseFunctionTool = {
    "type": "function",
    "name": "get_weather",
    "description": "The weather in a city.",
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
        if isinstance(call, ChatCompletionMessageToolCall):
            print("tool:", call.function.name)
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
            if isinstance(event, ResponseOutputTextDeltaEvent):
                deltas.append(event.delta)
            elif isinstance(event, ResponseCompletedEvent):
                sequence = event.sequence_number or 0
        response = stream.get_final_response()
    for item in response.output:
        if isinstance(item, ResponseOutputMessage):
            for part in item.content:
                if isinstance(part, ResponseOutputText):
                    assert part.text in response.output_text
        elif isinstance(item, ResponseOutputFunctionCall):
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
