from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ChatCompletionResponseFormatJsonObject")


@_attrs_define
class ChatCompletionResponseFormatJsonObject:
    """Any valid JSON object."""

    type_: Literal["json_object"]

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["json_object"], d.pop("type"))
        if type_ != "json_object":
            raise ValueError(f"type must match const 'json_object', got '{type_}'")

        chat_completion_response_format_json_object = cls(
            type_=type_,
        )

        return chat_completion_response_format_json_object

    @property
    def type(self) -> Literal["json_object"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
