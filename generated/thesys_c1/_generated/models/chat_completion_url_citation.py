from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    GeneratedModel,
    at,
    bad,
    integral,
    missing,
    new_model,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "start_index",
        "end_index",
        "url",
        "title",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionUrlCitation(GeneratedModel):
    """The cited page and the span of text citing it."""

    start_index: int
    """ Index of the first character of the citing text. """

    end_index: int
    """ Index just past the last character of the citing text. """

    url: str
    """ The page's URL. """

    title: str | None = None
    """ The page's title. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["start_index"] = self.start_index
        field_dict["end_index"] = self.end_index
        field_dict["url"] = self.url
        if self.title is not None:
            field_dict["title"] = self.title
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
        absent = 0
        try:
            v_start_index = d["start_index"]
            v_end_index = d["end_index"]
            v_url = d["url"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not (type(v_start_index) is int or integral(v_start_index)):
            raise at("start_index", bad(v_start_index, "integer"))

        if not (type(v_end_index) is int or integral(v_end_index)):
            raise at("end_index", bad(v_end_index, "integer"))

        if not type(v_url) is str:
            raise at("url", bad(v_url, "string"))

        v_title = get("title", _ABSENT)
        if v_title is _ABSENT:
            v_title = None
            absent += 1
        else:
            if not type(v_title) is str:
                raise at("title", bad(v_title, "string"))

        obj = new_model(cls)
        obj.start_index = v_start_index
        obj.end_index = v_end_index
        obj.url = v_url
        obj.title = v_title
        if len(d) + absent == 4:
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
