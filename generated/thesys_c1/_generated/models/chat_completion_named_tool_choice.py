from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.chat_completion_function_call_option import ChatCompletionFunctionCallOption


T = TypeVar("T", bound="ChatCompletionNamedToolChoice")


@_attrs_define
class ChatCompletionNamedToolChoice:
    """Forces a call to one function tool."""

    type_: Literal["function"]
    function: ChatCompletionFunctionCallOption
    """ A function or tool, by name. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        function = self.function.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "function": function,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_function_call_option import ChatCompletionFunctionCallOption  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["function"], d.pop("type"))
        if type_ != "function":
            raise ValueError(f"type must match const 'function', got '{type_}'")

        function = ChatCompletionFunctionCallOption.from_dict(d.pop("function"))

        chat_completion_named_tool_choice = cls(
            type_=type_,
            function=function,
        )

        return chat_completion_named_tool_choice

    @property
    def type(self) -> Literal["function"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
