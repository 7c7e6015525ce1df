from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from ..models.chat_completion_custom_tool_grammar_syntax import (
    ChatCompletionCustomToolGrammarSyntax,
)
from ..types import (
    STR_TYPE,
    GeneratedModel,
    at,
    bad,
    missing,
    new_model,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "definition",
        "syntax",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionCustomToolGrammar(GeneratedModel):
    """A grammar and its syntax."""

    definition: str
    """ The grammar itself. """

    syntax: ChatCompletionCustomToolGrammarSyntax
    """ The notation the grammar is written in. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["definition"] = self.definition
        field_dict["syntax"] = self.syntax
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
            v_definition = d["definition"]
            v_syntax = d["syntax"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not type(v_definition) is str:
            raise at("definition", bad(v_definition, "string"))

        if type(v_syntax) not in STR_TYPE:
            raise at("syntax", bad(v_syntax, "string"))

        obj = new_model(cls)
        obj.definition = v_definition
        obj.syntax = v_syntax
        return obj
