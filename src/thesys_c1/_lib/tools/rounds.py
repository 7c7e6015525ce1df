"""What a tool loop is made of, for either API: rounds, the calls in them, and the next request.

A round is one answer of the model. When it asks for function calls, each
becomes a ``ToolCallRun`` (its arguments parsed, its tool run, its output
text), and the outputs go back in the next request: as ``tool`` messages for
Chat Completions, as ``function_call_output`` items for Responses (chained
with ``previous_response_id`` when the response is stored).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ..errors import InvalidArgumentError, InvalidArgumentTypeError
from .function_tool import FunctionTool, ToolArgumentsError

A = TypeVar("A")


class ToolNotFoundError(LookupError):
    """The model called a tool that was not offered, or one with no function to run."""


@dataclass
class ToolCallRun:
    """One function call of a round: what the model asked for and what the tool answered.

    ``parsed`` is the arguments as the tool's declared types (``None`` when
    they did not fit: then ``error`` is the ``ToolArgumentsError``);
    ``output`` is the text sent back to the model; ``error`` is what the tool
    raised, if it did.
    """

    call_id: str
    name: str
    arguments: str
    tool: FunctionTool[Any] | None = None
    parsed: Any = None
    description: str = ""
    output: str = ""
    error: BaseException | None = None


@dataclass(frozen=True)
class ToolCallsStarted:
    """The calls of round ``round`` are about to run (their arguments parsed): progress to show a user."""

    round: int
    calls: tuple[ToolCallRun, ...]


@dataclass
class ToolRound(Generic[A]):
    """One answer of the model (``ChatCompletion`` or ``ResponseObject``) and the calls it asked for.

    ``final`` is true for the answer that ends the loop: one with no calls, or
    the last one ``max_rounds`` allowed (its calls are then not run).
    """

    index: int
    answer: A
    calls: list[ToolCallRun] = field(default_factory=list)
    final: bool = False


OnToolError = Callable[[BaseException, ToolCallRun], str]


def describe_tool_error(error: BaseException, call: ToolCallRun) -> str:
    """The default tool output for a tool that failed: the model reads why and can try again."""
    if isinstance(error, ToolArgumentsError):
        return f"Error: the arguments do not fit the tool {call.name!r}: {error}"
    if isinstance(error, ToolNotFoundError):
        return f"Error: {error}"
    return f"Error: the tool {call.name!r} raised {type(error).__name__}: {error}"


def output_text(result: Any) -> str:
    """A tool's return value as the text the model reads: a ``str`` as it is, anything else as JSON."""
    if isinstance(result, str):
        return result
    return json.dumps(result, ensure_ascii=False, default=_jsonable)


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    for method in ("model_dump", "to_dict"):
        dump = getattr(value, method, None)
        if callable(dump):
            return dump(mode="json") if method == "model_dump" else dump()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    return str(value)


def tool_table(tools: Any) -> tuple[dict[str, FunctionTool[Any]], list[Any]]:
    """The runnable tools by name, and the list as given (checked)."""
    if isinstance(tools, str | bytes) or not isinstance(tools, Sequence) or not tools:
        raise InvalidArgumentTypeError("tools", "must be a non-empty list of function_tool()s or tool dicts")
    table: dict[str, FunctionTool[Any]] = {}
    for index, tool in enumerate(tools):
        if isinstance(tool, FunctionTool):
            if tool.name in table:
                raise InvalidArgumentError(f"tools[{index}]", f"a second tool named {tool.name!r}")
            table[tool.name] = tool
        elif not isinstance(tool, Mapping):
            raise InvalidArgumentTypeError(
                f"tools[{index}]", f"must be a function_tool() or a tool dict, got {type(tool).__name__}"
            )
    return table, list(tools)


