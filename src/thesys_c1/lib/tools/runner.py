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
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import anyio
import anyio.to_thread

# Used at run time, as the runners' type arguments; the client has loaded them already by the time a loop runs.
from ..._generated.models import ChatCompletion, ChatCompletionChunk, ResponseObject
from ..._generated.unions import ResponseStreamEvent
from ..errors import InvalidArgumentError, InvalidArgumentTypeError
from .function_tool import FunctionTool
from .rounds import (
    OnToolError,
    ResponseChain,
    ToolCallRun,
    ToolCallsStarted,
    ToolRound,
    chat_calls,
    chat_final_message,
    chat_turn,
    describe_tool_error,
    max_rounds_of,
    on_tool_error_of,
    prepare,
    response_calls,
    settle,
    should_run,
    tool_table,
)

if TYPE_CHECKING:
    from ..client import C1, AsyncC1

A = TypeVar("A")
E = TypeVar("E")
DEFAULT_MAX_ROUNDS = 10


class _ChatLoop:
    """Chat Completions: the messages grow by the assistant's calls and the ``tool`` messages."""

    def __init__(self, params: dict[str, Any], tools: Sequence[Any]) -> None:
        messages = params.pop("messages", None)
        if isinstance(messages, str | bytes) or not isinstance(messages, Sequence):
            raise InvalidArgumentTypeError("messages", f"must be a list of messages, got {type(messages).__name__}")
        self.messages: list[Any] = list(messages)
        self.start = len(self.messages)
        self.params = params
        self.tools = [tool.chat_param() if isinstance(tool, FunctionTool) else tool for tool in tools]

    def request(self) -> dict[str, Any]:
        return {**self.params, "messages": list(self.messages), "tools": self.tools}

    calls = staticmethod(chat_calls)

    def advance(self, answer: Mapping[str, Any], runs: Sequence[ToolCallRun]) -> None:
        self.messages.extend(chat_turn(answer, runs))

    def finish(self, answer: Mapping[str, Any]) -> None:
        self.messages.append(chat_final_message(answer))

    @staticmethod
    def create(client: Any) -> Any:
        return client.chat.completions.create

    @staticmethod
    def final_of(stream: Any) -> Any:
        return stream.get_final_completion()


class _ResponsesLoop:
    def __init__(self, params: dict[str, Any], tools: Sequence[Any]) -> None:
        if "input" not in params:
            raise InvalidArgumentError("input", "is required: the question the tool loop starts from")
        self.chain = ResponseChain(params)
        self.tools = [tool.responses_param() if isinstance(tool, FunctionTool) else tool for tool in tools]

    def request(self) -> dict[str, Any]:
        return {**self.chain.params, "tools": self.tools}

    calls = staticmethod(response_calls)

    def advance(self, answer: Mapping[str, Any], runs: Sequence[ToolCallRun]) -> None:
        self.chain.advance(answer, runs)

    def finish(self, answer: Mapping[str, Any]) -> None:
        pass

    @staticmethod
    def create(client: Any) -> Any:
        return client.responses.create

    @staticmethod
    def final_of(stream: Any) -> Any:
        return stream.get_final_response()


_Loop = _ChatLoop | _ResponsesLoop


class _RunnerState(Generic[A]):
    def __init__(
        self, loop: _Loop, table: dict[str, FunctionTool[Any]], max_rounds: int, stream: bool, on_error: OnToolError
    ) -> None:
        self._loop = loop
        self._table = table
        self._max_rounds = max_rounds
        self._stream = stream
        self.request_id: str | None = None
        """C1's request id of the round asked last (None before the first)."""
        self._on_error = on_error
        self.rounds: list[ToolRound[A]] = []
        self.exhausted = False

    def _answered(self, index: int, answer: A) -> tuple[ToolRound[A], Mapping[str, Any]]:
        wire: Mapping[str, Any] = answer.to_dict()  # type: ignore[attr-defined]
        found = ToolRound(index, answer)
        self.rounds.append(found)
        found.calls = [prepare(self._table, *call) for call in self._loop.calls(wire)]
        if not found.calls or index == self._max_rounds - 1:
            found.final = True
            self.exhausted = bool(found.calls)
            self._loop.finish(wire)
        return found, wire

    def _last_answer(self) -> A:
        if not self.rounds:
            raise RuntimeError("the tool loop ended before the model answered")
        return self.rounds[-1].answer


