from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    decode,
    encode,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_output_function_call_output_output_type_1_item import (
        ResponseOutputFunctionCallOutputOutputType1Item,
    )


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "call_id",
        "output",
        "id",
        "status",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseOutputFunctionCallOutput(GeneratedModel):
    """The output of a function call, as stored with a response or a conversation."""

    type: Literal["function_call_output"]
    """ Always `function_call_output`. """

    call_id: str
    """ The `call_id` of the call this answers. """

    output: list[ResponseOutputFunctionCallOutputOutputType1Item] | str
    """ The result, as a string or a list of content parts. """

    id: str | None = None
    """ The item's id. """

    status: str | None = None
    """ One of `in_progress`, `completed` or `incomplete`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _request_id: str | None = _attrs_field(default=None, init=False, repr=False, eq=False)
    """ The `x-request-id` of the HTTP answer this object came from, when it came from one. """
    _wire_type: ClassVar[str | None] = "function_call_output"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["call_id"] = self.call_id
        field_dict["output"] = encode(self.output)
        if self.id is not None:
            field_dict["id"] = self.id
        if self.status is not None:
            field_dict["status"] = self.status
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
        absent = 0
        try:
            v_type_ = d["type"]
            v_call_id = d["call_id"]
            v_output = d["output"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "function_call_output" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "function_call_output"))

        if not type(v_call_id) is str:
            raise at("call_id", bad(v_call_id, "string"))

        try:
            v_output = decode(
                v_output,
                (
                    "union",
                    (
                        "string",
                        ("list", ("model", "ResponseOutputFunctionCallOutputOutputType1Item")),
                    ),
                ),
            )
        except ShapeError as error:
            raise at("output", error) from None

        v_id = get("id", _ABSENT)
        if v_id is _ABSENT:
            v_id = None
            absent += 1
        else:
            if not type(v_id) is str:
                raise at("id", bad(v_id, "string"))

        v_status = get("status", _ABSENT)
        if v_status is _ABSENT:
            v_status = None
            absent += 1
        else:
            if not type(v_status) is str:
                raise at("status", bad(v_status, "string"))

        obj = new_model(cls)
        obj.type = "function_call_output"
        obj.call_id = v_call_id
        obj.output = v_output
        obj.id = v_id
        obj.status = v_status
        obj._request_id = None
        if len(d) + absent == 5:
            obj.additional_properties = {}
        else:
            obj.additional_properties = {name: value for name, value in d.items() if name not in _KNOWN_KEYS}
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
