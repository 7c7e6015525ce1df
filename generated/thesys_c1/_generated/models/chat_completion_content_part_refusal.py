from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ChatCompletionContentPartRefusal")


@_attrs_define
class ChatCompletionContentPartRefusal:
    """A refusal by the model."""

    type_: Literal["refusal"]
    refusal: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        refusal = self.refusal

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "refusal": refusal,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["refusal"], d.pop("type"))
        if type_ != "refusal":
            raise ValueError(f"type must match const 'refusal', got '{type_}'")

        refusal = d.pop("refusal")

        chat_completion_content_part_refusal = cls(
            type_=type_,
            refusal=refusal,
        )

        return chat_completion_content_part_refusal

    @property
    def type(self) -> Literal["refusal"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
