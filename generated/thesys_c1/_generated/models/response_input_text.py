from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ResponseInputText")


@_attrs_define
class ResponseInputText:
    """A text part of an input message."""

    type_: Literal["input_text"]
    """ Always `input_text`. """
    text: str
    """ The text. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["input_text"], d.pop("type"))
        if type_ != "input_text":
            raise ValueError(f"type must match const 'input_text', got '{type_}'")

        text = d.pop("text")

        response_input_text = cls(
            type_=type_,
            text=text,
        )

        return response_input_text

    @property
    def type(self) -> Literal["input_text"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
