from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    keep_nulls,
    new_model,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_text_format_settings import ResponseTextFormatSettings


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "format",
        "verbosity",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseTextSettings(GeneratedModel):
    """The text settings a response was produced with."""

    format: ResponseTextFormatSettings | None = None
    """ The text format used: `text`, `json_object`, or `json_schema` with its `name`, `schema`, `description` and
    `strict`. """

    verbosity: None | str = None
    """ The verbosity used, such as `low`, `medium` or `high`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.format is not None:
            field_dict["format"] = self.format.to_dict()
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
        absent = 0
        v_format_ = get("format", _ABSENT)
        if v_format_ is _ABSENT:
            v_format_ = None
            absent += 1
        else:
            if type(v_format_) is not dict:
                raise at("format", bad(v_format_, "object"))
            try:
                v_format_ = _models.ResponseTextFormatSettings.from_dict(v_format_)
            except ShapeError as error:
                raise at("format", error) from None

        v_verbosity = get("verbosity", _ABSENT)
        if v_verbosity is _ABSENT:
            v_verbosity = None
            absent += 1
        elif v_verbosity is None:
            nulls += ("verbosity",)
        else:
            if not type(v_verbosity) is str:
                raise at("verbosity", bad(v_verbosity, "string or null"))

        obj = new_model(cls)
        obj.format = v_format_
        obj.verbosity = v_verbosity
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
