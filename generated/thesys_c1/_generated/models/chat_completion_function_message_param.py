from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ChatCompletionFunctionMessageParam")


@_attrs_define
class ChatCompletionFunctionMessageParam:
    """The result of a function call, in the older format. Superseded by `tool` messages."""

    role: Literal["function"]
    content: None | str
    name: str
    """ The name of the function that was called. """

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: None | str
        content = self.content

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
                "content": content,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = cast(Literal["function"], d.pop("role"))
        if role != "function":
            raise ValueError(f"role must match const 'function', got '{role}'")

        def _parse_content(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content = _parse_content(d.pop("content"))

        name = d.pop("name")

        chat_completion_function_message_param = cls(
            role=role,
            content=content,
            name=name,
        )

        return chat_completion_function_message_param
