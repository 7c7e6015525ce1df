from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ChatCompletionFunctionCallOption")


@_attrs_define
class ChatCompletionFunctionCallOption:
    """A function or tool, by name."""

    name: str
    """ The name to call. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        chat_completion_function_call_option = cls(
            name=name,
        )

        return chat_completion_function_call_option
