"""What a tool loop does between two answers, the same for ``C1`` and ``AsyncC1``.

A loop (``ChatLoop``, ``ResponsesLoop``) knows its API: what to ask next, which
calls an answer holds and how their outputs go back. ``RunnerState`` keeps the
rounds so far. The runners that ask and call are in ``_async/tool_runner.py``
(and its derived blocking twin).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Generic, TypeVar

from ..errors import InvalidArgumentError, InvalidArgumentTypeError
from .function_tool import FunctionTool
from .rounds import (
    OnToolError,
    ResponseChain,
    ToolCallRun,
    ToolRound,
    chat_calls,
    chat_final_message,
    chat_turn,
    prepare,
    response_calls,
)

A = TypeVar("A")


class ChatLoop:
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


class ResponsesLoop:
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


Loop = ChatLoop | ResponsesLoop


class RunnerState(Generic[A]):
    def __init__(
        self, loop: Loop, table: dict[str, FunctionTool[Any]], max_rounds: int, stream: bool, on_error: OnToolError
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
