from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_custom_tool_grammar_format import ChatCompletionCustomToolGrammarFormat
    from ..models.chat_completion_custom_tool_text_format import ChatCompletionCustomToolTextFormat


T = TypeVar("T", bound="ChatCompletionCustomToolDefinition")


@_attrs_define
class ChatCompletionCustomToolDefinition:
    """A custom tool's name, purpose and input format."""

    name: str
    """ The tool's name. """
    description: str | Unset = UNSET
    """ What the tool does. """
    format_: ChatCompletionCustomToolGrammarFormat | ChatCompletionCustomToolTextFormat | Unset = UNSET
    """ The input format; free text when left out. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_custom_tool_text_format import ChatCompletionCustomToolTextFormat  # noqa: PLC0415

        name = self.name

        description = self.description

        format_: dict[str, Any] | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, ChatCompletionCustomToolTextFormat):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_custom_tool_grammar_format import ChatCompletionCustomToolGrammarFormat  # noqa: PLC0415
        from ..models.chat_completion_custom_tool_text_format import ChatCompletionCustomToolTextFormat  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        def _parse_format_(
            data: object,
        ) -> ChatCompletionCustomToolGrammarFormat | ChatCompletionCustomToolTextFormat | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_type_0 = ChatCompletionCustomToolTextFormat.from_dict(data)

                return format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            format_type_1 = ChatCompletionCustomToolGrammarFormat.from_dict(data)

            return format_type_1

        format_ = _parse_format_(d.pop("format", UNSET))

        chat_completion_custom_tool_definition = cls(
            name=name,
            description=description,
            format_=format_,
        )

        return chat_completion_custom_tool_definition

    @property
    def format(self) -> ChatCompletionCustomToolGrammarFormat | ChatCompletionCustomToolTextFormat | Unset:
        """`format` as on the wire (the field is stored as `format_`)."""
        return self.format_
