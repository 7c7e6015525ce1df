from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.response_apply_patch_call_item_operation_type import (
    ResponseApplyPatchCallItemOperationType,
    check_response_apply_patch_call_item_operation_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseApplyPatchCallItemOperation")


@_attrs_define
class ResponseApplyPatchCallItemOperation:
    """The change: `create_file` or `update_file` with a `diff`, or `delete_file`, at `path`."""

    type_: ResponseApplyPatchCallItemOperationType
    """ The kind of change. """
    path: str
    """ The file changed. """
    diff: str | Unset = UNSET
    """ The diff to apply, for `create_file` and `update_file`. """

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        path = self.path

        diff = self.diff

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "path": path,
            }
        )
        if diff is not UNSET:
            field_dict["diff"] = diff

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_response_apply_patch_call_item_operation_type(d.pop("type"))

        path = d.pop("path")

        diff = d.pop("diff", UNSET)

        response_apply_patch_call_item_operation = cls(
            type_=type_,
            path=path,
            diff=diff,
        )

        return response_apply_patch_call_item_operation

    @property
    def type(self) -> ResponseApplyPatchCallItemOperationType:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
