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
        "text",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseSummaryText(GeneratedModel):
    """A part of a reasoning summary."""

    type: Literal["summary_text"]
    """ Always `summary_text`. """

    text: str
    """ The summary text. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = "summary_text"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["text"] = self.text
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
            v_text = d["text"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "summary_text" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "summary_text"))

        if not type(v_text) is str:
            raise at("text", bad(v_text, "string"))

        obj = new_model(cls)
        obj.type = "summary_text"
        obj.text = v_text
        if len(d) == 2:
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
