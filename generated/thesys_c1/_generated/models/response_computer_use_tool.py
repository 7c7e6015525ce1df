from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.response_computer_use_tool_environment import (
    ResponseComputerUseToolEnvironment,
    check_response_computer_use_tool_environment,
)

T = TypeVar("T", bound="ResponseComputerUseTool")


@_attrs_define
class ResponseComputerUseTool:
    """The built-in tool that lets the model operate a virtual computer."""

    type_: Literal["computer_use_preview"]
    """ Always `computer_use_preview`. """
    environment: ResponseComputerUseToolEnvironment
    """ The kind of computer being operated. """
    display_width: int
    """ The screen width in pixels. """
    display_height: int
    """ The screen height in pixels. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        environment: str = self.environment

        display_width = self.display_width

        display_height = self.display_height

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "environment": environment,
                "display_width": display_width,
                "display_height": display_height,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["computer_use_preview"], d.pop("type"))
        if type_ != "computer_use_preview":
            raise ValueError(f"type must match const 'computer_use_preview', got '{type_}'")

        environment = check_response_computer_use_tool_environment(d.pop("environment"))

        display_width = d.pop("display_width")

        display_height = d.pop("display_height")

        response_computer_use_tool = cls(
            type_=type_,
            environment=environment,
            display_width=display_width,
            display_height=display_height,
        )

        return response_computer_use_tool

    @property
    def type(self) -> Literal["computer_use_preview"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
