from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    GeneratedModel,
    at,
    bad,
    keep_nulls,
    new_model,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "arguments",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionChunkFunctionCall(GeneratedModel):
    """A piece of a function call; the argument pieces join into a JSON-encoded string."""

    name: None | str = None

    arguments: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in getattr(self, "_null_keys", ()):
            field_dict["name"] = None
        if self.arguments is not None:
            field_dict["arguments"] = self.arguments
        elif "arguments" in getattr(self, "_null_keys", ()):
            field_dict["arguments"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        nulls: tuple[str, ...] = ()
        get = d.get
        absent = 0
        v_name = get("name", _ABSENT)
        if v_name is _ABSENT:
            v_name = None
            absent += 1
        elif v_name is None:
            nulls += ("name",)
        else:
            if not type(v_name) is str:
                raise at("name", bad(v_name, "string or null"))

        v_arguments = get("arguments", _ABSENT)
        if v_arguments is _ABSENT:
            v_arguments = None
            absent += 1
        elif v_arguments is None:
            nulls += ("arguments",)
        else:
            if not type(v_arguments) is str:
                raise at("arguments", bad(v_arguments, "string or null"))

        obj = new_model(cls)
        obj.name = v_name
        obj.arguments = v_arguments
        if nulls:
            keep_nulls(obj, nulls)
        if len(d) + absent == 2:
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
