from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseMcpApprovalResponseItem")


@_attrs_define
class ResponseMcpApprovalResponseItem:
    """The caller's answer to an MCP approval request."""

    type_: Literal["mcp_approval_response"]
    """ Always `mcp_approval_response`. """
    approval_request_id: str
    """ The id of the approval request answered. """
    approve: bool
    """ Whether the call is approved. """
    id: None | str | Unset = UNSET
    """ The item's id. """
    reason: None | str | Unset = UNSET
    """ Why it was approved or refused. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        approval_request_id = self.approval_request_id

        approve = self.approve

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "approval_request_id": approval_request_id,
                "approve": approve,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["mcp_approval_response"], d.pop("type"))
        if type_ != "mcp_approval_response":
            raise ValueError(f"type must match const 'mcp_approval_response', got '{type_}'")

        approval_request_id = d.pop("approval_request_id")

        approve = d.pop("approve")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        response_mcp_approval_response_item = cls(
            type_=type_,
            approval_request_id=approval_request_id,
            approve=approve,
            id=id,
            reason=reason,
        )

        return response_mcp_approval_response_item

    @property
    def type(self) -> Literal["mcp_approval_response"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
