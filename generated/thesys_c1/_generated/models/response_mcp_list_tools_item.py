from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    item_error,
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_mcp_list_tools_item_tools_item import ResponseMcpListToolsItemToolsItem


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "server_label",
        "tools",
        "error",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseMcpListToolsItem(GeneratedModel):
    """The tools an MCP server offers."""

    type: Literal["mcp_list_tools"]
    """ Always `mcp_list_tools`. """

    id: str
    """ The item's id. """

    server_label: str
    """ The server's label. """

    tools: list[ResponseMcpListToolsItemToolsItem]
    """ The tools, each with `name`, `input_schema` and optional `description`. """

    error: None | str = None
    """ Why the tools could not be listed. """

    _wire_type: ClassVar[str | None] = "mcp_list_tools"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["server_label"] = self.server_label
        field_dict["tools"] = [item.to_dict() for item in self.tools]
        if self.error is not None:
            field_dict["error"] = self.error
        elif "error" in getattr(self, "_null_keys", ()):
            field_dict["error"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        nulls: tuple[str, ...] = ()
        get = d.get
        try:
            v_type_ = d["type"]
            v_id = d["id"]
            v_server_label = d["server_label"]
            v_tools = d["tools"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "mcp_list_tools" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "mcp_list_tools"))

        if not type(v_id) is str:
            raise at("id", bad(v_id, "string"))

        if not type(v_server_label) is str:
            raise at("server_label", bad(v_server_label, "string"))

        if type(v_tools) is not list:
            raise at("tools", bad(v_tools, "array"))
        try:
            v_tools = list(map(_models.ResponseMcpListToolsItemToolsItem.from_dict, v_tools)) if v_tools else []
        except ShapeError as error:
            raise at("tools", item_error(error, v_tools, _models.ResponseMcpListToolsItemToolsItem.from_dict)) from None

        v_error = get("error", _ABSENT)
        if v_error is _ABSENT:
            v_error = None
        elif v_error is None:
            nulls += ("error",)
        else:
            if not type(v_error) is str:
                raise at("error", bad(v_error, "string or null"))

        obj = new_model(cls)
        obj.type = "mcp_list_tools"
        obj.id = v_id
        obj.server_label = v_server_label
        obj.tools = v_tools
        obj.error = v_error
        if nulls:
            keep_nulls(obj, nulls)
        return obj
