from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.response_tool_choice_allowed_mode import (
    ResponseToolChoiceAllowedMode,
    check_response_tool_choice_allowed_mode,
)

if TYPE_CHECKING:
    from ..models.response_tool_choice_allowed_tools_item import ResponseToolChoiceAllowedToolsItem


T = TypeVar("T", bound="ResponseToolChoiceAllowed")


@_attrs_define
class ResponseToolChoiceAllowed:
    """Limits the model to a subset of the declared tools."""

    type_: Literal["allowed_tools"]
    """ Always `allowed_tools`. """
    mode: ResponseToolChoiceAllowedMode
    """ Whether the model may (`auto`) or must (`required`) call one of them. """
    tools: list[ResponseToolChoiceAllowedToolsItem]
    """ The permitted tools, each given as a tool choice such as `{"type": "function", "name": "get_weather"}`. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        mode: str = self.mode

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "mode": mode,
                "tools": tools,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_tool_choice_allowed_tools_item import ResponseToolChoiceAllowedToolsItem  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["allowed_tools"], d.pop("type"))
        if type_ != "allowed_tools":
            raise ValueError(f"type must match const 'allowed_tools', got '{type_}'")

        mode = check_response_tool_choice_allowed_mode(d.pop("mode"))

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = ResponseToolChoiceAllowedToolsItem.from_dict(tools_item_data)

            tools.append(tools_item)

        response_tool_choice_allowed = cls(
            type_=type_,
            mode=mode,
            tools=tools,
        )

        return response_tool_choice_allowed

    @property
    def type(self) -> Literal["allowed_tools"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
