from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    decode,
    encode,
    new_model,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset({})
_ABSENT: Any = object()


@_attrs_define
class UpdateConversationRequestMetadataType0(GeneratedModel):
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {name: encode(value) for name, value in self.additional_properties.items()}
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        obj = new_model(cls)
        if len(d) == 0:
            obj.additional_properties = {}
        else:
            extra: dict[str, Any] = {}
            for name, value in d.items():
                if name not in _KNOWN_KEYS:
                    try:
                        extra[name] = decode(value, "string")
                    except ShapeError as error:
                        raise at(name, error) from None
            obj.additional_properties = extra
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
