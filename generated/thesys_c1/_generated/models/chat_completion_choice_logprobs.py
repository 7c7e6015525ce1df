from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    item_error,
    keep_nulls,
    new_model,
    not_object,
)

if TYPE_CHECKING:
    from ..models.chat_completion_token_logprob import ChatCompletionTokenLogprob


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "content",
        "refusal",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionChoiceLogprobs(GeneratedModel):
    """Log probabilities of the answer's tokens."""

    content: list[ChatCompletionTokenLogprob] | None = None

    refusal: list[ChatCompletionTokenLogprob] | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.content is not None:
            field_dict["content"] = [item.to_dict() for item in self.content]
        elif "content" in getattr(self, "_null_keys", ()):
            field_dict["content"] = None
        if self.refusal is not None:
            field_dict["refusal"] = [item.to_dict() for item in self.refusal]
        elif "refusal" in getattr(self, "_null_keys", ()):
            field_dict["refusal"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        nulls: tuple[str, ...] = ()
        get = d.get
        absent = 0
        v_content = get("content", _ABSENT)
        if v_content is _ABSENT:
            v_content = None
            absent += 1
        elif v_content is None:
            nulls += ("content",)
        else:
            if type(v_content) is not list:
                raise at("content", bad(v_content, "array or null"))
            try:
                v_content = list(map(_models.ChatCompletionTokenLogprob.from_dict, v_content)) if v_content else []
            except ShapeError as error:
                raise at(
                    "content", item_error(error, v_content, _models.ChatCompletionTokenLogprob.from_dict)
                ) from None

        v_refusal = get("refusal", _ABSENT)
        if v_refusal is _ABSENT:
            v_refusal = None
            absent += 1
        elif v_refusal is None:
            nulls += ("refusal",)
        else:
            if type(v_refusal) is not list:
                raise at("refusal", bad(v_refusal, "array or null"))
            try:
                v_refusal = list(map(_models.ChatCompletionTokenLogprob.from_dict, v_refusal)) if v_refusal else []
            except ShapeError as error:
                raise at(
                    "refusal", item_error(error, v_refusal, _models.ChatCompletionTokenLogprob.from_dict)
                ) from None

        obj = new_model(cls)
        obj.content = v_content
        obj.refusal = v_refusal
        if nulls:
            keep_nulls(obj, nulls)
        if len(d) + absent == 2:
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
