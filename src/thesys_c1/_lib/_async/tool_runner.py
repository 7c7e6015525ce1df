"""The tool runner of ``AsyncC1``: it asks, yields what arrives, runs the round's calls, and asks again."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ..tools.calling import call_tools_concurrently
from ..tools.function_tool import FunctionTool
from ..tools.loops import Loop, RunnerState
from ..tools.rounds import OnToolError, ToolCallsStarted, ToolRound

if TYPE_CHECKING:
    from .client import AsyncC1

A = TypeVar("A")
E = TypeVar("E")


class AsyncToolRunner(RunnerState[A], Generic[A, E]):
    """A tool loop over ``AsyncC1``: ``async for`` its rounds, ``events()`` for everything, ``await final_answer()``."""

    def __init__(
        self,
        client: AsyncC1,
        loop: Loop,
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
        """Run the loop to its end; the last answer."""
        async for _ in self._events:
            pass
        return self._last_answer()

    async def aclose(self) -> None:
        """Stop the loop where it is (closing a round's open stream)."""
        await self._events.aclose()

    async def _run(self) -> AsyncGenerator[E | ToolCallsStarted | ToolRound[A]]:
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
            await call_tools_concurrently(found.calls, self._on_error)
            self._loop.advance(wire, found.calls)
            yield found
