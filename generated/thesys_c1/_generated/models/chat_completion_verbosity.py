from typing import Literal

ChatCompletionVerbosity = Literal["high", "low", "medium"]

CHAT_COMPLETION_VERBOSITY_VALUES: set[ChatCompletionVerbosity] = {
    "high",
    "low",
    "medium",
}


def check_chat_completion_verbosity(value: str) -> ChatCompletionVerbosity:
    if value in CHAT_COMPLETION_VERBOSITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_VERBOSITY_VALUES!r}")
