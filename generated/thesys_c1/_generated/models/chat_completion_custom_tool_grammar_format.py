from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.chat_completion_custom_tool_grammar import ChatCompletionCustomToolGrammar


T = TypeVar("T", bound="ChatCompletionCustomToolGrammarFormat")


@_attrs_define
class ChatCompletionCustomToolGrammarFormat:
    """Input constrained by a grammar."""

    type_: Literal["grammar"]
    grammar: ChatCompletionCustomToolGrammar
    """ A grammar and its syntax. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        grammar = self.grammar.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "grammar": grammar,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_custom_tool_grammar import ChatCompletionCustomToolGrammar  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["grammar"], d.pop("type"))
        if type_ != "grammar":
            raise ValueError(f"type must match const 'grammar', got '{type_}'")

        grammar = ChatCompletionCustomToolGrammar.from_dict(d.pop("grammar"))

        chat_completion_custom_tool_grammar_format = cls(
            type_=type_,
            grammar=grammar,
        )

        return chat_completion_custom_tool_grammar_format

    @property
    def type(self) -> Literal["grammar"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
