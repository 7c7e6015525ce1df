from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.chat_completion_custom_tool_definition import ChatCompletionCustomToolDefinition


T = TypeVar("T", bound="ChatCompletionCustomTool")


@_attrs_define
class ChatCompletionCustomTool:
    """A tool whose input is free text, optionally constrained by a grammar."""

    type_: Literal["custom"]
    custom: ChatCompletionCustomToolDefinition
    """ A custom tool's name, purpose and input format. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        custom = self.custom.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "custom": custom,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_custom_tool_definition import ChatCompletionCustomToolDefinition  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["custom"], d.pop("type"))
        if type_ != "custom":
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        custom = ChatCompletionCustomToolDefinition.from_dict(d.pop("custom"))

        chat_completion_custom_tool = cls(
            type_=type_,
            custom=custom,
        )

        return chat_completion_custom_tool

    @property
    def type(self) -> Literal["custom"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
