from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from ..models.response_item_status import ResponseItemStatus
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
        "id",
        "output",
        "status",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseLocalShellCallOutputItem(GeneratedModel):
    """What a local shell command printed."""

    type: Literal["local_shell_call_output"]
    """ Always `local_shell_call_output`. """

    id: str
    """ The id of the local shell call this answers. """

    output: str
    """ The command's output. """

    status: None | ResponseItemStatus = None
    """ The item's status. """

    _wire_type: ClassVar[str | None] = "local_shell_call_output"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["output"] = self.output
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in getattr(self, "_null_keys", ()):
            field_dict["status"] = None
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
            v_output = d["output"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "local_shell_call_output" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "local_shell_call_output"))

        if not type(v_id) is str:
            raise at("id", bad(v_id, "string"))

        if not type(v_output) is str:
            raise at("output", bad(v_output, "string"))

        v_status = get("status", _ABSENT)
        if v_status is _ABSENT:
            v_status = None
        elif v_status is None:
            nulls += ("status",)
        else:
            if type(v_status) not in STR_TYPE:
                raise at("status", bad(v_status, "string or null"))

        obj = new_model(cls)
        obj.type = "local_shell_call_output"
        obj.id = v_id
        obj.output = v_output
        obj.status = v_status
        if nulls:
            keep_nulls(obj, nulls)
        return obj
