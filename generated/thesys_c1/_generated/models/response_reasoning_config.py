from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from ..models.response_reasoning_effort import ResponseReasoningEffort
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
        "effort",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseReasoningConfig(GeneratedModel):
    """Settings for models that reason before they answer."""

    effort: None | ResponseReasoningEffort = None
    """ How much reasoning the model does before it answers. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.effort is not None:
            field_dict["effort"] = self.effort
        elif "effort" in getattr(self, "_null_keys", ()):
            field_dict["effort"] = None
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
        v_effort = get("effort", _ABSENT)
        if v_effort is _ABSENT:
            v_effort = None
        elif v_effort is None:
            nulls += ("effort",)
        else:
            if type(v_effort) not in STR_TYPE:
                raise at("effort", bad(v_effort, "string or null"))

        obj = new_model(cls)
        obj.effort = v_effort
        if nulls:
            keep_nulls(obj, nulls)
        return obj
