from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    GeneratedModel,
    at,
    bad,
    integral,
    missing,
    new_model,
    not_const,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "url",
        "title",
        "start_index",
        "end_index",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseUrlCitation(GeneratedModel):
    """A citation of a web page."""

    type: Literal["url_citation"]
    """ Always `url_citation`. """

    url: str
    """ The page's URL. """

    title: str | None = None
    """ The page's title. """

    start_index: int | None = None
    """ Where the cited span starts in the text. """

    end_index: int | None = None
    """ Where the cited span ends in the text. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = "url_citation"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["url"] = self.url
        if self.title is not None:
            field_dict["title"] = self.title
        if self.start_index is not None:
            field_dict["start_index"] = self.start_index
        if self.end_index is not None:
            field_dict["end_index"] = self.end_index
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
            v_type_ = d["type"]
            v_url = d["url"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "url_citation" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "url_citation"))

        if not type(v_url) is str:
            raise at("url", bad(v_url, "string"))

        v_title = get("title", _ABSENT)
        if v_title is _ABSENT:
            v_title = None
            absent += 1
        else:
            if not type(v_title) is str:
                raise at("title", bad(v_title, "string"))

        v_start_index = get("start_index", _ABSENT)
        if v_start_index is _ABSENT:
            v_start_index = None
            absent += 1
        else:
            if not (type(v_start_index) is int or integral(v_start_index)):
                raise at("start_index", bad(v_start_index, "integer"))

        v_end_index = get("end_index", _ABSENT)
        if v_end_index is _ABSENT:
            v_end_index = None
            absent += 1
        else:
            if not (type(v_end_index) is int or integral(v_end_index)):
                raise at("end_index", bad(v_end_index, "integer"))

        obj = new_model(cls)
        obj.type = "url_citation"
        obj.url = v_url
        obj.title = v_title
        obj.start_index = v_start_index
        obj.end_index = v_end_index
        if len(d) + absent == 5:
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
