"""The tool runner: ask the model, run the calls it asks for, send the outputs back, until it answers.

``run_chat_tools(client, model=..., messages=..., tools=[...])`` and
``run_response_tools(client, model=..., input=..., tools=[...])`` return a
runner (an async one for ``AsyncC1``). Iterating it gives each ``ToolRound``
as it completes; ``events()`` gives, in order, the stream items of each round
(with ``stream=True``), a ``ToolCallsStarted`` before a round's calls run and
the ``ToolRound`` once their outputs are ready; ``final_answer()`` runs the
loop to its end and returns the last answer, the usual ``ChatCompletion`` or
``ResponseObject``. A runner runs its loop once, however it is read.

The loop ends at an answer with no function calls or after ``max_rounds``
answers (``exhausted`` is then true and the last answer's calls are not run).
A tool that raises, a call with arguments that do not fit, or a call to a tool
not offered becomes a tool output saying so (``on_tool_error`` writes it; one
that raises stops the loop with that error). In ``AsyncC1``'s runner the calls
of one round run concurrently (functions that are not async in worker
threads); in ``C1``'s they run one after the other.

``AsyncToolRunner`` is written once, in ``_async/tool_runner.py``;
``ToolRunner`` is derived from it (generator/pipeline/unasync.py). How a round's calls
run is the one part written twice (``calling``); what happens between answers
is shared (``loops``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

# Used at run time, as the runners' type arguments; the client has loaded them already by the time a loop runs.
from ..._generated._sync.tool_runner import ToolRunner
from ..._generated.models import ChatCompletion, ChatCompletionChunk, ResponseObject
from ..._generated.unions import ResponseStreamEvent
from .._async.tool_runner import AsyncToolRunner
from ..errors import InvalidArgumentError, InvalidArgumentTypeError
from .function_tool import FunctionTool
from .loops import ChatLoop, Loop, ResponsesLoop
from .rounds import OnToolError, describe_tool_error, max_rounds_of, on_tool_error_of, tool_table

if TYPE_CHECKING:
    from ..client import C1, AsyncC1

DEFAULT_MAX_ROUNDS = 10


class _ChatMessages:
    """What a Chat Completions runner, blocking or async, tells of its conversation."""

    _loop: Loop

    @property
    def messages(self) -> list[Any]:
        """The conversation so far: the messages given, each round's calls and outputs, the final answer."""
        assert isinstance(self._loop, ChatLoop)
        return list(self._loop.messages)

    def new_messages(self) -> list[Any]:
        """What the loop added to the messages given: keep these in a thread's history."""
        assert isinstance(self._loop, ChatLoop)
        return self._loop.messages[self._loop.start :]


class ChatToolRunner(_ChatMessages, ToolRunner[ChatCompletion, ChatCompletionChunk]):
    pass


class AsyncChatToolRunner(_ChatMessages, AsyncToolRunner[ChatCompletion, ChatCompletionChunk]):
    pass


class ResponsesToolRunner(ToolRunner[ResponseObject, ResponseStreamEvent]):
    pass


class AsyncResponsesToolRunner(AsyncToolRunner[ResponseObject, ResponseStreamEvent]):
    pass


def _parts(tools: Any, max_rounds: Any, stream: Any, on_tool_error: Any) -> tuple[Any, int, bool, OnToolError]:
    table, listed = tool_table(tools)
    if not isinstance(stream, bool):
        raise InvalidArgumentTypeError("stream", f"must be a bool, got {type(stream).__name__}")
    return (table, listed), max_rounds_of(max_rounds), stream, on_tool_error_of(on_tool_error)


def _is_async_client(client: Any, function: str, table: dict[str, FunctionTool[Any]]) -> bool:
    from ..client import C1, AsyncC1

    if isinstance(client, AsyncC1):
        return True
    if not isinstance(client, C1):
        raise InvalidArgumentTypeError("client", f"{function}() takes a C1 or AsyncC1, got {type(client).__name__}")
    # C1's loop runs each call in turn, in this thread: it has no event loop to run a coroutine on.
    for tool in table.values():
        if tool.is_async:
            raise InvalidArgumentError("tools", f"tool {tool.name!r} is async: run it with AsyncC1")
    return False


