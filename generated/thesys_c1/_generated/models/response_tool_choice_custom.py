from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ResponseToolChoiceCustom")


@_attrs_define
class ResponseToolChoiceCustom:
    """Makes the model call the named custom tool."""

    type_: Literal["custom"]
    """ Always `custom`. """
    name: str
    """ The custom tool to call. """

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
        type_ = cast(Literal["custom"], d.pop("type"))
        if type_ != "custom":
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        name = d.pop("name")

        response_tool_choice_custom = cls(
            type_=type_,
            name=name,
        )

        return response_tool_choice_custom

    @property
    def type(self) -> Literal["custom"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
