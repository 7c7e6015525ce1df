"""How one round's tool calls run: where ``C1``'s and ``AsyncC1``'s tool loops truly differ.

``AsyncC1``'s loop runs a round's calls concurrently (functions that are not
async in worker threads); ``C1``'s runs them one after the other. The derived
blocking runner calls ``call_tools_in_turn`` where the async one calls
``call_tools_concurrently`` (generator/pipeline/unasync.py maps the one name to the other).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import anyio
import anyio.to_thread

from .rounds import OnToolError, ToolCallRun, settle, should_run


def _settled_without_running(run: ToolCallRun, on_error: OnToolError) -> bool:
    if should_run(run) and run.tool is not None:
        return False
    settle(run, None, run.error, on_error)
    return True


def _call_in_turn(run: ToolCallRun, on_error: OnToolError) -> None:
    if _settled_without_running(run, on_error) or run.tool is None:
        return
    try:
        result = run.tool.call_with(run.parsed)
    except Exception as error:
        settle(run, None, error, on_error)
    else:
        settle(run, result, None, on_error)


def call_tools_in_turn(runs: Sequence[ToolCallRun], on_error: OnToolError) -> None:
    for run in runs:
        _call_in_turn(run, on_error)


async def _call_concurrently(run: ToolCallRun, on_error: OnToolError) -> None:
    if _settled_without_running(run, on_error) or run.tool is None:
        return
    tool = run.tool
    try:
        result: Any
        if tool.is_async:
            result = await tool.call_with(run.parsed)
        else:
            result = await anyio.to_thread.run_sync(tool.call_with, run.parsed)
    except Exception as error:
        settle(run, None, error, on_error)
    else:
        settle(run, result, None, on_error)


async def call_tools_concurrently(runs: Sequence[ToolCallRun], on_error: OnToolError) -> None:
    async with anyio.create_task_group() as group:
        for run in runs:
            group.start_soon(_call_concurrently, run, on_error)
