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
    integral,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_output_function_call import ResponseOutputFunctionCall
    from ..models.response_output_function_call_output import ResponseOutputFunctionCallOutput
    from ..models.response_output_message import ResponseOutputMessage
    from ..models.response_output_reasoning import ResponseOutputReasoning


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "sequence_number",
        "output_index",
        "item",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseOutputItemDoneEvent(GeneratedModel):
    """An output item is complete."""

    type: Literal["response.output_item.done"]
    """ Always `response.output_item.done`. """

    sequence_number: int
    """ The event's position in the stream. """

    output_index: int
    """ The position of the item in the output. """

    item: (
        None
        | ResponseOutputFunctionCall
        | ResponseOutputFunctionCallOutput
        | ResponseOutputMessage
        | ResponseOutputReasoning
    )
    """ The finished item. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = "response.output_item.done"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["sequence_number"] = self.sequence_number
        field_dict["output_index"] = self.output_index
        field_dict["item"] = None if self.item is None else encode(self.item)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        try:
            v_type_ = d["type"]
            v_sequence_number = d["sequence_number"]
            v_output_index = d["output_index"]
            v_item = d["item"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "response.output_item.done" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "response.output_item.done"))

        if not (type(v_sequence_number) is int or integral(v_sequence_number)):
            raise at("sequence_number", bad(v_sequence_number, "integer"))

        if not (type(v_output_index) is int or integral(v_output_index)):
            raise at("output_index", bad(v_output_index, "integer"))

        try:
            v_item = decode(
                v_item,
                (
                    "union",
                    (
                        ("model", "ResponseOutputMessage"),
                        ("model", "ResponseOutputFunctionCall"),
                        ("model", "ResponseOutputFunctionCallOutput"),
                        ("model", "ResponseOutputReasoning"),
                        "null",
                    ),
                ),
            )
        except ShapeError as error:
            raise at("item", error) from None

        obj = new_model(cls)
        obj.type = "response.output_item.done"
        obj.sequence_number = v_sequence_number
        obj.output_index = v_output_index
        obj.item = v_item
        if len(d) == 4:
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
