from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..models.response_tool_choice_allowed_mode import (
    ResponseToolChoiceAllowedMode,
)
from ..types import (
    STR_TYPE,
    GeneratedModel,
    ShapeError,
    at,
    bad,
    item_error,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_tool_choice_allowed_tools_item import ResponseToolChoiceAllowedToolsItem


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "tools",
        "mode",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseToolChoiceAllowed(GeneratedModel):
    """Limits the model to a subset of the declared tools."""

    type: Literal["allowed_tools"]
    """ Always `allowed_tools`. """

    tools: list[ResponseToolChoiceAllowedToolsItem]
    """ The permitted tools, each given as a tool choice such as `{"type": "function", "name": "get_weather"}`. """

    mode: ResponseToolChoiceAllowedMode | None = None
    """ Whether the model may (`auto`), must (`required`) or must not (`none`) call one of them; `auto` when left
    out. """

    _wire_type: ClassVar[str | None] = "allowed_tools"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["tools"] = [item.to_dict() for item in self.tools]
        if self.mode is not None:
            field_dict["mode"] = self.mode
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        get = d.get
        try:
            v_type_ = d["type"]
            v_tools = d["tools"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "allowed_tools" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "allowed_tools"))

        if type(v_tools) is not list:
            raise at("tools", bad(v_tools, "array"))
        try:
            v_tools = list(map(_models.ResponseToolChoiceAllowedToolsItem.from_dict, v_tools)) if v_tools else []
        except ShapeError as error:
            raise at(
                "tools", item_error(error, v_tools, _models.ResponseToolChoiceAllowedToolsItem.from_dict)
            ) from None

        v_mode = get("mode", _ABSENT)
        if v_mode is _ABSENT:
            v_mode = None
        else:
            if type(v_mode) not in STR_TYPE:
                raise at("mode", bad(v_mode, "string"))

        obj = new_model(cls)
        obj.type = "allowed_tools"
        obj.tools = v_tools
        obj.mode = v_mode
        return obj
