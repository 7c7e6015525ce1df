from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ResponseMcpApprovalRequestItem")


@_attrs_define
class ResponseMcpApprovalRequestItem:
    """A request for approval before an MCP tool is called."""

    type_: Literal["mcp_approval_request"]
    """ Always `mcp_approval_request`. """
    id: str
    """ The item's id. """
    server_label: str
    """ The server's label. """
    name: str
    """ The tool to call. """
    arguments: str
    """ The arguments, as a JSON-encoded string. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        server_label = self.server_label

        name = self.name

        arguments = self.arguments

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "server_label": server_label,
                "name": name,
                "arguments": arguments,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["mcp_approval_request"], d.pop("type"))
        if type_ != "mcp_approval_request":
            raise ValueError(f"type must match const 'mcp_approval_request', got '{type_}'")

        id = d.pop("id")

        server_label = d.pop("server_label")

        name = d.pop("name")

        arguments = d.pop("arguments")

        response_mcp_approval_request_item = cls(
            type_=type_,
            id=id,
            server_label=server_label,
            name=name,
            arguments=arguments,
        )

        return response_mcp_approval_request_item

    @property
    def type(self) -> Literal["mcp_approval_request"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
