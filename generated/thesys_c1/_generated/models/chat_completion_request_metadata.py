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
        "thesys",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionRequestMetadata(GeneratedModel):
    """C1 settings for this request. Only the `thesys` key is accepted; its value is a JSON-encoded object (custom actions,
    custom or included components, artifact options).

    """

    thesys: str | None = None
    """ A JSON-encoded object of C1 settings. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.thesys is not None:
            field_dict["thesys"] = self.thesys
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
        v_thesys = get("thesys", _ABSENT)
        if v_thesys is _ABSENT:
            v_thesys = None
        else:
            if not type(v_thesys) is str:
                raise at("thesys", bad(v_thesys, "string"))

        obj = new_model(cls)
        obj.thesys = v_thesys
        return obj
