"""C1 model ids, and the Gemini reasoning budget table from the spec.

Model ids look like ``c1/<provider>/<model>/v-<yyyymmdd>``. The ones below are
documented by Thesys; new ids appear often, and every parameter that takes a
model accepts any string, so these are conveniences, not a closed list.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from ._lib.specdoc import X_C1_GEMINI_MAX_REASONING_TOKENS

CLAUDE_SONNET_4_20250930 = "c1/anthropic/claude-sonnet-4/v-20250930"
CLAUDE_SONNET_4_20250915 = "c1/anthropic/claude-sonnet-4/v-20250915"
CLAUDE_OPUS_4_6_20251230 = "c1/anthropic/claude-opus-4.6/v-20251230"
GPT_5_20250915 = "c1/openai/gpt-5/v-20250915"
GEMINI_3_FLASH_20251230 = "c1/google/gemini-3-flash/v-20251230"
GEMINI_3_PRO_20251230 = "c1/google/gemini-3-pro/v-20251230"
ARTIFACT_20251030 = "c1/artifact/v-20251030"
"""For `/v1/artifact/chat/completions` (slides and reports)."""

DEFAULT_MODEL = CLAUDE_SONNET_4_20250930
"""The model of the examples on the C1 docs page."""

DOCUMENTED_MODELS: tuple[str, ...] = (
    CLAUDE_SONNET_4_20250930,
    CLAUDE_SONNET_4_20250915,
    CLAUDE_OPUS_4_6_20251230,
    GPT_5_20250915,
    GEMINI_3_FLASH_20251230,
    GEMINI_3_PRO_20251230,
    ARTIFACT_20251030,
)

_REASONING_TABLE_KEY = X_C1_GEMINI_MAX_REASONING_TOKENS


@cache
def gemini_max_reasoning_tokens() -> Mapping[str, Mapping[str, int]]:
    """Model family -> ``reasoning_effort`` -> max reasoning tokens, as the C1 docs tabulate it.

    Read from the shipped spec (``reasoning_effort`` of chat completions carries
    the table as ``x-c1-gemini-max-reasoning-tokens``), never typed in here.
    """
    from ._lib.spec import request_schema

    schema = request_schema("createChatCompletion")
    if schema is None:
        raise LookupError("the spec has no request body for createChatCompletion")
    table = schema["properties"]["reasoning_effort"][_REASONING_TABLE_KEY]
    return MappingProxyType({family: MappingProxyType(dict(budgets)) for family, budgets in table.items()})


def max_reasoning_tokens(model: str, reasoning_effort: str) -> int | None:
    """The reasoning budget C1 gives ``model`` for ``reasoning_effort``; None when the docs give none.

    ``model`` may be a full id (``c1/google/gemini-3-pro/v-20251230``) or its family.
    """
    for family, budgets in gemini_max_reasoning_tokens().items():
        if model == family or model.startswith(family + "/"):
            return budgets.get(reasoning_effort)
    return None
