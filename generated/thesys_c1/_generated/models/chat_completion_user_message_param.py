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
    from ..models.chat_completion_content_part_file import ChatCompletionContentPartFile
    from ..models.chat_completion_content_part_image import ChatCompletionContentPartImage
    from ..models.chat_completion_content_part_text import ChatCompletionContentPartText


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "role",
        "content",
        "name",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionUserMessageParam(GeneratedModel):
    """A message from the end user."""

    role: Literal["user"]

    content: list[ChatCompletionContentPartFile | ChatCompletionContentPartImage | ChatCompletionContentPartText] | str

    name: str | None = None
    """ A name telling apart participants with the same role. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["role"] = self.role
        field_dict["content"] = encode(self.content)
        if self.name is not None:
            field_dict["name"] = self.name
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
        try:
            v_role = d["role"]
            v_content = d["content"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_role != "user" or type(v_role) is not str:
            raise at("role", not_const(v_role, "user"))

        try:
            v_content = decode(
                v_content,
                (
                    "union",
                    (
                        "string",
                        (
                            "list",
                            (
                                "union",
                                (
                                    ("model", "ChatCompletionContentPartText"),
                                    ("model", "ChatCompletionContentPartImage"),
                                    ("model", "ChatCompletionContentPartFile"),
                                ),
                            ),
                        ),
                    ),
                ),
            )
        except ShapeError as error:
            raise at("content", error) from None

        v_name = get("name", _ABSENT)
        if v_name is _ABSENT:
            v_name = None
        else:
            if not type(v_name) is str:
                raise at("name", bad(v_name, "string"))

        obj = new_model(cls)
        obj.role = "user"
        obj.content = v_content
        obj.name = v_name
        return obj
