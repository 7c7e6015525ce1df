from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
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
        "role",
        "content",
        "tool_call_id",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionToolMessageParam(GeneratedModel):
    """The result of a tool call."""

    role: Literal["tool"]

    content: list[ChatCompletionContentPartText] | str

    tool_call_id: str
    """ The id of the tool call this answers. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["role"] = self.role
        field_dict["content"] = encode(self.content)
        field_dict["tool_call_id"] = self.tool_call_id
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
            v_role = d["role"]
            v_content = d["content"]
            v_tool_call_id = d["tool_call_id"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_role != "tool" or type(v_role) is not str:
            raise at("role", not_const(v_role, "tool"))

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

        if not type(v_tool_call_id) is str:
            raise at("tool_call_id", bad(v_tool_call_id, "string"))

        obj = new_model(cls)
        obj.role = "tool"
        obj.content = v_content
        obj.tool_call_id = v_tool_call_id
        return obj
