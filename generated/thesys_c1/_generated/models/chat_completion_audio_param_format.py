from typing import Literal

ChatCompletionAudioParamFormat = Literal["aac", "flac", "mp3", "opus", "pcm16", "wav"]

CHAT_COMPLETION_AUDIO_PARAM_FORMAT_VALUES: set[ChatCompletionAudioParamFormat] = {
    "aac",
    "flac",
    "mp3",
    "opus",
    "pcm16",
    "wav",
}


def check_chat_completion_audio_param_format(value: str) -> ChatCompletionAudioParamFormat:
    if value in CHAT_COMPLETION_AUDIO_PARAM_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_AUDIO_PARAM_FORMAT_VALUES!r}")
