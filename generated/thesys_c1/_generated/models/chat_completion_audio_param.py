from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.chat_completion_audio_param_format import (
    ChatCompletionAudioParamFormat,
    check_chat_completion_audio_param_format,
)

if TYPE_CHECKING:
    from ..models.chat_completion_custom_voice import ChatCompletionCustomVoice


T = TypeVar("T", bound="ChatCompletionAudioParam")


@_attrs_define
class ChatCompletionAudioParam:
    """How spoken output is produced."""

    voice: ChatCompletionCustomVoice | str
    """ A built-in voice name (such as `alloy`, `coral`, `marin` or `cedar`) or a custom voice given by id. """
    format_: ChatCompletionAudioParamFormat
    """ The audio encoding of the output. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_custom_voice import ChatCompletionCustomVoice  # noqa: PLC0415

        voice: dict[str, Any] | str
        if isinstance(self.voice, ChatCompletionCustomVoice):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        format_: str = self.format_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "voice": voice,
                "format": format_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_custom_voice import ChatCompletionCustomVoice  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_voice(data: object) -> ChatCompletionCustomVoice | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_type_1 = ChatCompletionCustomVoice.from_dict(data)

                return voice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionCustomVoice | str, data)

        voice = _parse_voice(d.pop("voice"))

        format_ = check_chat_completion_audio_param_format(d.pop("format"))

        chat_completion_audio_param = cls(
            voice=voice,
            format_=format_,
        )

        return chat_completion_audio_param

    @property
    def format(self) -> ChatCompletionAudioParamFormat:
        """`format` as on the wire (the field is stored as `format_`)."""
        return self.format_
