from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    decode,
    encode,
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_mcp_call_item_error_type_1 import ResponseMcpCallItemErrorType1


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "server_label",
        "name",
        "arguments",
        "output",
        "error",
        "status",
        "approval_request_id",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseMcpCallItem(GeneratedModel):
    """A call the model made to an MCP tool."""

    type: Literal["mcp_call"]
    """ Always `mcp_call`. """

    id: str
    """ The item's id. """

    server_label: str
    """ The server's label. """

    name: str
    """ The tool called. """

    arguments: str
    """ The arguments, as a JSON-encoded string. """

    output: None | str = None
    """ What the tool returned. """

    error: None | ResponseMcpCallItemErrorType1 | str = None
    """ What went wrong, if the call failed. """

    status: str | None = None
    """ One of `in_progress`, `completed`, `incomplete`, `calling` or `failed`. """

    approval_request_id: None | str = None
    """ The approval request this call followed, if any. """

    _wire_type: ClassVar[str | None] = "mcp_call"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["server_label"] = self.server_label
        field_dict["name"] = self.name
        field_dict["arguments"] = self.arguments
        if self.output is not None:
            field_dict["output"] = self.output
        elif "output" in getattr(self, "_null_keys", ()):
            field_dict["output"] = None
        if self.error is not None:
            field_dict["error"] = encode(self.error)
        elif "error" in getattr(self, "_null_keys", ()):
            field_dict["error"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        if self.approval_request_id is not None:
            field_dict["approval_request_id"] = self.approval_request_id
        elif "approval_request_id" in getattr(self, "_null_keys", ()):
            field_dict["approval_request_id"] = None
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
            v_name = d["name"]
            v_arguments = d["arguments"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "mcp_call" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "mcp_call"))

        if not type(v_id) is str:
            raise at("id", bad(v_id, "string"))

        if not type(v_server_label) is str:
            raise at("server_label", bad(v_server_label, "string"))

        if not type(v_name) is str:
            raise at("name", bad(v_name, "string"))

        if not type(v_arguments) is str:
            raise at("arguments", bad(v_arguments, "string"))

        v_output = get("output", _ABSENT)
        if v_output is _ABSENT:
            v_output = None
        elif v_output is None:
            nulls += ("output",)
        else:
            if not type(v_output) is str:
                raise at("output", bad(v_output, "string or null"))

        v_error = get("error", _ABSENT)
        if v_error is _ABSENT:
            v_error = None
        elif v_error is None:
            nulls += ("error",)
        else:
            try:
                v_error = decode(
                    v_error,
                    (
                        "union",
                        (
                            "string",
                            ("model", "ResponseMcpCallItemErrorType1"),
                            "null",
                        ),
                    ),
                )
            except ShapeError as error:
                raise at("error", error) from None

        v_status = get("status", _ABSENT)
        if v_status is _ABSENT:
            v_status = None
        else:
            if not type(v_status) is str:
                raise at("status", bad(v_status, "string"))

        v_approval_request_id = get("approval_request_id", _ABSENT)
        if v_approval_request_id is _ABSENT:
            v_approval_request_id = None
        elif v_approval_request_id is None:
            nulls += ("approval_request_id",)
        else:
            if not type(v_approval_request_id) is str:
                raise at("approval_request_id", bad(v_approval_request_id, "string or null"))

        obj = new_model(cls)
        obj.type = "mcp_call"
        obj.id = v_id
        obj.server_label = v_server_label
        obj.name = v_name
        obj.arguments = v_arguments
        obj.output = v_output
        obj.error = v_error
        obj.status = v_status
        obj.approval_request_id = v_approval_request_id
        if nulls:
            keep_nulls(obj, nulls)
        return obj
