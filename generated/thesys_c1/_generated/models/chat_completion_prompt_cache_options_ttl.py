from typing import Literal

ChatCompletionPromptCacheOptionsTtl = Literal["30m"]

CHAT_COMPLETION_PROMPT_CACHE_OPTIONS_TTL_VALUES: set[ChatCompletionPromptCacheOptionsTtl] = {
    "30m",
}


def check_chat_completion_prompt_cache_options_ttl(value: str) -> ChatCompletionPromptCacheOptionsTtl:
    if value in CHAT_COMPLETION_PROMPT_CACHE_OPTIONS_TTL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_PROMPT_CACHE_OPTIONS_TTL_VALUES!r}")
