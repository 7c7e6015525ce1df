from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_custom_tool_format import ResponseCustomToolFormat


T = TypeVar("T", bound="ResponseCustomTool")


@_attrs_define
class ResponseCustomTool:
    """A tool whose input is free text, optionally bound by a grammar."""

    type_: Literal["custom"]
    """ Always `custom`. """
    name: str
    """ The tool's name. """
    description: str | Unset = UNSET
    """ What the tool does. """
    format_: ResponseCustomToolFormat | Unset = UNSET
    """ The input's format: `{"type": "text"}`, or `{"type": "grammar", "syntax": "lark" | "regex", "definition":
    ...}`. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        description = self.description

        format_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
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
        from ..models.response_custom_tool_format import ResponseCustomToolFormat  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["custom"], d.pop("type"))
        if type_ != "custom":
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        _format_ = d.pop("format", UNSET)
        format_: ResponseCustomToolFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ResponseCustomToolFormat.from_dict(_format_)

        response_custom_tool = cls(
            type_=type_,
            name=name,
            description=description,
            format_=format_,
        )

        return response_custom_tool

    @property
    def type(self) -> Literal["custom"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_

    @property
    def format(self) -> ResponseCustomToolFormat | Unset:
        """`format` as on the wire (the field is stored as `format_`)."""
        return self.format_
