from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..models.response_apply_patch_call_item_status import (
    ResponseApplyPatchCallItemStatus,
)
from ..types import (
    STR_TYPE,
    GeneratedModel,
    ShapeError,
    at,
    bad,
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_apply_patch_call_item_operation import ResponseApplyPatchCallItemOperation


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "call_id",
        "status",
        "operation",
        "id",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseApplyPatchCallItem(GeneratedModel):
    """A file change the model asked to apply."""

    type: Literal["apply_patch_call"]
    """ Always `apply_patch_call`. """

    call_id: str
    """ The id linking the call to its output. """

    status: ResponseApplyPatchCallItemStatus
    """ The call's status. """

    operation: ResponseApplyPatchCallItemOperation
    """ The change: `create_file` or `update_file` with a `diff`, or `delete_file`, at `path`. """

    id: None | str = None
    """ The item's id. """

    _wire_type: ClassVar[str | None] = "apply_patch_call"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["call_id"] = self.call_id
        field_dict["status"] = self.status
        field_dict["operation"] = self.operation.to_dict()
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in getattr(self, "_null_keys", ()):
            field_dict["id"] = None
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
            v_call_id = d["call_id"]
            v_status = d["status"]
            v_operation = d["operation"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "apply_patch_call" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "apply_patch_call"))

        if not type(v_call_id) is str:
            raise at("call_id", bad(v_call_id, "string"))

        if type(v_status) not in STR_TYPE:
            raise at("status", bad(v_status, "string"))

        if type(v_operation) is not dict:
            raise at("operation", bad(v_operation, "object"))
        try:
            v_operation = _models.ResponseApplyPatchCallItemOperation.from_dict(v_operation)
        except ShapeError as error:
            raise at("operation", error) from None

        v_id = get("id", _ABSENT)
        if v_id is _ABSENT:
            v_id = None
        elif v_id is None:
            nulls += ("id",)
        else:
            if not type(v_id) is str:
                raise at("id", bad(v_id, "string or null"))

        obj = new_model(cls)
        obj.type = "apply_patch_call"
        obj.call_id = v_call_id
        obj.status = v_status
        obj.operation = v_operation
        obj.id = v_id
        if nulls:
            keep_nulls(obj, nulls)
        return obj
