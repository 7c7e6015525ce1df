from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.chat_completion_url_citation import ChatCompletionUrlCitation


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "url_citation",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionUrlCitationAnnotation(GeneratedModel):
    """A web page cited by the answer."""

    type: Literal["url_citation"]

    url_citation: ChatCompletionUrlCitation
    """ The cited page and the span of text citing it. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = "url_citation"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["url_citation"] = self.url_citation.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        try:
            v_type_ = d["type"]
            v_url_citation = d["url_citation"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "url_citation" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "url_citation"))

        if type(v_url_citation) is not dict:
            raise at("url_citation", bad(v_url_citation, "object"))
        try:
            v_url_citation = _models.ChatCompletionUrlCitation.from_dict(v_url_citation)
        except ShapeError as error:
            raise at("url_citation", error) from None

        obj = new_model(cls)
        obj.type = "url_citation"
        obj.url_citation = v_url_citation
        if len(d) == 2:
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
