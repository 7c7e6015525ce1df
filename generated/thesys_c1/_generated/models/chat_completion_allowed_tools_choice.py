from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.chat_completion_allowed_tools import ChatCompletionAllowedTools


T = TypeVar("T", bound="ChatCompletionAllowedToolsChoice")


@_attrs_define
class ChatCompletionAllowedToolsChoice:
    """Restricts the model to a subset of the declared tools."""

    type_: Literal["allowed_tools"]
    allowed_tools: ChatCompletionAllowedTools
    """ The permitted tools and whether one must be called. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        allowed_tools = self.allowed_tools.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "allowed_tools": allowed_tools,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_allowed_tools import ChatCompletionAllowedTools  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["allowed_tools"], d.pop("type"))
        if type_ != "allowed_tools":
            raise ValueError(f"type must match const 'allowed_tools', got '{type_}'")

        allowed_tools = ChatCompletionAllowedTools.from_dict(d.pop("allowed_tools"))

        chat_completion_allowed_tools_choice = cls(
            type_=type_,
            allowed_tools=allowed_tools,
        )

        return chat_completion_allowed_tools_choice

    @property
    def type(self) -> Literal["allowed_tools"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
