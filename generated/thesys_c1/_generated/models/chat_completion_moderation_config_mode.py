from typing import Literal

ChatCompletionModerationConfigMode = Literal["block", "score"]

CHAT_COMPLETION_MODERATION_CONFIG_MODE_VALUES: set[ChatCompletionModerationConfigMode] = {
    "block",
    "score",
}


def check_chat_completion_moderation_config_mode(value: str) -> ChatCompletionModerationConfigMode:
    if value in CHAT_COMPLETION_MODERATION_CONFIG_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_MODERATION_CONFIG_MODE_VALUES!r}")
