"""Shared pieces of the client's HTTP tests (run against the local C1 server, `local_c1`)."""

from __future__ import annotations

import html
import uuid
from typing import Any

from thesys_c1 import c1_components

MODEL = "c1/anthropic/claude-sonnet-4/v-20250930"
QUESTION = "How did the population of the world grow from 1950 to 2020?"
FAULT_HEADER = "x-c1-test-fault"


def fault(**settings: Any) -> dict[str, str]:
    """An `x-c1-test-fault` header; with `times`, a fresh `id` so the count starts at zero."""
    if "times" in settings and "id" not in settings:
        settings["id"] = uuid.uuid4().hex
    value = "; ".join(f"{name.replace('_', '-')}={value}" for name, value in settings.items())
    return {FAULT_HEADER: value}


def assert_c1_answer(text: object, question: str) -> None:
    """A C1 answer: a version-1 component tree with a Card root that mentions the question."""
    assert isinstance(text, str), text
    blocks = c1_components(text)
    assert blocks, f"no <content thesys> block in {text[:200]!r}"
    component = blocks[0].component
    assert component is not None and component["component"] == "Card", blocks[0].raw[:200]
    assert question in html.unescape(text)
