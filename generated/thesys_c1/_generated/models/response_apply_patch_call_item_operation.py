from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from ..models.response_apply_patch_call_item_operation_type import (
    ResponseApplyPatchCallItemOperationType,
)
from ..types import (
    STR_TYPE,
    GeneratedModel,
    at,
    bad,
    missing,
    new_model,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "path",
        "diff",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseApplyPatchCallItemOperation(GeneratedModel):
    """The change: `create_file` or `update_file` with a `diff`, or `delete_file`, at `path`."""

    type: ResponseApplyPatchCallItemOperationType
    """ The kind of change. """

    path: str
    """ The file changed. """

    diff: str | None = None
    """ The diff to apply, for `create_file` and `update_file`. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["path"] = self.path
        if self.diff is not None:
            field_dict["diff"] = self.diff
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        get = d.get
        try:
            v_type_ = d["type"]
            v_path = d["path"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if type(v_type_) not in STR_TYPE:
            raise at("type", bad(v_type_, "string"))

        if not type(v_path) is str:
            raise at("path", bad(v_path, "string"))

        v_diff = get("diff", _ABSENT)
        if v_diff is _ABSENT:
            v_diff = None
        else:
            if not type(v_diff) is str:
                raise at("diff", bad(v_diff, "string"))

        obj = new_model(cls)
        obj.type = v_type_
        obj.path = v_path
        obj.diff = v_diff
        return obj
