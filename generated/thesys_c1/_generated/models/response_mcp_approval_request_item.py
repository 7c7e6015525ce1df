from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from ..types import (
    GeneratedModel,
    at,
    bad,
    missing,
    new_model,
    not_const,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "server_label",
        "name",
        "arguments",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseMcpApprovalRequestItem(GeneratedModel):
    """A request for approval before an MCP tool is called."""

    type: Literal["mcp_approval_request"]
    """ Always `mcp_approval_request`. """

    id: str
    """ The item's id. """

    server_label: str
    """ The server's label. """

    name: str
    """ The tool to call. """

    arguments: str
    """ The arguments, as a JSON-encoded string. """

    _wire_type: ClassVar[str | None] = "mcp_approval_request"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["server_label"] = self.server_label
        field_dict["name"] = self.name
        field_dict["arguments"] = self.arguments
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        try:
            v_type_ = d["type"]
            v_id = d["id"]
            v_server_label = d["server_label"]
            v_name = d["name"]
            v_arguments = d["arguments"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "mcp_approval_request" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "mcp_approval_request"))

        if not type(v_id) is str:
            raise at("id", bad(v_id, "string"))

        if not type(v_server_label) is str:
            raise at("server_label", bad(v_server_label, "string"))

        if not type(v_name) is str:
            raise at("name", bad(v_name, "string"))

        if not type(v_arguments) is str:
            raise at("arguments", bad(v_arguments, "string"))

        obj = new_model(cls)
        obj.type = "mcp_approval_request"
        obj.id = v_id
        obj.server_label = v_server_label
        obj.name = v_name
        obj.arguments = v_arguments
        return obj
