from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from ..types import (
    GeneratedModel,
    at,
    bad,
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "server_label",
        "name",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseToolChoiceMcp(GeneratedModel):
    """Makes the model call a tool of the given MCP server."""

    type: Literal["mcp"]
    """ Always `mcp`. """

    server_label: str
    """ The server's label. """

    name: None | str = None
    """ The tool on that server; any of its tools when left out. """

    _wire_type: ClassVar[str | None] = "mcp"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["server_label"] = self.server_label
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in getattr(self, "_null_keys", ()):
            field_dict["name"] = None
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
            v_server_label = d["server_label"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "mcp" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "mcp"))

        if not type(v_server_label) is str:
            raise at("server_label", bad(v_server_label, "string"))

        v_name = get("name", _ABSENT)
        if v_name is _ABSENT:
            v_name = None
        elif v_name is None:
            nulls += ("name",)
        else:
            if not type(v_name) is str:
                raise at("name", bad(v_name, "string or null"))

        obj = new_model(cls)
        obj.type = "mcp"
        obj.server_label = v_server_label
        obj.name = v_name
        if nulls:
            keep_nulls(obj, nulls)
        return obj
