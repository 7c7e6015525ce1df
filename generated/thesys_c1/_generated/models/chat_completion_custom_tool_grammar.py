from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.chat_completion_custom_tool_grammar_syntax import (
    ChatCompletionCustomToolGrammarSyntax,
    check_chat_completion_custom_tool_grammar_syntax,
)

T = TypeVar("T", bound="ChatCompletionCustomToolGrammar")


@_attrs_define
class ChatCompletionCustomToolGrammar:
    """A grammar and its syntax."""

    definition: str
    """ The grammar itself. """
    syntax: ChatCompletionCustomToolGrammarSyntax
    """ The notation the grammar is written in. """

    def to_dict(self) -> dict[str, Any]:
        definition = self.definition

        syntax: str = self.syntax

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "definition": definition,
                "syntax": syntax,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        definition = d.pop("definition")

        syntax = check_chat_completion_custom_tool_grammar_syntax(d.pop("syntax"))

        chat_completion_custom_tool_grammar = cls(
            definition=definition,
            syntax=syntax,
        )

        return chat_completion_custom_tool_grammar
