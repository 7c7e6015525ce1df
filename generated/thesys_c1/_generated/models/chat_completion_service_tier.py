from typing import Literal

ChatCompletionServiceTier = Literal["auto", "default", "fast", "flex", "priority", "scale"]

CHAT_COMPLETION_SERVICE_TIER_VALUES: set[ChatCompletionServiceTier] = {
    "auto",
    "default",
    "fast",
    "flex",
    "priority",
    "scale",
}


def check_chat_completion_service_tier(value: str) -> ChatCompletionServiceTier:
    if value in CHAT_COMPLETION_SERVICE_TIER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_SERVICE_TIER_VALUES!r}")
