"""C1Chat on a FastAPI backend: the newest user message in, the C1 answer streamed out, the thread kept in a store.

    make example                                   # http://127.0.0.1:8080/ (PORT=9000 make example)
    make example WORKERS=2 THREAD_STORE=postgresql://user@127.0.0.1:5432/chat
    .venv/bin/python examples/react-chat/server.py --port 8080 --workers 2

``C1Chat`` (from @thesysai/genui-sdk) posts each new user message to
``/api/chat`` with the thread's id; this backend reads the thread's history
from the store ``THREAD_STORE`` names (``thesys_c1.react.thread_store_from_url``;
by default the SQLite file ``threads.db`` beside this file, which every worker
process shares), asks C1 for the answer as a stream, passes it on with
``thesys_c1.react.c1_streaming_response`` and stores the turn when it ends.
With ``c1-conversations+sqlite:///map.db`` C1 itself keeps the thread, as a
conversation the Responses API appends each turn to. With the other stores C1
may call the backend's tools first (here ``get_weather``): the tool runner runs
them and sends their outputs back, and while they run the chat shows what they
do ("Looking up the weather for Paris") before the answer arrives. The page
itself is the Vite build in ``dist/`` (``make example`` builds it on first run).

With ``THESYS_API_KEY`` set, the backend asks C1 (``THESYS_BASE_URL`` points it
elsewhere); without it, it starts the local C1 server from
``thesys_c1.testing`` on loopback, so the page works with no network at all.
"""

from __future__ import annotations

import argparse
import os
import sys
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
    AsyncThreadStore,
    C1ChatRequest,
    c1_streaming_response,
    read_chat_request,
    thread_store_from_url,
    tool_progress,
)
from thesys_c1.react.stores import AsyncC1ConversationsThreadStore

HERE = Path(__file__).resolve().parent
DIST = HERE / "dist"
DEFAULT_THREAD_STORE = f"sqlite:///{HERE / 'threads.db'}"
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
    threads: AsyncThreadStore | None = None,
    page: Path | None = DIST,
    tools: Sequence[FunctionTool[Any]] = (get_weather,),
) -> FastAPI:
    """The backend: ``POST /api/chat`` for C1Chat, and the built page at ``/`` when ``page`` is given.

    ``threads`` defaults to the store ``THREAD_STORE`` names, else the SQLite file beside this file.
    """
    store = threads or thread_store_from_url(
        os.environ.get("THREAD_STORE") or DEFAULT_THREAD_STORE, asynchronous=True, client=client
    )
    offered = list(tools)
    app = FastAPI(title="C1 chat example", docs_url=None, redoc_url=None, openapi_url=None)

    @app.post("/api/chat")
    async def chat(request: Request) -> Response:
        prompt = await read_chat_request(request)
        if not isinstance(prompt, C1ChatRequest):
            return prompt  # the 400 answer to a body C1Chat would not send
        if isinstance(store, AsyncC1ConversationsThreadStore):
            # C1 appends the question and the answer to the conversation itself when the response ends.
            conversation = await store.conversation_id(prompt.thread_id)
            stream = client.responses.create(
                model=model,
                instructions=SYSTEM_PROMPT,
                input=prompt.content,
                conversation=conversation,
                store=True,
                stream=True,
            )
            return c1_streaming_response(stream)
        history = await store.messages(prompt.thread_id)
        user_message = prompt.user_message()
        messages = [{"role": "system", "content": SYSTEM_PROMPT}, *history, user_message]
        # Nothing is sent yet: the runner opens each round's stream inside the
        # response, so a failure to open one is shown in the chat like a failure part-way.
        runner = run_chat_tools(client, model=model, messages=messages, tools=offered, stream=True)
        progress = tool_progress(runner)

        async def remember(result: AnswerResult) -> None:
            # One append per turn (the question, the tool calls and their outputs, which the
            # next turn's model can refer to, and the answer), so two requests on one thread
            # at once never interleave; nothing when the browser went away.
            if not result.disconnected:
                await store.append(prompt.thread_id, user_message, *progress.history(result))

        return c1_streaming_response(progress, on_complete=remember)

    if page is not None:
        if not (page / "index.html").is_file():
            raise FileNotFoundError(f"{page / 'index.html'} is missing: build the page with `make example-build`")
        app.mount("/", StaticFiles(directory=page, html=True), name="page")
    return app


def app_from_environment() -> FastAPI:
    """The app each uvicorn worker builds: C1, the thread store and the page from the environment."""
    page = os.environ.get("EXAMPLE_PAGE", str(DIST))
    return create_app(AsyncC1(), page=Path(page) if page else None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8080")))
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WORKERS") or "1"))
    parser.add_argument("--api-only", action="store_true", help="serve /api/chat without the built page")
    arguments = parser.parse_args()
    os.environ["EXAMPLE_PAGE"] = "" if arguments.api_only else str(DIST)
    if arguments.workers < 1:
        parser.error(f"--workers must be at least 1, got {arguments.workers}")

    with ExitStack() as stack:
        if os.environ.get("THESYS_API_KEY"):
            print(f"asking C1 at {AsyncC1().base_url}", flush=True)
        else:
            from thesys_c1.testing import LocalC1

            # One local C1 for every worker: they find it through the environment they inherit.
            local = stack.enter_context(LocalC1())
            os.environ["THESYS_BASE_URL"] = local.base_url
            os.environ["THESYS_API_KEY"] = local.api_key
            print(f"THESYS_API_KEY is not set: asking the local C1 server at {local.base_url}", flush=True)
        store = os.environ.get("THREAD_STORE") or DEFAULT_THREAD_STORE
        print(f"threads kept in {store}, {arguments.workers} worker(s)", flush=True)
        print(f"chat page: http://{arguments.host}:{arguments.port}/", flush=True)
        sys.path.insert(0, str(HERE))
        uvicorn.run(
            "server:app_from_environment",
            factory=True,
            host=arguments.host,
            port=arguments.port,
            workers=arguments.workers,
            # uvicorn restarts a worker that does not answer its health check in time (5 s by default):
            # on a loaded machine one still importing FastAPI would be killed over and over.
            timeout_worker_healthcheck=30,
            app_dir=str(HERE),
            log_level="warning",
        )


if __name__ == "__main__":
    main()
