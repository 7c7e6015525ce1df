from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.response_apply_patch_call_item_status import (
    ResponseApplyPatchCallItemStatus,
    check_response_apply_patch_call_item_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_apply_patch_call_item_operation import ResponseApplyPatchCallItemOperation


T = TypeVar("T", bound="ResponseApplyPatchCallItem")


@_attrs_define
class ResponseApplyPatchCallItem:
    """A file change the model asked to apply."""

    type_: Literal["apply_patch_call"]
    """ Always `apply_patch_call`. """
    call_id: str
    """ The id linking the call to its output. """
    status: ResponseApplyPatchCallItemStatus
    """ The call's status. """
    operation: ResponseApplyPatchCallItemOperation
    """ The change: `create_file` or `update_file` with a `diff`, or `delete_file`, at `path`. """
    id: None | str | Unset = UNSET
    """ The item's id. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        call_id = self.call_id

        status: str = self.status

        operation = self.operation.to_dict()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "call_id": call_id,
                "status": status,
                "operation": operation,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_apply_patch_call_item_operation import ResponseApplyPatchCallItemOperation  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["apply_patch_call"], d.pop("type"))
        if type_ != "apply_patch_call":
            raise ValueError(f"type must match const 'apply_patch_call', got '{type_}'")

        call_id = d.pop("call_id")

        status = check_response_apply_patch_call_item_status(d.pop("status"))

        operation = ResponseApplyPatchCallItemOperation.from_dict(d.pop("operation"))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        response_apply_patch_call_item = cls(
            type_=type_,
            call_id=call_id,
            status=status,
            operation=operation,
            id=id,
        )

        return response_apply_patch_call_item

    @property
    def type(self) -> Literal["apply_patch_call"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
