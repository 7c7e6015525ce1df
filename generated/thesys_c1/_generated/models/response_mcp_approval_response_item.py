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
        "approval_request_id",
        "approve",
        "id",
        "reason",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseMcpApprovalResponseItem(GeneratedModel):
    """The caller's answer to an MCP approval request."""

    type: Literal["mcp_approval_response"]
    """ Always `mcp_approval_response`. """

    approval_request_id: str
    """ The id of the approval request answered. """

    approve: bool
    """ Whether the call is approved. """

    id: None | str = None
    """ The item's id. """

    reason: None | str = None
    """ Why it was approved or refused. """

    _wire_type: ClassVar[str | None] = "mcp_approval_response"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["approval_request_id"] = self.approval_request_id
        field_dict["approve"] = self.approve
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in getattr(self, "_null_keys", ()):
            field_dict["id"] = None
        if self.reason is not None:
            field_dict["reason"] = self.reason
        elif "reason" in getattr(self, "_null_keys", ()):
            field_dict["reason"] = None
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
            v_approval_request_id = d["approval_request_id"]
            v_approve = d["approve"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "mcp_approval_response" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "mcp_approval_response"))

        if not type(v_approval_request_id) is str:
            raise at("approval_request_id", bad(v_approval_request_id, "string"))

        if not type(v_approve) is bool:
            raise at("approve", bad(v_approve, "boolean"))

        v_id = get("id", _ABSENT)
        if v_id is _ABSENT:
            v_id = None
        elif v_id is None:
            nulls += ("id",)
        else:
            if not type(v_id) is str:
                raise at("id", bad(v_id, "string or null"))

        v_reason = get("reason", _ABSENT)
        if v_reason is _ABSENT:
            v_reason = None
        elif v_reason is None:
            nulls += ("reason",)
        else:
            if not type(v_reason) is str:
                raise at("reason", bad(v_reason, "string or null"))

        obj = new_model(cls)
        obj.type = "mcp_approval_response"
        obj.approval_request_id = v_approval_request_id
        obj.approve = v_approve
        obj.id = v_id
        obj.reason = v_reason
        if nulls:
            keep_nulls(obj, nulls)
        return obj
