from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from ..models.response_apply_patch_call_output_item_status import (
    ResponseApplyPatchCallOutputItemStatus,
)
from ..types import (
    STR_TYPE,
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
        "call_id",
        "status",
        "id",
        "output",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseApplyPatchCallOutputItem(GeneratedModel):
    """Whether a file change was applied."""

    type: Literal["apply_patch_call_output"]
    """ Always `apply_patch_call_output`. """

    call_id: str
    """ The `call_id` of the apply-patch call this answers. """

    status: ResponseApplyPatchCallOutputItemStatus
    """ Whether the change was applied. """

    id: None | str = None
    """ The item's id. """

    output: None | str = None
    """ A log or error message about the change. """

    _wire_type: ClassVar[str | None] = "apply_patch_call_output"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["call_id"] = self.call_id
        field_dict["status"] = self.status
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in getattr(self, "_null_keys", ()):
            field_dict["id"] = None
        if self.output is not None:
            field_dict["output"] = self.output
        elif "output" in getattr(self, "_null_keys", ()):
            field_dict["output"] = None
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
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "apply_patch_call_output" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "apply_patch_call_output"))

        if not type(v_call_id) is str:
            raise at("call_id", bad(v_call_id, "string"))

        if type(v_status) not in STR_TYPE:
            raise at("status", bad(v_status, "string"))

        v_id = get("id", _ABSENT)
        if v_id is _ABSENT:
            v_id = None
        elif v_id is None:
            nulls += ("id",)
        else:
            if not type(v_id) is str:
                raise at("id", bad(v_id, "string or null"))

        v_output = get("output", _ABSENT)
        if v_output is _ABSENT:
            v_output = None
        elif v_output is None:
            nulls += ("output",)
        else:
            if not type(v_output) is str:
                raise at("output", bad(v_output, "string or null"))

        obj = new_model(cls)
        obj.type = "apply_patch_call_output"
        obj.call_id = v_call_id
        obj.status = v_status
        obj.id = v_id
        obj.output = v_output
        if nulls:
            keep_nulls(obj, nulls)
        return obj
