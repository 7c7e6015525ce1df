from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    GeneratedModel,
    at,
    bad,
    missing,
    new_model,
    not_const,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "call_id",
        "name",
        "arguments",
        "id",
        "status",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseOutputFunctionCall(GeneratedModel):
    """A call to a function tool the model made; run it and send back a `function_call_output`."""

    type: Literal["function_call"]
    """ Always `function_call`. """

    call_id: str
    """ The id to quote in the call's output. """

    name: str
    """ The function to call. """

    arguments: str
    """ The arguments, as a JSON-encoded string. """

    id: str | None = None
    """ The item's id, such as `fc_123`. """

    status: str | None = None
    """ One of `in_progress`, `completed` or `incomplete`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _request_id: str | None = _attrs_field(default=None, init=False, repr=False, eq=False)
    """ The `x-request-id` of the HTTP answer this object came from, when it came from one. """
    _wire_type: ClassVar[str | None] = "function_call"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["call_id"] = self.call_id
        field_dict["name"] = self.name
        field_dict["arguments"] = self.arguments
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
            v_name = d["name"]
            v_arguments = d["arguments"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "function_call" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "function_call"))

        if not type(v_call_id) is str:
            raise at("call_id", bad(v_call_id, "string"))

        if not type(v_name) is str:
            raise at("name", bad(v_name, "string"))

        if not type(v_arguments) is str:
            raise at("arguments", bad(v_arguments, "string"))

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
        obj.type = "function_call"
        obj.call_id = v_call_id
        obj.name = v_name
        obj.arguments = v_arguments
        obj.id = v_id
        obj.status = v_status
        obj._request_id = None
        if len(d) + absent == 6:
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
