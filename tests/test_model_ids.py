"""Model id constants and the Gemini reasoning budget table, read from the spec."""

from __future__ import annotations

import pytest

import thesys_c1
from thesys_c1 import gemini_max_reasoning_tokens, max_reasoning_tokens, models
from thesys_c1._lib import spec


def test_the_table_is_the_spec_extension() -> None:
    schema = spec.component("CreateChatCompletionRequest")["properties"]["reasoning_effort"]
    table = gemini_max_reasoning_tokens()
    assert {family: dict(budgets) for family, budgets in table.items()} == schema["x-c1-gemini-max-reasoning-tokens"]


@pytest.mark.parametrize(
    ("model", "effort", "tokens"),
    [
        (models.GEMINI_3_FLASH_20251230, "none", 0),
        (models.GEMINI_3_PRO_20251230, "none", 256),
        ("c1/google/gemini-3-pro", "xhigh", 8192),
        (models.GEMINI_3_FLASH_20251230, "medium", 2048),
        (models.CLAUDE_SONNET_4_20250930, "high", None),
        (models.GEMINI_3_PRO_20251230, "max", None),
    ],
)
def test_max_reasoning_tokens(model: str, effort: str, tokens: int | None) -> None:
    assert max_reasoning_tokens(model, effort) == tokens


def test_documented_ids_have_the_c1_shape() -> None:
    assert models.DEFAULT_MODEL in models.DOCUMENTED_MODELS
    assert all(model_id.startswith("c1/") for model_id in models.DOCUMENTED_MODELS)
    assert thesys_c1.models is models
