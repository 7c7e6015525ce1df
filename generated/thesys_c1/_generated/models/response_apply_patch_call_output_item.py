from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.response_apply_patch_call_output_item_status import (
    ResponseApplyPatchCallOutputItemStatus,
    check_response_apply_patch_call_output_item_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseApplyPatchCallOutputItem")


@_attrs_define
class ResponseApplyPatchCallOutputItem:
    """Whether a file change was applied."""

    type_: Literal["apply_patch_call_output"]
    """ Always `apply_patch_call_output`. """
    call_id: str
    """ The `call_id` of the apply-patch call this answers. """
    status: ResponseApplyPatchCallOutputItemStatus
    """ Whether the change was applied. """
    id: None | str | Unset = UNSET
    """ The item's id. """
    output: None | str | Unset = UNSET
    """ A log or error message about the change. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        call_id = self.call_id

        status: str = self.status

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "call_id": call_id,
                "status": status,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["apply_patch_call_output"], d.pop("type"))
        if type_ != "apply_patch_call_output":
            raise ValueError(f"type must match const 'apply_patch_call_output', got '{type_}'")

        call_id = d.pop("call_id")

        status = check_response_apply_patch_call_output_item_status(d.pop("status"))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        response_apply_patch_call_output_item = cls(
            type_=type_,
            call_id=call_id,
            status=status,
            id=id,
            output=output,
        )

        return response_apply_patch_call_output_item

    @property
    def type(self) -> Literal["apply_patch_call_output"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
