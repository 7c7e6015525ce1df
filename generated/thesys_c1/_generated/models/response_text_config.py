from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from ..models.response_verbosity import ResponseVerbosity
from ..types import (
    STR_TYPE,
    GeneratedModel,
    at,
    bad,
    keep_nulls,
    new_model,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "verbosity",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseTextConfig(GeneratedModel):
    """How the model's text output is shaped."""

    verbosity: None | ResponseVerbosity = None
    """ How long and detailed the answer should be. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.verbosity is not None:
            field_dict["verbosity"] = self.verbosity
        elif "verbosity" in getattr(self, "_null_keys", ()):
            field_dict["verbosity"] = None
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
        v_verbosity = get("verbosity", _ABSENT)
        if v_verbosity is _ABSENT:
            v_verbosity = None
        elif v_verbosity is None:
            nulls += ("verbosity",)
        else:
            if type(v_verbosity) not in STR_TYPE:
                raise at("verbosity", bad(v_verbosity, "string or null"))

        obj = new_model(cls)
        obj.verbosity = v_verbosity
        if nulls:
            keep_nulls(obj, nulls)
        return obj
