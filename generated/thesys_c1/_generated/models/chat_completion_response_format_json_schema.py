from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.chat_completion_json_schema import ChatCompletionJsonSchema


T = TypeVar("T", bound="ChatCompletionResponseFormatJsonSchema")


@_attrs_define
class ChatCompletionResponseFormatJsonSchema:
    """JSON matching the given schema."""

    type_: Literal["json_schema"]
    json_schema: ChatCompletionJsonSchema
    """ A named JSON Schema for structured output. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        json_schema = self.json_schema.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "json_schema": json_schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_json_schema import ChatCompletionJsonSchema  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["json_schema"], d.pop("type"))
        if type_ != "json_schema":
            raise ValueError(f"type must match const 'json_schema', got '{type_}'")

        json_schema = ChatCompletionJsonSchema.from_dict(d.pop("json_schema"))

        chat_completion_response_format_json_schema = cls(
            type_=type_,
            json_schema=json_schema,
        )

        return chat_completion_response_format_json_schema

    @property
    def type(self) -> Literal["json_schema"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
