from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    integral,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_object import ResponseObject


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "sequence_number",
        "response",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseFailedEvent(GeneratedModel):
    """The response failed; its `error` says why. Carries a snapshot of the response."""

    type: Literal["response.failed"]
    """ Always `response.failed`. """

    sequence_number: int
    """ The event's position in the stream. """

    response: ResponseObject
    """ A model response: its status, the output items produced, token usage, and the settings it was produced with.
    The concatenated output text is not part of the wire format; clients derive it from the output items. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = "response.failed"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["sequence_number"] = self.sequence_number
        field_dict["response"] = self.response.to_dict()
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
            v_response = d["response"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "response.failed" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "response.failed"))

        if not (type(v_sequence_number) is int or integral(v_sequence_number)):
            raise at("sequence_number", bad(v_sequence_number, "integer"))

        if type(v_response) is not dict:
            raise at("response", bad(v_response, "object"))
        try:
            v_response = _models.ResponseObject.from_dict(v_response)
        except ShapeError as error:
            raise at("response", error) from None

        obj = new_model(cls)
        obj.type = "response.failed"
        obj.sequence_number = v_sequence_number
        obj.response = v_response
        if len(d) == 3:
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
