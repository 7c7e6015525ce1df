from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ResponseConversationParam")


@_attrs_define
class ResponseConversationParam:
    """A reference to an existing conversation."""

    id: str
    """ The conversation's id, such as `conv_123`. """

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

        response_conversation_param = cls(
            id=id,
        )

        return response_conversation_param
