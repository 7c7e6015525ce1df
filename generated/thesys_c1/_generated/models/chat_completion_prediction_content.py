from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    decode,
    encode,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.chat_completion_content_part_text import ChatCompletionContentPartText


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "content",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionPredictionContent(GeneratedModel):
    """Expected output, given as text or text parts."""

    type: Literal["content"]

    content: list[ChatCompletionContentPartText] | str

    _wire_type: ClassVar[str | None] = "content"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["content"] = encode(self.content)
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
            v_content = d["content"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "content" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "content"))

        try:
            v_content = decode(
                v_content,
                (
                    "union",
                    (
                        "string",
                        ("list", ("model", "ChatCompletionContentPartText")),
                    ),
                ),
            )
        except ShapeError as error:
            raise at("content", error) from None

        obj = new_model(cls)
        obj.type = "content"
        obj.content = v_content
        return obj
