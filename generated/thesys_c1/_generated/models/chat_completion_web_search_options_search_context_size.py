from typing import Literal

ChatCompletionWebSearchOptionsSearchContextSize = Literal["high", "low", "medium"]

CHAT_COMPLETION_WEB_SEARCH_OPTIONS_SEARCH_CONTEXT_SIZE_VALUES: set[ChatCompletionWebSearchOptionsSearchContextSize] = {
    "high",
    "low",
    "medium",
}


def check_chat_completion_web_search_options_search_context_size(
    value: str,
) -> ChatCompletionWebSearchOptionsSearchContextSize:
    if value in CHAT_COMPLETION_WEB_SEARCH_OPTIONS_SEARCH_CONTEXT_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_WEB_SEARCH_OPTIONS_SEARCH_CONTEXT_SIZE_VALUES!r}"
    )
