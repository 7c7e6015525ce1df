from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from ..models.chat_completion_moderation_config_mode import (
    ChatCompletionModerationConfigMode,
)
from ..types import (
    STR_TYPE,
    GeneratedModel,
    at,
    bad,
    missing,
    new_model,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "mode",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionModerationConfig(GeneratedModel):
    """How moderation treats one side of the exchange."""

    mode: ChatCompletionModerationConfigMode
    """ `score` only reports; `block` also stops flagged content. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
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
        try:
            v_mode = d["mode"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if type(v_mode) not in STR_TYPE:
            raise at("mode", bad(v_mode, "string"))

        obj = new_model(cls)
        obj.mode = v_mode
        return obj
