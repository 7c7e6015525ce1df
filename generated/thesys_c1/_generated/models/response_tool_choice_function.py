from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ResponseToolChoiceFunction")


@_attrs_define
class ResponseToolChoiceFunction:
    """Makes the model call the named function."""

    type_: Literal["function"]
    """ Always `function`. """
    name: str
    """ The function to call. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["function"], d.pop("type"))
        if type_ != "function":
            raise ValueError(f"type must match const 'function', got '{type_}'")

        name = d.pop("name")

        response_tool_choice_function = cls(
            type_=type_,
            name=name,
        )

        return response_tool_choice_function

    @property
    def type(self) -> Literal["function"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
