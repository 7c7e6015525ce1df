from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from ..models.chat_completion_prompt_cache_options_mode import (
    ChatCompletionPromptCacheOptionsMode,
)
from ..models.chat_completion_prompt_cache_options_ttl import (
    ChatCompletionPromptCacheOptionsTtl,
)
from ..types import (
    STR_TYPE,
    GeneratedModel,
    at,
    bad,
    new_model,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "ttl",
        "mode",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionPromptCacheOptions(GeneratedModel):
    """How prompt prefixes are cached."""

    ttl: ChatCompletionPromptCacheOptionsTtl | None = None
    """ How long a cached prefix is kept. """

    mode: ChatCompletionPromptCacheOptionsMode | None = None
    """ `implicit` lets the server choose what to cache; `explicit` caches only up to the content parts marked with
    a `prompt_cache_breakpoint`. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.ttl is not None:
            field_dict["ttl"] = self.ttl
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
        v_ttl = get("ttl", _ABSENT)
        if v_ttl is _ABSENT:
            v_ttl = None
        else:
            if type(v_ttl) not in STR_TYPE:
                raise at("ttl", bad(v_ttl, "string"))

        v_mode = get("mode", _ABSENT)
        if v_mode is _ABSENT:
            v_mode = None
        else:
            if type(v_mode) not in STR_TYPE:
                raise at("mode", bad(v_mode, "string"))

        obj = new_model(cls)
        obj.ttl = v_ttl
        obj.mode = v_mode
        return obj
