from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from ..types import (
    GeneratedModel,
    at,
    bad,
    new_model,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "include_obfuscation",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseStreamOptions(GeneratedModel):
    """Settings for a streamed answer."""

    include_obfuscation: bool | None = None
    """ Whether delta events carry an `obfuscation` field of random padding that hides the payload size. The server
    adds it when left out. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.include_obfuscation is not None:
            field_dict["include_obfuscation"] = self.include_obfuscation
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
        v_include_obfuscation = get("include_obfuscation", _ABSENT)
        if v_include_obfuscation is _ABSENT:
            v_include_obfuscation = None
        else:
            if not type(v_include_obfuscation) is bool:
                raise at("include_obfuscation", bad(v_include_obfuscation, "boolean"))

        obj = new_model(cls)
        obj.include_obfuscation = v_include_obfuscation
        return obj
