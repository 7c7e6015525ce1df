from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    GeneratedModel,
    at,
    bad,
    integral,
    new_model,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "cached_tokens",
        "cache_write_tokens",
        "audio_tokens",
        "image_tokens",
        "text_tokens",
    }
)
_ABSENT: Any = object()


@_attrs_define
class CompletionUsagePromptTokensDetails(GeneratedModel):
    """A breakdown of the input tokens."""

    cached_tokens: int | None = None
    """ Input tokens read from the prompt cache. """

    cache_write_tokens: int | None = None
    """ Input tokens written to the prompt cache. """

    audio_tokens: int | None = None

    image_tokens: int | None = None

    text_tokens: int | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.cached_tokens is not None:
            field_dict["cached_tokens"] = self.cached_tokens
        if self.cache_write_tokens is not None:
            field_dict["cache_write_tokens"] = self.cache_write_tokens
        if self.audio_tokens is not None:
            field_dict["audio_tokens"] = self.audio_tokens
        if self.image_tokens is not None:
            field_dict["image_tokens"] = self.image_tokens
        if self.text_tokens is not None:
            field_dict["text_tokens"] = self.text_tokens
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
        absent = 0
        v_cached_tokens = get("cached_tokens", _ABSENT)
        if v_cached_tokens is _ABSENT:
            v_cached_tokens = None
            absent += 1
        else:
            if not (type(v_cached_tokens) is int or integral(v_cached_tokens)):
                raise at("cached_tokens", bad(v_cached_tokens, "integer"))

        v_cache_write_tokens = get("cache_write_tokens", _ABSENT)
        if v_cache_write_tokens is _ABSENT:
            v_cache_write_tokens = None
            absent += 1
        else:
            if not (type(v_cache_write_tokens) is int or integral(v_cache_write_tokens)):
                raise at("cache_write_tokens", bad(v_cache_write_tokens, "integer"))

        v_audio_tokens = get("audio_tokens", _ABSENT)
        if v_audio_tokens is _ABSENT:
            v_audio_tokens = None
            absent += 1
        else:
            if not (type(v_audio_tokens) is int or integral(v_audio_tokens)):
                raise at("audio_tokens", bad(v_audio_tokens, "integer"))

        v_image_tokens = get("image_tokens", _ABSENT)
        if v_image_tokens is _ABSENT:
            v_image_tokens = None
            absent += 1
        else:
            if not (type(v_image_tokens) is int or integral(v_image_tokens)):
                raise at("image_tokens", bad(v_image_tokens, "integer"))

        v_text_tokens = get("text_tokens", _ABSENT)
        if v_text_tokens is _ABSENT:
            v_text_tokens = None
            absent += 1
        else:
            if not (type(v_text_tokens) is int or integral(v_text_tokens)):
                raise at("text_tokens", bad(v_text_tokens, "integer"))

        obj = new_model(cls)
        obj.cached_tokens = v_cached_tokens
        obj.cache_write_tokens = v_cache_write_tokens
        obj.audio_tokens = v_audio_tokens
        obj.image_tokens = v_image_tokens
        obj.text_tokens = v_text_tokens
        if len(d) + absent == 5:
            obj.additional_properties = {}
        else:
            obj.additional_properties = {name: value for name, value in d.items() if name not in _KNOWN_KEYS}
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
