from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

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
    not_object,
)

if TYPE_CHECKING:
    from ..models.chat_completion_custom_tool_grammar_format import ChatCompletionCustomToolGrammarFormat
    from ..models.chat_completion_custom_tool_text_format import ChatCompletionCustomToolTextFormat


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "description",
        "format",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionCustomToolDefinition(GeneratedModel):
    """A custom tool's name, purpose and input format."""

    name: str
    """ The tool's name. """

    description: str | None = None
    """ What the tool does. """

    format: ChatCompletionCustomToolGrammarFormat | ChatCompletionCustomToolTextFormat | None = None
    """ The input format; free text when left out. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["name"] = self.name
        if self.description is not None:
            field_dict["description"] = self.description
        if self.format is not None:
            field_dict["format"] = encode(self.format)
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
            v_name = d["name"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not type(v_name) is str:
            raise at("name", bad(v_name, "string"))

        v_description = get("description", _ABSENT)
        if v_description is _ABSENT:
            v_description = None
        else:
            if not type(v_description) is str:
                raise at("description", bad(v_description, "string"))

        v_format_ = get("format", _ABSENT)
        if v_format_ is _ABSENT:
            v_format_ = None
        else:
            try:
                v_format_ = decode(
                    v_format_,
                    (
                        "union",
                        (
                            ("model", "ChatCompletionCustomToolTextFormat"),
                            ("model", "ChatCompletionCustomToolGrammarFormat"),
                        ),
                    ),
                )
            except ShapeError as error:
                raise at("format", error) from None

        obj = new_model(cls)
        obj.name = v_name
        obj.description = v_description
        obj.format = v_format_
        return obj
