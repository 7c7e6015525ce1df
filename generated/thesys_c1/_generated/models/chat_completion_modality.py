from typing import Literal

ChatCompletionModality = Literal["audio", "text"]

CHAT_COMPLETION_MODALITY_VALUES: set[ChatCompletionModality] = {
    "audio",
    "text",
}


def check_chat_completion_modality(value: str) -> ChatCompletionModality:
    if value in CHAT_COMPLETION_MODALITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_MODALITY_VALUES!r}")
