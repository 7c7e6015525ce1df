from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

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
    from ..models.chat_completion_custom_tool_grammar import ChatCompletionCustomToolGrammar


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "grammar",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionCustomToolGrammarFormat(GeneratedModel):
    """Input constrained by a grammar."""

    type: Literal["grammar"]

    grammar: ChatCompletionCustomToolGrammar
    """ A grammar and its syntax. """

    _wire_type: ClassVar[str | None] = "grammar"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["grammar"] = self.grammar.to_dict()
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
            v_grammar = d["grammar"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "grammar" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "grammar"))

        if type(v_grammar) is not dict:
            raise at("grammar", bad(v_grammar, "object"))
        try:
            v_grammar = _models.ChatCompletionCustomToolGrammar.from_dict(v_grammar)
        except ShapeError as error:
            raise at("grammar", error) from None

        obj = new_model(cls)
        obj.type = "grammar"
        obj.grammar = v_grammar
        return obj
