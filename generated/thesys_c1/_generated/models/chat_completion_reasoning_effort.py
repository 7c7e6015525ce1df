from typing import Literal

ChatCompletionReasoningEffort = Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"]

CHAT_COMPLETION_REASONING_EFFORT_VALUES: set[ChatCompletionReasoningEffort] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_chat_completion_reasoning_effort(value: str) -> ChatCompletionReasoningEffort:
    if value in CHAT_COMPLETION_REASONING_EFFORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REASONING_EFFORT_VALUES!r}")
