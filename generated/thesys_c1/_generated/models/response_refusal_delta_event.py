from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    GeneratedModel,
    at,
    bad,
    integral,
    missing,
    new_model,
    not_const,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "sequence_number",
        "item_id",
        "output_index",
        "content_index",
        "delta",
        "obfuscation",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseRefusalDeltaEvent(GeneratedModel):
    """More text was appended to a refusal part."""

    type: Literal["response.refusal.delta"]
    """ Always `response.refusal.delta`. """

    sequence_number: int
    """ The event's position in the stream. """

    item_id: str
    """ The id of the output item concerned. """

    output_index: int
    """ The position of that item in the output. """

    content_index: int
    """ The position of the content part in the item. """

    delta: str
    """ The refusal text added. """

    obfuscation: str | None = None
    """ Random padding that hides the payload size; ignore it. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = "response.refusal.delta"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["sequence_number"] = self.sequence_number
        field_dict["item_id"] = self.item_id
        field_dict["output_index"] = self.output_index
        field_dict["content_index"] = self.content_index
        field_dict["delta"] = self.delta
        if self.obfuscation is not None:
            field_dict["obfuscation"] = self.obfuscation
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
            v_sequence_number = d["sequence_number"]
            v_item_id = d["item_id"]
            v_output_index = d["output_index"]
            v_content_index = d["content_index"]
            v_delta = d["delta"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "response.refusal.delta" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "response.refusal.delta"))

        if not (type(v_sequence_number) is int or integral(v_sequence_number)):
            raise at("sequence_number", bad(v_sequence_number, "integer"))

        if not type(v_item_id) is str:
            raise at("item_id", bad(v_item_id, "string"))

        if not (type(v_output_index) is int or integral(v_output_index)):
            raise at("output_index", bad(v_output_index, "integer"))

        if not (type(v_content_index) is int or integral(v_content_index)):
            raise at("content_index", bad(v_content_index, "integer"))

        if not type(v_delta) is str:
            raise at("delta", bad(v_delta, "string"))

        v_obfuscation = get("obfuscation", _ABSENT)
        if v_obfuscation is _ABSENT:
            v_obfuscation = None
            absent += 1
        else:
            if not type(v_obfuscation) is str:
                raise at("obfuscation", bad(v_obfuscation, "string"))

        obj = new_model(cls)
        obj.type = "response.refusal.delta"
        obj.sequence_number = v_sequence_number
        obj.item_id = v_item_id
        obj.output_index = v_output_index
        obj.content_index = v_content_index
        obj.delta = v_delta
        obj.obfuscation = v_obfuscation
        if len(d) + absent == 7:
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