@overload
def run_chat_tools(
    client: AsyncC1,
    *,
    tools: Sequence[FunctionTool[Any] | Mapping[str, Any]],
    max_rounds: int = ...,
    stream: bool = ...,
    on_tool_error: OnToolError = ...,
    **params: Any,
) -> AsyncChatToolRunner: ...
@overload
def run_chat_tools(
    client: C1,
    *,
    tools: Sequence[FunctionTool[Any] | Mapping[str, Any]],
    max_rounds: int = ...,
    stream: bool = ...,
    on_tool_error: OnToolError = ...,
    **params: Any,
) -> ChatToolRunner: ...


def run_chat_tools(
    client: C1 | AsyncC1,
    *,
    tools: Sequence[FunctionTool[Any] | Mapping[str, Any]],
    max_rounds: int = DEFAULT_MAX_ROUNDS,
    stream: bool = False,
    on_tool_error: OnToolError = describe_tool_error,
    **params: Any,
) -> ChatToolRunner | AsyncChatToolRunner:
    """A Chat Completions tool loop; ``params`` are ``chat.completions.create``'s (``model``, ``messages``, ...).

    Nothing is sent until the runner is read.
    """
    (table, listed), rounds, streaming, on_error = _parts(tools, max_rounds, stream, on_tool_error)
    loop = ChatLoop(dict(params), listed)
    if _is_async_client(client, "run_chat_tools", table):
        return AsyncChatToolRunner(client, loop, table, rounds, streaming, on_error)  # type: ignore[arg-type]
    return ChatToolRunner(client, loop, table, rounds, streaming, on_error)  # type: ignore[arg-type]


@overload
def run_response_tools(
    client: AsyncC1,
    *,
    tools: Sequence[FunctionTool[Any] | Mapping[str, Any]],
    max_rounds: int = ...,
    stream: bool = ...,
    on_tool_error: OnToolError = ...,
    **params: Any,
) -> AsyncResponsesToolRunner: ...
@overload
def run_response_tools(
    client: C1,
    *,
    tools: Sequence[FunctionTool[Any] | Mapping[str, Any]],
    max_rounds: int = ...,
    stream: bool = ...,
    on_tool_error: OnToolError = ...,
    **params: Any,
) -> ResponsesToolRunner: ...


def run_response_tools(
    client: C1 | AsyncC1,
    *,
    tools: Sequence[FunctionTool[Any] | Mapping[str, Any]],
    max_rounds: int = DEFAULT_MAX_ROUNDS,
    stream: bool = False,
    on_tool_error: OnToolError = describe_tool_error,
    **params: Any,
) -> ResponsesToolRunner | AsyncResponsesToolRunner:
    """A Responses tool loop; ``params`` are ``responses.create``'s (``model``, ``input``, ``store``, ...).

    A stored response (the default) is chained to the next with
    ``previous_response_id``; with ``store=False`` the input is sent whole each round.
    """
    (table, listed), rounds, streaming, on_error = _parts(tools, max_rounds, stream, on_tool_error)
    loop = ResponsesLoop(dict(params), listed)
    if _is_async_client(client, "run_response_tools", table):
        return AsyncResponsesToolRunner(client, loop, table, rounds, streaming, on_error)  # type: ignore[arg-type]
    return ResponsesToolRunner(client, loop, table, rounds, streaming, on_error)  # type: ignore[arg-type]


__all__ = [
    "AsyncChatToolRunner",
    "AsyncResponsesToolRunner",
    "AsyncToolRunner",
    "ChatToolRunner",
    "ResponsesToolRunner",
    "ToolRunner",
    "run_chat_tools",
    "run_response_tools",
]
