from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.chat_completion_input_audio_format import (
    ChatCompletionInputAudioFormat,
    check_chat_completion_input_audio_format,
)

T = TypeVar("T", bound="ChatCompletionInputAudio")


@_attrs_define
class ChatCompletionInputAudio:
    """Audio data and its encoding."""

    data: str
    """ The audio, base64-encoded. """
    format_: ChatCompletionInputAudioFormat
    """ The audio encoding. """

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        format_: str = self.format_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
                "format": format_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data")

        format_ = check_chat_completion_input_audio_format(d.pop("format"))

        chat_completion_input_audio = cls(
            data=data,
            format_=format_,
        )

        return chat_completion_input_audio

    @property
    def format(self) -> ChatCompletionInputAudioFormat:
        """`format` as on the wire (the field is stored as `format_`)."""
        return self.format_
