from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..models.response_item_status import ResponseItemStatus
from ..types import (
    STR_TYPE,
    GeneratedModel,
    ShapeError,
    at,
    bad,
    integral,
    item_error,
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_shell_call_output_item_output_item import ResponseShellCallOutputItemOutputItem


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "call_id",
        "output",
        "id",
        "status",
        "max_output_length",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseShellCallOutputItem(GeneratedModel):
    """What shell commands printed, one entry per command."""

    type: Literal["shell_call_output"]
    """ Always `shell_call_output`. """

    call_id: str
    """ The `call_id` of the shell call this answers. """

    output: list[ResponseShellCallOutputItemOutputItem]
    """ One entry per command. """

    id: None | str = None
    """ The item's id. """

    status: None | ResponseItemStatus = None
    """ The item's status. """

    max_output_length: int | None = None
    """ The output limit that was applied. """

    _wire_type: ClassVar[str | None] = "shell_call_output"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["call_id"] = self.call_id
        field_dict["output"] = [item.to_dict() for item in self.output]
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in getattr(self, "_null_keys", ()):
            field_dict["id"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in getattr(self, "_null_keys", ()):
            field_dict["status"] = None
        if self.max_output_length is not None:
            field_dict["max_output_length"] = self.max_output_length
        elif "max_output_length" in getattr(self, "_null_keys", ()):
            field_dict["max_output_length"] = None
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
            v_output = d["output"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "shell_call_output" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "shell_call_output"))

        if not type(v_call_id) is str:
            raise at("call_id", bad(v_call_id, "string"))

        if type(v_output) is not list:
            raise at("output", bad(v_output, "array"))
        try:
            v_output = list(map(_models.ResponseShellCallOutputItemOutputItem.from_dict, v_output)) if v_output else []
        except ShapeError as error:
            raise at(
                "output", item_error(error, v_output, _models.ResponseShellCallOutputItemOutputItem.from_dict)
            ) from None

        v_id = get("id", _ABSENT)
        if v_id is _ABSENT:
            v_id = None
        elif v_id is None:
            nulls += ("id",)
        else:
            if not type(v_id) is str:
                raise at("id", bad(v_id, "string or null"))

        v_status = get("status", _ABSENT)
        if v_status is _ABSENT:
            v_status = None
        elif v_status is None:
            nulls += ("status",)
        else:
            if type(v_status) not in STR_TYPE:
                raise at("status", bad(v_status, "string or null"))

        v_max_output_length = get("max_output_length", _ABSENT)
        if v_max_output_length is _ABSENT:
            v_max_output_length = None
        elif v_max_output_length is None:
            nulls += ("max_output_length",)
        else:
            if not (type(v_max_output_length) is int or integral(v_max_output_length)):
                raise at("max_output_length", bad(v_max_output_length, "integer or null"))

        obj = new_model(cls)
        obj.type = "shell_call_output"
        obj.call_id = v_call_id
        obj.output = v_output
        obj.id = v_id
        obj.status = v_status
        obj.max_output_length = v_max_output_length
        if nulls:
            keep_nulls(obj, nulls)
        return obj
