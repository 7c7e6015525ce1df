"""C1Chat on a FastAPI backend: the newest user message in, the C1 answer streamed out.

    make example                                   # http://127.0.0.1:8080/ (PORT=9000 make example)
    .venv/bin/python examples/react-chat/server.py --port 8080

``C1Chat`` (from @thesysai/genui-sdk) posts each new user message to
``/api/chat`` with the thread's id; this backend keeps the thread's history,
asks C1 for the answer as a stream and passes it on with
``thesys_c1.react.c1_streaming_response``. C1 may call the backend's tools
first (here ``get_weather``): the tool runner runs them and sends their
outputs back, and while they run the chat shows what they do ("Looking up the
weather for Paris") before the answer arrives. The page itself is the Vite
build in ``dist/`` (``make example`` builds it on first run).

With ``THESYS_API_KEY`` set, the backend asks C1 (``THESYS_BASE_URL`` points it
elsewhere); without it, it starts the local C1 server from
``thesys_c1.testing`` on loopback, so the page works with no network at all.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import Response
from starlette.staticfiles import StaticFiles

from thesys_c1 import AsyncC1, FunctionTool, function_tool, run_chat_tools
from thesys_c1.react import (
    AnswerResult,
    C1ChatRequest,
    InMemoryThreadStore,
    ThreadStore,
    c1_streaming_response,
    read_chat_request,
    tool_progress,
)

HERE = Path(__file__).resolve().parent
DIST = HERE / "dist"
MODEL = "c1/anthropic/claude-sonnet-4/v-20250930"
SYSTEM_PROMPT = "You are a helpful assistant. Answer with compact, well-organised UI."
# Stand-in readings: a real backend would ask a weather service here.
READINGS = {"paris": ("clear", 21), "london": ("rain", 17), "oslo": ("snow", -3)}


@function_tool(progress="Looking up the weather for {city}")
async def get_weather(city: str) -> dict[str, Any]:
    """The weather now in a city.

    Args:
        city: The city's name, in English.
    """
    sky, celsius = READINGS.get(city.strip().lower(), ("unknown", None))
    return {"city": city, "sky": sky, "celsius": celsius}


def create_app(
    client: AsyncC1,
    *,
    model: str = MODEL,
    threads: ThreadStore | None = None,
    page: Path | None = DIST,
    tools: Sequence[FunctionTool[Any]] = (get_weather,),
) -> FastAPI:
    """The backend: ``POST /api/chat`` for C1Chat, and the built page at ``/`` when ``page`` is given."""
    store = threads if threads is not None else InMemoryThreadStore()
    offered = list(tools)
    app = FastAPI(title="C1 chat example", docs_url=None, redoc_url=None, openapi_url=None)

    @app.post("/api/chat")
    async def chat(request: Request) -> Response:
        prompt = await read_chat_request(request)
        if not isinstance(prompt, C1ChatRequest):
            return prompt  # the 400 answer to a body C1Chat would not send
        history = store.messages(prompt.thread_id)
        store.append(prompt.thread_id, prompt.user_message())
        messages = [{"role": "system", "content": SYSTEM_PROMPT}, *history, prompt.user_message()]

        # Nothing is sent yet: the runner opens each round's stream inside the
        # response, so a failure to open one is shown in the chat like a failure part-way.
        runner = run_chat_tools(client, model=model, messages=messages, tools=offered, stream=True)
        progress = tool_progress(runner)

        def remember(result: AnswerResult) -> None:
            # The calls and their outputs too: the next turn's model can refer to them.
            for message in progress.history(result):
                store.append(prompt.thread_id, message)

        return c1_streaming_response(progress, on_complete=remember)

    if page is not None:
        if not (page / "index.html").is_file():
            raise FileNotFoundError(f"{page / 'index.html'} is missing: build the page with `make example-build`")
        app.mount("/", StaticFiles(directory=page, html=True), name="page")
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8080")))
    arguments = parser.parse_args()

    with ExitStack() as stack:
        if os.environ.get("THESYS_API_KEY"):
            client = AsyncC1()
            print(f"asking C1 at {client.base_url}", flush=True)
        else:
            from thesys_c1.testing import LocalC1

            local = stack.enter_context(LocalC1())
            client = AsyncC1(base_url=local.base_url, api_key=local.api_key)
            print(f"THESYS_API_KEY is not set: asking the local C1 server at {local.base_url}", flush=True)
        print(f"chat page: http://{arguments.host}:{arguments.port}/", flush=True)
        uvicorn.run(create_app(client), host=arguments.host, port=arguments.port, log_level="warning")


if __name__ == "__main__":
    main()
