from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseFunctionCallArgumentsDoneEvent")


@_attrs_define
class ResponseFunctionCallArgumentsDoneEvent:
    """A function call's arguments are complete."""

    type_: Literal["response.function_call_arguments.done"]
    """ Always `response.function_call_arguments.done`. """
    sequence_number: int
    """ The event's position in the stream. """
    item_id: str
    """ The id of the output item concerned. """
    output_index: int
    """ The position of that item in the output. """
    arguments: str
    """ The whole arguments, a JSON-encoded string. """
    name: str | Unset = UNSET
    """ The function called, when the server sends it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sequence_number = self.sequence_number

        item_id = self.item_id

        output_index = self.output_index

        arguments = self.arguments

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
                "item_id": item_id,
                "output_index": output_index,
                "arguments": arguments,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["response.function_call_arguments.done"], d.pop("type"))
        if type_ != "response.function_call_arguments.done":
            raise ValueError(f"type must match const 'response.function_call_arguments.done', got '{type_}'")

        sequence_number = d.pop("sequence_number")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        arguments = d.pop("arguments")

        name = d.pop("name", UNSET)

        response_function_call_arguments_done_event = cls(
            type_=type_,
            sequence_number=sequence_number,
            item_id=item_id,
            output_index=output_index,
            arguments=arguments,
            name=name,
        )

        response_function_call_arguments_done_event.additional_properties = d
        return response_function_call_arguments_done_event

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

    @property
    def type(self) -> Literal["response.function_call_arguments.done"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