class ToolRunner(_RunnerState[A], Generic[A, E]):
    """A tool loop over ``C1``: iterate it for rounds, ``events()`` for everything, or ``final_answer()``."""

    def __init__(
        self,
        client: C1,
        loop: _Loop,
        table: dict[str, FunctionTool[Any]],
        max_rounds: int,
        stream: bool,
        on_error: OnToolError,
    ) -> None:
        super().__init__(loop, table, max_rounds, stream, on_error)
        for tool in table.values():
            if tool.is_async:
                raise InvalidArgumentError("tools", f"tool {tool.name!r} is async: run it with AsyncC1")
        self._create = loop.create(client)
        self._events = self._run()

    def events(self) -> Iterator[E | ToolCallsStarted | ToolRound[A]]:
        return self._events

    def __iter__(self) -> Iterator[ToolRound[A]]:
        for event in self._events:
            if isinstance(event, ToolRound):
                yield event

    def final_answer(self) -> A:
        """Run the loop to its end; the last answer."""
        for _ in self._events:
            pass
        return self._last_answer()

    def close(self) -> None:
        """Stop the loop where it is (closing a round's open stream)."""
        self._events.close()

    def _ask(self) -> Generator[E, None, A]:
        request = self._loop.request()
        if not self._stream:
            answer: A = self._create(**request)
            self.request_id = getattr(answer, "_request_id", None)
            return answer
        with self._create(stream=True, **request) as stream:
            self.request_id = stream.request_id
            yield from stream
            final: A = self._loop.final_of(stream)
            return final

    def _run(self) -> Generator[E | ToolCallsStarted | ToolRound[A], None, None]:
        for index in range(self._max_rounds):
            answer = yield from self._ask()
            found, wire = self._answered(index, answer)
            if found.final:
                yield found
                return
            yield ToolCallsStarted(index, tuple(found.calls))
            for run in found.calls:
                self._call(run)
            self._loop.advance(wire, found.calls)
            yield found

    def _call(self, run: ToolCallRun) -> None:
        if not should_run(run) or run.tool is None:
            settle(run, None, run.error, self._on_error)
            return
        try:
            result = run.tool.call_with(run.parsed)
        except Exception as error:
            settle(run, None, error, self._on_error)
        else:
            settle(run, result, None, self._on_error)


class AsyncToolRunner(_RunnerState[A], Generic[A, E]):
    """A tool loop over ``AsyncC1``: ``async for`` rounds, ``events()`` for everything, ``await final_answer()``."""

    def __init__(
        self,
        client: AsyncC1,
        loop: _Loop,
        table: dict[str, FunctionTool[Any]],
        max_rounds: int,
        stream: bool,
        on_error: OnToolError,
    ) -> None:
        super().__init__(loop, table, max_rounds, stream, on_error)
        self._create = loop.create(client)
        self._events = self._run()

    def events(self) -> AsyncIterator[E | ToolCallsStarted | ToolRound[A]]:
        return self._events

    async def __aiter__(self) -> AsyncIterator[ToolRound[A]]:
        async for event in self._events:
            if isinstance(event, ToolRound):
                yield event

    async def final_answer(self) -> A:
        async for _ in self._events:
            pass
        return self._last_answer()

    async def aclose(self) -> None:
        await self._events.aclose()

    async def _run(self) -> AsyncGenerator[E | ToolCallsStarted | ToolRound[A], None]:
        for index in range(self._max_rounds):
            request = self._loop.request()
            if self._stream:
                async with await self._create(stream=True, **request) as stream:
                    self.request_id = stream.request_id
                    async for item in stream:
                        yield item
                    answer: A = await self._loop.final_of(stream)
            else:
                answer = await self._create(**request)
                self.request_id = getattr(answer, "_request_id", None)
            found, wire = self._answered(index, answer)
            if found.final:
                yield found
                return
            yield ToolCallsStarted(index, tuple(found.calls))
            async with anyio.create_task_group() as group:
                for run in found.calls:
                    group.start_soon(self._call, run)
            self._loop.advance(wire, found.calls)
            yield found

    async def _call(self, run: ToolCallRun) -> None:
        if not should_run(run) or run.tool is None:
            settle(run, None, run.error, self._on_error)
            return
        tool = run.tool
        try:
            if tool.is_async:
                result = await tool.call_with(run.parsed)
            else:
                result = await anyio.to_thread.run_sync(tool.call_with, run.parsed)
        except Exception as error:
            settle(run, None, error, self._on_error)
        else:
            settle(run, result, None, self._on_error)


class ChatToolRunner(ToolRunner[ChatCompletion, ChatCompletionChunk]):
    @property
    def messages(self) -> list[Any]:
        """The conversation so far: the messages given, each round's calls and outputs, the final answer."""
        assert isinstance(self._loop, _ChatLoop)
        return list(self._loop.messages)

    def new_messages(self) -> list[Any]:
        """What the loop added to the messages given: keep these in a thread's history."""
        assert isinstance(self._loop, _ChatLoop)
        return self._loop.messages[self._loop.start :]


class AsyncChatToolRunner(AsyncToolRunner[ChatCompletion, ChatCompletionChunk]):
    @property
    def messages(self) -> list[Any]:
        assert isinstance(self._loop, _ChatLoop)
        return list(self._loop.messages)

    def new_messages(self) -> list[Any]:
        assert isinstance(self._loop, _ChatLoop)
        return self._loop.messages[self._loop.start :]


class ResponsesToolRunner(ToolRunner[ResponseObject, ResponseStreamEvent]):
    pass


class AsyncResponsesToolRunner(AsyncToolRunner[ResponseObject, ResponseStreamEvent]):
    pass


def _parts(tools: Any, max_rounds: Any, stream: Any, on_tool_error: Any) -> tuple[Any, int, bool, OnToolError]:
    table, listed = tool_table(tools)
    if not isinstance(stream, bool):
        raise InvalidArgumentTypeError("stream", f"must be a bool, got {type(stream).__name__}")
    return (table, listed), max_rounds_of(max_rounds), stream, on_tool_error_of(on_tool_error)


def _is_async_client(client: Any, function: str) -> bool:
    from ..client import C1, AsyncC1

    if isinstance(client, AsyncC1):
        return True
    if isinstance(client, C1):
        return False
    raise InvalidArgumentTypeError("client", f"{function}() takes a C1 or AsyncC1, got {type(client).__name__}")


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
    loop = _ChatLoop(dict(params), listed)
    if _is_async_client(client, "run_chat_tools"):
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
    loop = _ResponsesLoop(dict(params), listed)
    if _is_async_client(client, "run_response_tools"):
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
