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
    item_error,
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_computer_call_output_item_acknowledged_safety_checks_type_0_item import (
        ResponseComputerCallOutputItemAcknowledgedSafetyChecksType0Item,
    )
    from ..models.response_computer_call_output_item_output import ResponseComputerCallOutputItemOutput


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "call_id",
        "output",
        "id",
        "acknowledged_safety_checks",
        "status",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseComputerCallOutputItem(GeneratedModel):
    """A screenshot taken after performing a computer action."""

    type: Literal["computer_call_output"]
    """ Always `computer_call_output`. """

    call_id: str
    """ The `call_id` of the computer call this answers. """

    output: ResponseComputerCallOutputItemOutput
    """ The screenshot: `{"type": "computer_screenshot"}` with an `image_url` or a `file_id`. """

    id: None | str = None
    """ The item's id. """

    acknowledged_safety_checks: list[ResponseComputerCallOutputItemAcknowledgedSafetyChecksType0Item] | None = None
    """ The safety checks the caller acknowledged. """

    status: None | ResponseItemStatus = None
    """ The item's status. """

    _wire_type: ClassVar[str | None] = "computer_call_output"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["call_id"] = self.call_id
        field_dict["output"] = self.output.to_dict()
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in getattr(self, "_null_keys", ()):
            field_dict["id"] = None
        if self.acknowledged_safety_checks is not None:
            field_dict["acknowledged_safety_checks"] = [item.to_dict() for item in self.acknowledged_safety_checks]
        elif "acknowledged_safety_checks" in getattr(self, "_null_keys", ()):
            field_dict["acknowledged_safety_checks"] = None
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
            v_call_id = d["call_id"]
            v_output = d["output"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "computer_call_output" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "computer_call_output"))

        if not type(v_call_id) is str:
            raise at("call_id", bad(v_call_id, "string"))

        if type(v_output) is not dict:
            raise at("output", bad(v_output, "object"))
        try:
            v_output = _models.ResponseComputerCallOutputItemOutput.from_dict(v_output)
        except ShapeError as error:
            raise at("output", error) from None

        v_id = get("id", _ABSENT)
        if v_id is _ABSENT:
            v_id = None
        elif v_id is None:
            nulls += ("id",)
        else:
            if not type(v_id) is str:
                raise at("id", bad(v_id, "string or null"))

        v_acknowledged_safety_checks = get("acknowledged_safety_checks", _ABSENT)
        if v_acknowledged_safety_checks is _ABSENT:
            v_acknowledged_safety_checks = None
        elif v_acknowledged_safety_checks is None:
            nulls += ("acknowledged_safety_checks",)
        else:
            if type(v_acknowledged_safety_checks) is not list:
                raise at("acknowledged_safety_checks", bad(v_acknowledged_safety_checks, "array or null"))
            try:
                v_acknowledged_safety_checks = (
                    list(
                        map(
                            _models.ResponseComputerCallOutputItemAcknowledgedSafetyChecksType0Item.from_dict,
                            v_acknowledged_safety_checks,
                        )
                    )
                    if v_acknowledged_safety_checks
                    else []
                )
            except ShapeError as error:
                raise at(
                    "acknowledged_safety_checks",
                    item_error(
                        error,
                        v_acknowledged_safety_checks,
                        _models.ResponseComputerCallOutputItemAcknowledgedSafetyChecksType0Item.from_dict,
                    ),
                ) from None

        v_status = get("status", _ABSENT)
        if v_status is _ABSENT:
            v_status = None
        elif v_status is None:
            nulls += ("status",)
        else:
            if type(v_status) not in STR_TYPE:
                raise at("status", bad(v_status, "string or null"))

        obj = new_model(cls)
        obj.type = "computer_call_output"
        obj.call_id = v_call_id
        obj.output = v_output
        obj.id = v_id
        obj.acknowledged_safety_checks = v_acknowledged_safety_checks
        obj.status = v_status
        if nulls:
            keep_nulls(obj, nulls)
        return obj
