from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.chat_completion_function_call_option import ChatCompletionFunctionCallOption


T = TypeVar("T", bound="ChatCompletionNamedToolChoiceCustom")


@_attrs_define
class ChatCompletionNamedToolChoiceCustom:
    """Forces a call to one custom tool."""

    type_: Literal["custom"]
    custom: ChatCompletionFunctionCallOption
    """ A function or tool, by name. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        custom = self.custom.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "custom": custom,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_function_call_option import ChatCompletionFunctionCallOption  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["custom"], d.pop("type"))
        if type_ != "custom":
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        custom = ChatCompletionFunctionCallOption.from_dict(d.pop("custom"))

        chat_completion_named_tool_choice_custom = cls(
            type_=type_,
            custom=custom,
        )

        return chat_completion_named_tool_choice_custom

    @property
    def type(self) -> Literal["custom"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
