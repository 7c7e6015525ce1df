# The blocking twin of src/thesys_c1/_lib/_async/tool_runner.py, derived by `make generate` (generator/pipeline/unasync.py).
# Edit that file, never this one: `make check` fails when the two drift apart.
"""The tool runner of ``C1``: it asks, yields what arrives, runs the round's calls, and asks again."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ..._lib.tools.calling import call_tools_in_turn
from ..._lib.tools.function_tool import FunctionTool
from ..._lib.tools.loops import Loop, RunnerState
from ..._lib.tools.rounds import OnToolError, ToolCallsStarted, ToolRound

if TYPE_CHECKING:
    from .client import C1

A = TypeVar("A")
E = TypeVar("E")


class ToolRunner(RunnerState[A], Generic[A, E]):
    """A tool loop over ``C1``: ``for`` its rounds, ``events()`` for everything, ``final_answer()``."""

    def __init__(
        self,
        client: C1,
        loop: Loop,
        table: dict[str, FunctionTool[Any]],
        max_rounds: int,
        stream: bool,
        on_error: OnToolError,
    ) -> None:
        super().__init__(loop, table, max_rounds, stream, on_error)
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

    def _run(self) -> Generator[E | ToolCallsStarted | ToolRound[A]]:
        for index in range(self._max_rounds):
            request = self._loop.request()
            if self._stream:
                with self._create(stream=True, **request) as stream:
                    self.request_id = stream.request_id
                    yield from stream
                    answer: A = self._loop.final_of(stream)
            else:
                answer = self._create(**request)
                self.request_id = getattr(answer, "_request_id", None)
            found, wire = self._answered(index, answer)
            if found.final:
                yield found
                return
            yield ToolCallsStarted(index, tuple(found.calls))
            call_tools_in_turn(found.calls, self._on_error)
            self._loop.advance(wire, found.calls)
            yield found
