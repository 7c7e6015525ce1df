from typing import Literal

ChatCompletionPromptCacheRetention = Literal["24h", "in_memory"]

CHAT_COMPLETION_PROMPT_CACHE_RETENTION_VALUES: set[ChatCompletionPromptCacheRetention] = {
    "24h",
    "in_memory",
}


def check_chat_completion_prompt_cache_retention(value: str) -> ChatCompletionPromptCacheRetention:
    if value in CHAT_COMPLETION_PROMPT_CACHE_RETENTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_PROMPT_CACHE_RETENTION_VALUES!r}")
