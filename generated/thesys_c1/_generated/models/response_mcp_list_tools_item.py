from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_mcp_list_tools_item_tools_item import ResponseMcpListToolsItemToolsItem


T = TypeVar("T", bound="ResponseMcpListToolsItem")


@_attrs_define
class ResponseMcpListToolsItem:
    """The tools an MCP server offers."""

    type_: Literal["mcp_list_tools"]
    """ Always `mcp_list_tools`. """
    id: str
    """ The item's id. """
    server_label: str
    """ The server's label. """
    tools: list[ResponseMcpListToolsItemToolsItem]
    """ The tools, each with `name`, `input_schema` and optional `description`. """
    error: None | str | Unset = UNSET
    """ Why the tools could not be listed. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        server_label = self.server_label

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "server_label": server_label,
                "tools": tools,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_mcp_list_tools_item_tools_item import ResponseMcpListToolsItemToolsItem  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["mcp_list_tools"], d.pop("type"))
        if type_ != "mcp_list_tools":
            raise ValueError(f"type must match const 'mcp_list_tools', got '{type_}'")

        id = d.pop("id")

        server_label = d.pop("server_label")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = ResponseMcpListToolsItemToolsItem.from_dict(tools_item_data)

            tools.append(tools_item)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        response_mcp_list_tools_item = cls(
            type_=type_,
            id=id,
            server_label=server_label,
            tools=tools,
            error=error,
        )

        return response_mcp_list_tools_item

    @property
    def type(self) -> Literal["mcp_list_tools"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
