"""A tool loop's progress for ``C1Chat``: think items while the tools run, then the final answer.

``tool_progress(runner)`` takes a tool runner (``run_chat_tools`` or
``run_response_tools``, from ``C1`` or ``AsyncC1``) and gives the items to
stream with ``c1_streaming_response``, ``aiter_answer`` or ``iter_answer``:
before each round's calls run, one think item per call, titled with the
call's description ("Looking up the weather for Paris", from
``function_tool(progress=...)``); then the final answer, streamed as it
arrives when the runner streams. Closing it closes the runner and the C1
stream it has open.

``history(result)`` is what to keep in the thread for the next turn: for Chat
Completions, the assistant messages that asked for the calls and the ``tool``
messages holding their outputs, then the final answer (its ephemeral think
items, the progress among them, left out).
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any, cast, overload

from .._lib.content import output_text
from .._lib.tools.rounds import ToolCallRun, ToolCallsStarted, ToolRound
from .._lib.tools.runner import AsyncChatToolRunner, AsyncToolRunner, ChatToolRunner, ToolRunner
from ..content import AnswerWriter
from .encoder import AnswerResult

if TYPE_CHECKING:
    from .._generated.params import ChatCompletionMessageParam

Describe = Callable[[ToolCallRun], tuple[str, str]]


def describe_call(call: ToolCallRun) -> tuple[str, str]:
    """The default think item of a call: its description as the title, what is called as the content."""
    return call.description or f"Calling {call.name}", f"Calling the {call.name} tool."


def _final_text(answer: Any) -> str:
    wire = answer.to_dict()
    choices = wire.get("choices")
    if isinstance(choices, list):
        content = (choices[0].get("message") or {}).get("content") if choices else None
        return content if isinstance(content, str) else ""
    return output_text(answer)


class _Progress:
    # The React helpers read the first item before sending headers, so that the
    # first round is asked and its request id can be named (see react/answer.py).
    opens_when_read = True

    def __init__(self, runner: Any, describe: Describe) -> None:
        if not callable(describe):
            raise TypeError(
                f"tool_progress(): describe must be a function (call) -> (title, content), got {describe!r}"
            )
        self.runner = runner
        self._describe = describe
        self._writer = AnswerWriter()
        self._streamed = False

    @property
    def request_id(self) -> str | None:
        """C1's request id of the round asked last, for the response headers and failure reports."""
        request_id: str | None = getattr(self.runner, "request_id", None)
        return request_id

    def _on_event(self, event: Any) -> list[Any]:
        if isinstance(event, ToolCallsStarted):
            self._streamed = False
            return [self._writer.think(*self._describe(call)) for call in event.calls]
        if isinstance(event, ToolRound):
            streamed, self._streamed = self._streamed, False
            # A runner that does not stream gives the final answer whole: it is sent as text.
            return [_final_text(event.answer)] if event.final and not streamed else []
        self._streamed = True
        return [event]

    def history(self, result: AnswerResult) -> list[ChatCompletionMessageParam]:
        """The messages to add to the thread: each round's calls and outputs (Chat), then the answer as shown."""
        rounds: list[ChatCompletionMessageParam] = []
        if isinstance(self.runner, ChatToolRunner | AsyncChatToolRunner):
            # The runner's own last message is the answer as C1 wrote it; the thread keeps it as it was shown.
            # Its messages are the wire messages it sent, so they are message params.
            rounds = cast("list[ChatCompletionMessageParam]", self.runner.new_messages()[:-1])
        return [*rounds, result.message()]


class ToolProgress(_Progress):
    """The items of a ``C1`` tool loop for ``iter_answer`` (a plain iterator)."""

    def __init__(self, runner: ToolRunner[Any, Any], describe: Describe) -> None:
        super().__init__(runner, describe)
        self._items = self._run()

    def _run(self) -> Generator[Any, None, None]:
        for event in self.runner.events():
            yield from self._on_event(event)

    def __iter__(self) -> Iterator[Any]:
        return self._items

    def __next__(self) -> Any:
        return next(self._items)

    def close(self) -> None:
        self._items.close()
        self.runner.close()


class AsyncToolProgress(_Progress):
    """The items of an ``AsyncC1`` tool loop for ``aiter_answer`` / ``c1_streaming_response``."""

    def __init__(self, runner: AsyncToolRunner[Any, Any], describe: Describe) -> None:
        super().__init__(runner, describe)
        self._items = self._run()

    async def _run(self) -> AsyncGenerator[Any, None]:
        async for event in self.runner.events():
            for item in self._on_event(event):
                yield item

    def __aiter__(self) -> AsyncIterator[Any]:
        return self._items

    async def __anext__(self) -> Any:
        return await self._items.__anext__()

    async def aclose(self) -> None:
        await self._items.aclose()
        await self.runner.aclose()


@overload
def tool_progress(runner: ToolRunner[Any, Any], *, describe: Describe = ...) -> ToolProgress: ...
@overload
def tool_progress(runner: AsyncToolRunner[Any, Any], *, describe: Describe = ...) -> AsyncToolProgress: ...


def tool_progress(
    runner: ToolRunner[Any, Any] | AsyncToolRunner[Any, Any], *, describe: Describe = describe_call
) -> ToolProgress | AsyncToolProgress:
    """The answer items of a tool loop: think items while its tools run, then its final answer.

    ``describe(call)`` gives a call's think item as ``(title, content)``.
    """
    if isinstance(runner, AsyncToolRunner):
        return AsyncToolProgress(runner, describe)
    if isinstance(runner, ToolRunner):
        return ToolProgress(runner, describe)
    raise TypeError(f"tool_progress(): runner must be a tool runner (run_chat_tools()), got {type(runner).__name__}")
