from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseToolChoiceMcp")


@_attrs_define
class ResponseToolChoiceMcp:
    """Makes the model call a tool of the given MCP server."""

    type_: Literal["mcp"]
    """ Always `mcp`. """
    server_label: str
    """ The server's label. """
    name: None | str | Unset = UNSET
    """ The tool on that server; any of its tools when left out. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        server_label = self.server_label

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "server_label": server_label,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["mcp"], d.pop("type"))
        if type_ != "mcp":
            raise ValueError(f"type must match const 'mcp', got '{type_}'")

        server_label = d.pop("server_label")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        response_tool_choice_mcp = cls(
            type_=type_,
            server_label=server_label,
            name=name,
        )

        return response_tool_choice_mcp

    @property
    def type(self) -> Literal["mcp"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
