from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.chat_completion_allowed_tools import ChatCompletionAllowedTools


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "allowed_tools",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionAllowedToolsChoice(GeneratedModel):
    """Restricts the model to a subset of the declared tools."""

    type: Literal["allowed_tools"]

    allowed_tools: ChatCompletionAllowedTools
    """ The permitted tools and whether one must be called. """

    _wire_type: ClassVar[str | None] = "allowed_tools"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["allowed_tools"] = self.allowed_tools.to_dict()
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
            v_allowed_tools = d["allowed_tools"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "allowed_tools" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "allowed_tools"))

        if type(v_allowed_tools) is not dict:
            raise at("allowed_tools", bad(v_allowed_tools, "object"))
        try:
            v_allowed_tools = _models.ChatCompletionAllowedTools.from_dict(v_allowed_tools)
        except ShapeError as error:
            raise at("allowed_tools", error) from None

        obj = new_model(cls)
        obj.type = "allowed_tools"
        obj.allowed_tools = v_allowed_tools
        return obj
