from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.response_tool_choice_allowed_mode import (
    ResponseToolChoiceAllowedMode,
    check_response_tool_choice_allowed_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_tool_choice_allowed_tools_item import ResponseToolChoiceAllowedToolsItem


T = TypeVar("T", bound="ResponseToolChoiceAllowed")


@_attrs_define
class ResponseToolChoiceAllowed:
    """Limits the model to a subset of the declared tools."""

    type_: Literal["allowed_tools"]
    """ Always `allowed_tools`. """
    tools: list[ResponseToolChoiceAllowedToolsItem]
    """ The permitted tools, each given as a tool choice such as `{"type": "function", "name": "get_weather"}`. """
    mode: ResponseToolChoiceAllowedMode | Unset = UNSET
    """ Whether the model may (`auto`), must (`required`) or must not (`none`) call one of them; `auto` when left
    out. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "tools": tools,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_tool_choice_allowed_tools_item import ResponseToolChoiceAllowedToolsItem  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["allowed_tools"], d.pop("type"))
        if type_ != "allowed_tools":
            raise ValueError(f"type must match const 'allowed_tools', got '{type_}'")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = ResponseToolChoiceAllowedToolsItem.from_dict(tools_item_data)

            tools.append(tools_item)

        _mode = d.pop("mode", UNSET)
        mode: ResponseToolChoiceAllowedMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_response_tool_choice_allowed_mode(_mode)

        response_tool_choice_allowed = cls(
            type_=type_,
            tools=tools,
            mode=mode,
        )

        return response_tool_choice_allowed

    @property
    def type(self) -> Literal["allowed_tools"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
