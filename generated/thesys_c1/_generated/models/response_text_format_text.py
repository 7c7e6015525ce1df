from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ResponseTextFormatText")


@_attrs_define
class ResponseTextFormatText:
    """Plain text output."""

    type_: Literal["text"]
    """ Always `text`. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["text"], d.pop("type"))
        if type_ != "text":
            raise ValueError(f"type must match const 'text', got '{type_}'")

        response_text_format_text = cls(
            type_=type_,
        )

        return response_text_format_text

    @property
    def type(self) -> Literal["text"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
