from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ChatCompletionAssistantAudioParam")


@_attrs_define
class ChatCompletionAssistantAudioParam:
    """A reference to audio the model produced earlier."""

    id: str
    """ The id of the earlier audio answer. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        chat_completion_assistant_audio_param = cls(
            id=id,
        )

        return chat_completion_assistant_audio_param
