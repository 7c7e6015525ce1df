from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ChatCompletionCustomVoice")


@_attrs_define
class ChatCompletionCustomVoice:
    """A custom voice, by id."""

    id: str
    """ The custom voice's id. """

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

        chat_completion_custom_voice = cls(
            id=id,
        )

        return chat_completion_custom_voice
