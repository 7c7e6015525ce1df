"""The three tool-loop examples (runner, by hand, openai-python) give the same answers against the local server.

They are the comparison the README's line counts come from, so each must
really run the same three-round loop: the local server's answer is a function
of the calls and outputs it was sent, and the three must get identical ones.
"""

from __future__ import annotations

import html
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from openai import OpenAI

from thesys_c1 import C1
from thesys_c1.testing import LocalC1

FOLDER = Path(__file__).resolve().parent.parent / "examples" / "tool_loop"


@pytest.fixture(scope="module")
def examples() -> Iterator[dict[str, ModuleType]]:
    sys.path.insert(0, str(FOLDER))
    try:
        loaded = {}
        for name in ("with_runner", "by_hand", "openai_python"):
            spec = importlib.util.spec_from_file_location(f"tool_loop_{name}", FOLDER / f"{name}.py")
            assert spec is not None and spec.loader is not None
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            loaded[name] = module
        yield loaded
    finally:
        sys.path.remove(str(FOLDER))


@pytest.mark.parametrize("api", ["chat", "responses"])
def test_every_variant_runs_the_same_three_round_loop(
    examples: dict[str, ModuleType], local_c1: LocalC1, api: str
) -> None:
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0) as client:
        answers = {name: getattr(examples[name], api)(client) for name in ("with_runner", "by_hand")}
    answers["openai_python"] = getattr(examples["openai_python"], api)(
        OpenAI(base_url=local_c1.embed_url, api_key=local_c1.api_key, max_retries=0)
    )
    assert answers["with_runner"] == answers["by_hand"] == answers["openai_python"]
    shown = html.unescape(answers["with_runner"])
    assert "3 tool result(s)" in shown and "clock service did not answer for Paris" in shown
    assert len(local_c1.requests) == 9  # three rounds for each of the three variants
