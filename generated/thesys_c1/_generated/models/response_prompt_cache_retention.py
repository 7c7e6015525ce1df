from typing import Literal

ResponsePromptCacheRetention = Literal["24h", "in_memory"]

RESPONSE_PROMPT_CACHE_RETENTION_VALUES: set[ResponsePromptCacheRetention] = {
    "24h",
    "in_memory",
}


def check_response_prompt_cache_retention(value: str) -> ResponsePromptCacheRetention:
    if value in RESPONSE_PROMPT_CACHE_RETENTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_PROMPT_CACHE_RETENTION_VALUES!r}")
