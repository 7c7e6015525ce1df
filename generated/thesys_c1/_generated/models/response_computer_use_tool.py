from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from ..models.response_computer_use_tool_environment import (
    ResponseComputerUseToolEnvironment,
)
from ..types import (
    STR_TYPE,
    GeneratedModel,
    at,
    bad,
    integral,
    missing,
    new_model,
    not_const,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "environment",
        "display_width",
        "display_height",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseComputerUseTool(GeneratedModel):
    """The built-in tool that lets the model operate a virtual computer."""

    type: Literal["computer_use_preview"]
    """ Always `computer_use_preview`. """

    environment: ResponseComputerUseToolEnvironment
    """ The kind of computer being operated. """

    display_width: int
    """ The screen width in pixels. """

    display_height: int
    """ The screen height in pixels. """

    _wire_type: ClassVar[str | None] = "computer_use_preview"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["environment"] = self.environment
        field_dict["display_width"] = self.display_width
        field_dict["display_height"] = self.display_height
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        try:
            v_type_ = d["type"]
            v_environment = d["environment"]
            v_display_width = d["display_width"]
            v_display_height = d["display_height"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "computer_use_preview" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "computer_use_preview"))

        if type(v_environment) not in STR_TYPE:
            raise at("environment", bad(v_environment, "string"))

        if not (type(v_display_width) is int or integral(v_display_width)):
            raise at("display_width", bad(v_display_width, "integer"))

        if not (type(v_display_height) is int or integral(v_display_height)):
            raise at("display_height", bad(v_display_height, "integer"))

        obj = new_model(cls)
        obj.type = "computer_use_preview"
        obj.environment = v_environment
        obj.display_width = v_display_width
        obj.display_height = v_display_height
        return obj
