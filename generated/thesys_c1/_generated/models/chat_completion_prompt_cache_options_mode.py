from typing import Literal

ChatCompletionPromptCacheOptionsMode = Literal["explicit", "implicit"]

CHAT_COMPLETION_PROMPT_CACHE_OPTIONS_MODE_VALUES: set[ChatCompletionPromptCacheOptionsMode] = {
    "explicit",
    "implicit",
}


def check_chat_completion_prompt_cache_options_mode(value: str) -> ChatCompletionPromptCacheOptionsMode:
    if value in CHAT_COMPLETION_PROMPT_CACHE_OPTIONS_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_PROMPT_CACHE_OPTIONS_MODE_VALUES!r}")
