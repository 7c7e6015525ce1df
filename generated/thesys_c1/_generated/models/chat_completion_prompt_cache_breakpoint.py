from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from ..types import (
    GeneratedModel,
    at,
    missing,
    new_model,
    not_const,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "mode",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionPromptCacheBreakpoint(GeneratedModel):
    """Marks the end of a prompt prefix to cache."""

    mode: Literal["explicit"]

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
        if v_mode != "explicit" or type(v_mode) is not str:
            raise at("mode", not_const(v_mode, "explicit"))

        obj = new_model(cls)
        obj.mode = "explicit"
        return obj
