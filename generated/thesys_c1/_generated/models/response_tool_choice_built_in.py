from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.response_tool_choice_built_in_type import (
    ResponseToolChoiceBuiltInType,
    check_response_tool_choice_built_in_type,
)

T = TypeVar("T", bound="ResponseToolChoiceBuiltIn")


@_attrs_define
class ResponseToolChoiceBuiltIn:
    """Makes the model call a built-in tool of the given type."""

    type_: ResponseToolChoiceBuiltInType
    """ The built-in tool's type. """

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_response_tool_choice_built_in_type(d.pop("type"))

        response_tool_choice_built_in = cls(
            type_=type_,
        )

        return response_tool_choice_built_in

    @property
    def type(self) -> ResponseToolChoiceBuiltInType:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