def max_rounds_of(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidArgumentError("max_rounds", f"must be an int of at least 1, got {value!r}")
    return value


def on_tool_error_of(value: Any) -> OnToolError:
    if not callable(value):
        raise InvalidArgumentTypeError("on_tool_error", f"must be a function (error, call) -> str, got {value!r}")
    return value  # type: ignore[no-any-return]


def prepare(table: Mapping[str, FunctionTool[Any]], call_id: str, name: str, arguments: str) -> ToolCallRun:
    """A call with its arguments parsed, or with the error that keeps it from running."""
    run = ToolCallRun(call_id, name, arguments, table.get(name))
    if run.tool is None:
        run.error = ToolNotFoundError(f"no tool named {name!r} can run here (offered: {', '.join(table) or 'none'})")
        run.description = f"Calling {name}"
        return run
    if run.tool.handler is None:
        run.error = ToolNotFoundError(f"the tool {name!r} has no function to run")
    try:
        run.parsed = run.tool.parse_arguments(arguments)
    except ToolArgumentsError as error:
        run.error = error
        run.description = f"Calling {name}"
        return run
    run.description = run.tool.describe(run.parsed)
    return run


def parse_tool_calls(answer: Any, tools: Sequence[FunctionTool[Any]]) -> list[ToolCallRun]:
    """The function calls of an answer (``ChatCompletion`` or ``ResponseObject``), arguments parsed.

    For a loop of your own: each call's ``parsed`` holds its arguments as the
    tool's declared types. Raises ``ToolArgumentsError`` (naming the tool and
    the field) when the model sent arguments that do not fit, and
    ``ToolNotFoundError`` for a call to a tool not in ``tools``.
    """
    table, _ = tool_table(tools)
    wire = answer.to_dict() if hasattr(answer, "to_dict") else answer
    if not isinstance(wire, Mapping):
        raise InvalidArgumentTypeError(
            "answer", f"must be a ChatCompletion or ResponseObject, got {type(answer).__name__}"
        )
    calls = chat_calls(wire) if "choices" in wire else response_calls(wire)
    runs = [prepare(table, *call) for call in calls]
    for run in runs:
        # A tool without a function still parses: only an unknown name or bad arguments are errors here.
        if run.tool is None or isinstance(run.error, ToolArgumentsError):
            assert run.error is not None
            raise run.error
        run.error = None
    return runs


def settle(run: ToolCallRun, result: Any, error: BaseException | None, on_tool_error: OnToolError) -> None:
    if error is None:
        run.output = output_text(result)
        return
    run.error = error
    # A handler that raises stops the loop: that is how a caller asks for it.
    run.output = output_text(on_tool_error(error, run))


def should_run(run: ToolCallRun) -> bool:
    return run.error is None


# Chat Completions


def chat_calls(answer: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    choices = answer.get("choices") or []
    message = (choices[0].get("message") or {}) if choices else {}
    calls = []
    for call in message.get("tool_calls") or ():
        if call.get("type", "function") == "function":
            function = call.get("function") or {}
            calls.append((str(call.get("id")), str(function.get("name")), str(function.get("arguments") or "")))
    return calls


def chat_turn(answer: Mapping[str, Any], runs: Sequence[ToolCallRun]) -> list[dict[str, Any]]:
    """The assistant message that asked for the calls, then one ``tool`` message per call."""
    choices = answer.get("choices") or []
    message = (choices[0].get("message") or {}) if choices else {}
    assistant: dict[str, Any] = {"role": "assistant", "content": message.get("content")}
    assistant["tool_calls"] = [
        {"id": run.call_id, "type": "function", "function": {"name": run.name, "arguments": run.arguments}}
        for run in runs
    ]
    return [assistant, *({"role": "tool", "tool_call_id": run.call_id, "content": run.output} for run in runs)]


def chat_final_message(answer: Mapping[str, Any]) -> dict[str, Any]:
    choices = answer.get("choices") or []
    message = (choices[0].get("message") or {}) if choices else {}
    return {"role": "assistant", "content": message.get("content") or ""}


# Responses


def response_calls(answer: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    return [
        (str(item.get("call_id")), str(item.get("name")), str(item.get("arguments") or ""))
        for item in answer.get("output") or ()
        if item.get("type") == "function_call"
    ]


def response_outputs(runs: Sequence[ToolCallRun]) -> list[dict[str, Any]]:
    return [{"type": "function_call_output", "call_id": run.call_id, "output": run.output} for run in runs]


class ResponseChain:
    """How each round's request carries what came before.

    A stored response (``store`` not false, the default) is named by
    ``previous_response_id`` and only the outputs are sent; in a
    ``conversation`` C1 keeps the items itself; with ``store: false`` the
    whole input is sent again with the model's calls and the outputs added.
    """

    def __init__(self, params: Mapping[str, Any]) -> None:
        self.params = dict(params)
        given = self.params.get("input")
        self.items: list[Any] = [{"role": "user", "content": given}] if isinstance(given, str) else list(given or [])

    @property
    def chained(self) -> bool:
        return self.params.get("store") is not False and "conversation" not in self.params

    def advance(self, answer: Mapping[str, Any], runs: Sequence[ToolCallRun]) -> None:
        outputs = response_outputs(runs)
        if self.chained:
            self.params["previous_response_id"] = answer.get("id")
            self.params["input"] = outputs
        elif "conversation" in self.params:
            self.params["input"] = outputs
        else:
            asked = [
                {key: item[key] for key in ("type", "call_id", "name", "arguments")}
                for item in answer.get("output") or ()
                if item.get("type") == "function_call"
            ]
            self.items = [*self.items, *asked, *outputs]
            self.params["input"] = self.items
