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
        "effort",
        "summary",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseReasoningSettings(GeneratedModel):
    """The reasoning settings a response was produced with."""

    effort: None | str = None
    """ The reasoning effort used, such as `low`, `medium` or `high`. """

    summary: None | str = None
    """ The summary mode used, such as `auto`, `concise` or `detailed`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.effort is not None:
            field_dict["effort"] = self.effort
        elif "effort" in getattr(self, "_null_keys", ()):
            field_dict["effort"] = None
        if self.summary is not None:
            field_dict["summary"] = self.summary
        elif "summary" in getattr(self, "_null_keys", ()):
            field_dict["summary"] = None
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
        v_effort = get("effort", _ABSENT)
        if v_effort is _ABSENT:
            v_effort = None
            absent += 1
        elif v_effort is None:
            nulls += ("effort",)
        else:
            if not type(v_effort) is str:
                raise at("effort", bad(v_effort, "string or null"))

        v_summary = get("summary", _ABSENT)
        if v_summary is _ABSENT:
            v_summary = None
            absent += 1
        elif v_summary is None:
            nulls += ("summary",)
        else:
            if not type(v_summary) is str:
                raise at("summary", bad(v_summary, "string or null"))

        obj = new_model(cls)
        obj.effort = v_effort
        obj.summary = v_summary
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
