from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..models.chat_completion_allowed_tools_mode import (
    ChatCompletionAllowedToolsMode,
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
    not_object,
)

if TYPE_CHECKING:
    from ..models.chat_completion_allowed_tools_tools_item import ChatCompletionAllowedToolsToolsItem


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "mode",
        "tools",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionAllowedTools(GeneratedModel):
    """The permitted tools and whether one must be called."""

    mode: ChatCompletionAllowedToolsMode
    """ `auto` lets the model pick or not; `required` makes it call one. """

    tools: list[ChatCompletionAllowedToolsToolsItem]
    """ Tool references such as `{"type": "function", "function": {"name": "f"}}`. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["mode"] = self.mode
        field_dict["tools"] = [item.to_dict() for item in self.tools]
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
            v_mode = d["mode"]
            v_tools = d["tools"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if type(v_mode) not in STR_TYPE:
            raise at("mode", bad(v_mode, "string"))

        if type(v_tools) is not list:
            raise at("tools", bad(v_tools, "array"))
        try:
            v_tools = list(map(_models.ChatCompletionAllowedToolsToolsItem.from_dict, v_tools)) if v_tools else []
        except ShapeError as error:
            raise at(
                "tools", item_error(error, v_tools, _models.ChatCompletionAllowedToolsToolsItem.from_dict)
            ) from None

        obj = new_model(cls)
        obj.mode = v_mode
        obj.tools = v_tools
        return obj
