from typing import Literal

ChatCompletionInputAudioFormat = Literal["mp3", "wav"]

CHAT_COMPLETION_INPUT_AUDIO_FORMAT_VALUES: set[ChatCompletionInputAudioFormat] = {
    "mp3",
    "wav",
}


def check_chat_completion_input_audio_format(value: str) -> ChatCompletionInputAudioFormat:
    if value in CHAT_COMPLETION_INPUT_AUDIO_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_INPUT_AUDIO_FORMAT_VALUES!r}")
