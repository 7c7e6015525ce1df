from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseReasoningDeltaEvent")


@_attrs_define
class ResponseReasoningDeltaEvent:
    """More reasoning text was appended to a reasoning item (Open Responses naming)."""

    type_: Literal["response.reasoning.delta"]
    """ Always `response.reasoning.delta`. """
    sequence_number: int
    """ The event's position in the stream. """
    item_id: str
    """ The id of the output item concerned. """
    output_index: int
    """ The position of that item in the output. """
    content_index: int
    """ The position of the content part in the item. """
    delta: str
    """ The reasoning text added. """
    obfuscation: str | Unset = UNSET
    """ Random padding that hides the payload size; ignore it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sequence_number = self.sequence_number

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        delta = self.delta

        obfuscation = self.obfuscation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
                "item_id": item_id,
                "output_index": output_index,
                "content_index": content_index,
                "delta": delta,
            }
        )
        if obfuscation is not UNSET:
            field_dict["obfuscation"] = obfuscation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["response.reasoning.delta"], d.pop("type"))
        if type_ != "response.reasoning.delta":
            raise ValueError(f"type must match const 'response.reasoning.delta', got '{type_}'")

        sequence_number = d.pop("sequence_number")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        content_index = d.pop("content_index")

        delta = d.pop("delta")

        obfuscation = d.pop("obfuscation", UNSET)

        response_reasoning_delta_event = cls(
            type_=type_,
            sequence_number=sequence_number,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            delta=delta,
            obfuscation=obfuscation,
        )

        response_reasoning_delta_event.additional_properties = d
        return response_reasoning_delta_event

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
    def type(self) -> Literal["response.reasoning.delta"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
