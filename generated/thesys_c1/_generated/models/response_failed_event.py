from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.response_object import ResponseObject


T = TypeVar("T", bound="ResponseFailedEvent")


@_attrs_define
class ResponseFailedEvent:
    """The response failed; its `error` says why. Carries a snapshot of the response."""

    type_: Literal["response.failed"]
    """ Always `response.failed`. """
    sequence_number: int
    """ The event's position in the stream. """
    response: ResponseObject
    """ A model response: its status, the output items produced, token usage, and the settings it was produced with.
    The concatenated output text is not part of the wire format; clients derive it from the output items. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sequence_number = self.sequence_number

        response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
                "response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_object import ResponseObject  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["response.failed"], d.pop("type"))
        if type_ != "response.failed":
            raise ValueError(f"type must match const 'response.failed', got '{type_}'")

        sequence_number = d.pop("sequence_number")

        response = ResponseObject.from_dict(d.pop("response"))

        response_failed_event = cls(
            type_=type_,
            sequence_number=sequence_number,
            response=response,
        )

        response_failed_event.additional_properties = d
        return response_failed_event

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
    def type(self) -> Literal["response.failed"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
