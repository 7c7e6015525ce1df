from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.chat_completion_allowed_tools_mode import (
    ChatCompletionAllowedToolsMode,
    check_chat_completion_allowed_tools_mode,
)

if TYPE_CHECKING:
    from ..models.chat_completion_allowed_tools_tools_item import ChatCompletionAllowedToolsToolsItem


T = TypeVar("T", bound="ChatCompletionAllowedTools")


@_attrs_define
class ChatCompletionAllowedTools:
    """The permitted tools and whether one must be called."""

    mode: ChatCompletionAllowedToolsMode
    """ `auto` lets the model pick or not; `required` makes it call one. """
    tools: list[ChatCompletionAllowedToolsToolsItem]
    """ Tool references such as `{"type": "function", "function": {"name": "f"}}`. """

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mode": mode,
                "tools": tools,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_allowed_tools_tools_item import ChatCompletionAllowedToolsToolsItem  # noqa: PLC0415

        d = dict(src_dict)
        mode = check_chat_completion_allowed_tools_mode(d.pop("mode"))

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = ChatCompletionAllowedToolsToolsItem.from_dict(tools_item_data)

            tools.append(tools_item)

        chat_completion_allowed_tools = cls(
            mode=mode,
            tools=tools,
        )

        return chat_completion_allowed_tools
