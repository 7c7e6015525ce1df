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
        "reasoning_tokens",
        "accepted_prediction_tokens",
        "rejected_prediction_tokens",
        "audio_tokens",
        "text_tokens",
    }
)
_ABSENT: Any = object()


@_attrs_define
class CompletionUsageCompletionTokensDetails(GeneratedModel):
    """A breakdown of the generated tokens."""

    reasoning_tokens: int | None = None
    """ Tokens spent reasoning, not shown in the answer. """

    accepted_prediction_tokens: int | None = None
    """ Tokens of `prediction` that appeared in the answer. """

    rejected_prediction_tokens: int | None = None
    """ Tokens of `prediction` that did not appear in the answer. """

    audio_tokens: int | None = None

    text_tokens: int | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.reasoning_tokens is not None:
            field_dict["reasoning_tokens"] = self.reasoning_tokens
        if self.accepted_prediction_tokens is not None:
            field_dict["accepted_prediction_tokens"] = self.accepted_prediction_tokens
        if self.rejected_prediction_tokens is not None:
            field_dict["rejected_prediction_tokens"] = self.rejected_prediction_tokens
        if self.audio_tokens is not None:
            field_dict["audio_tokens"] = self.audio_tokens
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
        v_reasoning_tokens = get("reasoning_tokens", _ABSENT)
        if v_reasoning_tokens is _ABSENT:
            v_reasoning_tokens = None
            absent += 1
        else:
            if not (type(v_reasoning_tokens) is int or integral(v_reasoning_tokens)):
                raise at("reasoning_tokens", bad(v_reasoning_tokens, "integer"))

        v_accepted_prediction_tokens = get("accepted_prediction_tokens", _ABSENT)
        if v_accepted_prediction_tokens is _ABSENT:
            v_accepted_prediction_tokens = None
            absent += 1
        else:
            if not (type(v_accepted_prediction_tokens) is int or integral(v_accepted_prediction_tokens)):
                raise at("accepted_prediction_tokens", bad(v_accepted_prediction_tokens, "integer"))

        v_rejected_prediction_tokens = get("rejected_prediction_tokens", _ABSENT)
        if v_rejected_prediction_tokens is _ABSENT:
            v_rejected_prediction_tokens = None
            absent += 1
        else:
            if not (type(v_rejected_prediction_tokens) is int or integral(v_rejected_prediction_tokens)):
                raise at("rejected_prediction_tokens", bad(v_rejected_prediction_tokens, "integer"))

        v_audio_tokens = get("audio_tokens", _ABSENT)
        if v_audio_tokens is _ABSENT:
            v_audio_tokens = None
            absent += 1
        else:
            if not (type(v_audio_tokens) is int or integral(v_audio_tokens)):
                raise at("audio_tokens", bad(v_audio_tokens, "integer"))

        v_text_tokens = get("text_tokens", _ABSENT)
        if v_text_tokens is _ABSENT:
            v_text_tokens = None
            absent += 1
        else:
            if not (type(v_text_tokens) is int or integral(v_text_tokens)):
                raise at("text_tokens", bad(v_text_tokens, "integer"))

        obj = new_model(cls)
        obj.reasoning_tokens = v_reasoning_tokens
        obj.accepted_prediction_tokens = v_accepted_prediction_tokens
        obj.rejected_prediction_tokens = v_rejected_prediction_tokens
        obj.audio_tokens = v_audio_tokens
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
