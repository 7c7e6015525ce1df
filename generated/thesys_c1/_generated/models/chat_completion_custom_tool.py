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
    from ..models.chat_completion_custom_tool_definition import ChatCompletionCustomToolDefinition


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "custom",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionCustomTool(GeneratedModel):
    """A tool whose input is free text, optionally constrained by a grammar."""

    type: Literal["custom"]

    custom: ChatCompletionCustomToolDefinition
    """ A custom tool's name, purpose and input format. """

    _wire_type: ClassVar[str | None] = "custom"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["custom"] = self.custom.to_dict()
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
            v_custom = d["custom"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "custom" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "custom"))

        if type(v_custom) is not dict:
            raise at("custom", bad(v_custom, "object"))
        try:
            v_custom = _models.ChatCompletionCustomToolDefinition.from_dict(v_custom)
        except ShapeError as error:
            raise at("custom", error) from None

        obj = new_model(cls)
        obj.type = "custom"
        obj.custom = v_custom
        return obj
