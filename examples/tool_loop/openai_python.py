"""The same tool loop in openai-python pointed at C1, for comparison (`pip install openai`).

python examples/tool_loop/openai_python.py     # against the local C1 server, offline
"""

from __future__ import annotations

import json
from typing import Any

from openai import OpenAI
from tools import MODEL, QUESTION, get_local_time, get_weather

CITY = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}
FUNCTIONS: dict[str, Any] = {"get_weather": get_weather, "get_local_time": get_local_time}
DESCRIPTIONS = {"get_weather": "The weather now in a city.", "get_local_time": "The local time in a city."}


def run(name: str, arguments: str) -> str:
    try:
        result = FUNCTIONS[name](**json.loads(arguments))
    except Exception as error:
        return f"Error: the tool {name!r} raised {type(error).__name__}: {error}"
    return result if isinstance(result, str) else json.dumps(result)


def chat(client: OpenAI) -> str:
    tools: list[Any] = [
        {"type": "function", "function": {"name": name, "description": text, "parameters": CITY}}
        for name, text in DESCRIPTIONS.items()
    ]
    messages: list[Any] = [{"role": "user", "content": QUESTION}]
    for _ in range(10):
        message = client.chat.completions.create(model=MODEL, messages=messages, tools=tools).choices[0].message
        if not message.tool_calls:
            return message.content or ""
        messages.append(message.model_dump(exclude_none=True))
        for call in message.tool_calls:
            assert call.type == "function"
            output = run(call.function.name, call.function.arguments)
            messages.append({"role": "tool", "tool_call_id": call.id, "content": output})
    raise RuntimeError("no answer after 10 rounds")


def responses(client: OpenAI) -> str:
    tools: list[Any] = [
        {"type": "function", "name": name, "description": text, "parameters": CITY}
        for name, text in DESCRIPTIONS.items()
    ]
    response = client.responses.create(model=MODEL, input=QUESTION, tools=tools)
    for _ in range(10):
        calls = [item for item in response.output if item.type == "function_call"]
        if not calls:
            return response.output_text
        outputs: list[Any] = [
            {"type": "function_call_output", "call_id": call.call_id, "output": run(call.name, call.arguments)}
            for call in calls
        ]
        response = client.responses.create(model=MODEL, previous_response_id=response.id, input=outputs, tools=tools)
    raise RuntimeError("no answer after 10 rounds")


if __name__ == "__main__":
    from thesys_c1.testing import LocalC1

    with LocalC1() as local:
        c1 = OpenAI(base_url=local.embed_url, api_key=local.api_key)
        print(chat(c1)[-300:], responses(c1)[-300:], sep="\n")
