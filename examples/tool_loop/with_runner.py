"""The tool loop with thesys-c1's runner: the tools are typed functions, the loop is one call.

python examples/tool_loop/with_runner.py     # against the local C1 server, offline
"""

from __future__ import annotations

from tools import MODEL, QUESTION, get_local_time, get_weather

from thesys_c1 import C1, function_tool, output_text, run_chat_tools, run_response_tools

TOOLS = [function_tool(get_weather), function_tool(get_local_time)]


def chat(client: C1) -> str:
    messages = [{"role": "user", "content": QUESTION}]
    completion = run_chat_tools(client, model=MODEL, messages=messages, tools=TOOLS).final_answer()
    return completion.choices[0].message.content or ""


def responses(client: C1) -> str:
    return output_text(run_response_tools(client, model=MODEL, input=QUESTION, tools=TOOLS).final_answer())


if __name__ == "__main__":
    from thesys_c1.testing import LocalC1

    with LocalC1() as local, C1(base_url=local.base_url, api_key=local.api_key) as c1:
        print(chat(c1)[-300:], responses(c1)[-300:], sep="\n")
