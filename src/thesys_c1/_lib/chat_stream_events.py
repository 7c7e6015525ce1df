"""The events of ``client.chat.completions.stream(...)``, named and shaped as openai-python's.

Chat Completions streams chunks; openai-python's ``.stream()`` helper turns
them into events that say what happened (``content.delta`` with the text so
far, ``content.done``, ``tool_calls.function.arguments.delta`` / ``.done``,
...) after a ``chunk`` event for each chunk. ``ChatEventTracker`` derives the
same events from our chunk models, one choice at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from .._generated.models import ChatCompletionChunk


@dataclass(frozen=True, slots=True)
class ChunkEvent:
    chunk: ChatCompletionChunk
    type: Literal["chunk"] = "chunk"


@dataclass(frozen=True, slots=True)
class ContentDeltaEvent:
    delta: str
    snapshot: str
    """All of the choice's text so far."""
    type: Literal["content.delta"] = "content.delta"


@dataclass(frozen=True, slots=True)
class ContentDoneEvent:
    content: str
    type: Literal["content.done"] = "content.done"


@dataclass(frozen=True, slots=True)
class RefusalDeltaEvent:
    delta: str
    snapshot: str
    type: Literal["refusal.delta"] = "refusal.delta"


@dataclass(frozen=True, slots=True)
class RefusalDoneEvent:
    refusal: str
    type: Literal["refusal.done"] = "refusal.done"


@dataclass(frozen=True, slots=True)
class FunctionToolCallArgumentsDeltaEvent:
    name: str
    index: int
    arguments: str
    """The arguments' JSON text so far."""
    arguments_delta: str
    type: Literal["tool_calls.function.arguments.delta"] = "tool_calls.function.arguments.delta"


@dataclass(frozen=True, slots=True)
class FunctionToolCallArgumentsDoneEvent:
    name: str
    index: int
    arguments: str
    type: Literal["tool_calls.function.arguments.done"] = "tool_calls.function.arguments.done"


ChatCompletionStreamEvent = (
    ChunkEvent
    | ContentDeltaEvent
    | ContentDoneEvent
    | RefusalDeltaEvent
    | RefusalDoneEvent
    | FunctionToolCallArgumentsDeltaEvent
    | FunctionToolCallArgumentsDoneEvent
)


@dataclass
class _ToolCall:
    name: str = ""
    arguments: str = ""
    done: bool = False


@dataclass
class _Choice:
    content: str | None = None
    refusal: str | None = None
    tool_calls: dict[int, _ToolCall] = field(default_factory=dict)
    finished: bool = False


def _text(value: object) -> str | None:
    # Fields a chunk leaves out may read as None or as an unset marker: only a str is text.
    return value if isinstance(value, str) else None


def _items(value: object) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


class ChatEventTracker:
    """Turns each chunk into the events openai-python's chat stream helper gives for it."""

    def __init__(self) -> None:
        self._choices: dict[int, _Choice] = {}

    def events(self, chunk: ChatCompletionChunk) -> Iterator[ChatCompletionStreamEvent]:
        yield ChunkEvent(chunk)
        for choice in chunk.choices:
            index = choice.index if isinstance(choice.index, int) else 0
            state = self._choices.setdefault(index, _Choice())
            yield from self._delta_events(state, choice.delta)
            if _text(choice.finish_reason) is not None and not state.finished:
                state.finished = True
                yield from self._done_events(state)

    @staticmethod
    def _delta_events(state: _Choice, delta: Any) -> Iterator[ChatCompletionStreamEvent]:
        content = _text(getattr(delta, "content", None))
        if content:
            state.content = (state.content or "") + content
            yield ContentDeltaEvent(content, state.content)
        refusal = _text(getattr(delta, "refusal", None))
        if refusal:
            state.refusal = (state.refusal or "") + refusal
            yield RefusalDeltaEvent(refusal, state.refusal)
        for tool_call in _items(getattr(delta, "tool_calls", None)):
            index = tool_call.index if isinstance(tool_call.index, int) else 0
            if index not in state.tool_calls:
                # A new call starts: the ones before it are complete.
                yield from _tool_calls_done(state)
                state.tool_calls[index] = _ToolCall()
            call = state.tool_calls[index]
            function = getattr(tool_call, "function", None)
            call.name += _text(getattr(function, "name", None)) or ""
            piece = _text(getattr(function, "arguments", None)) or ""
            call.arguments += piece
            if piece:
                yield FunctionToolCallArgumentsDeltaEvent(call.name, index, call.arguments, piece)

    @staticmethod
    def _done_events(state: _Choice) -> Iterator[ChatCompletionStreamEvent]:
        if state.content is not None:
            yield ContentDoneEvent(state.content)
        if state.refusal is not None:
            yield RefusalDoneEvent(state.refusal)
        yield from _tool_calls_done(state)


def _tool_calls_done(state: _Choice) -> Iterator[FunctionToolCallArgumentsDoneEvent]:
    for index, call in state.tool_calls.items():
        if not call.done:
            call.done = True
            yield FunctionToolCallArgumentsDoneEvent(call.name, index, call.arguments)
