from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    keep_nulls,
    new_model,
    not_object,
)

if TYPE_CHECKING:
    from ..models.chat_completion_moderation_config import ChatCompletionModerationConfig


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "input",
        "output",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionModerationPolicy(GeneratedModel):
    """Moderation settings for each side of the exchange."""

    input: ChatCompletionModerationConfig | None = None

    output: ChatCompletionModerationConfig | None = None

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.input is not None:
            field_dict["input"] = self.input.to_dict()
        elif "input" in getattr(self, "_null_keys", ()):
            field_dict["input"] = None
        if self.output is not None:
            field_dict["output"] = self.output.to_dict()
        elif "output" in getattr(self, "_null_keys", ()):
            field_dict["output"] = None
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
        v_input_ = get("input", _ABSENT)
        if v_input_ is _ABSENT:
            v_input_ = None
        elif v_input_ is None:
            nulls += ("input",)
        else:
            if type(v_input_) is not dict:
                raise at("input", bad(v_input_, "object or null"))
            try:
                v_input_ = _models.ChatCompletionModerationConfig.from_dict(v_input_)
            except ShapeError as error:
                raise at("input", error) from None

        v_output = get("output", _ABSENT)
        if v_output is _ABSENT:
            v_output = None
        elif v_output is None:
            nulls += ("output",)
        else:
            if type(v_output) is not dict:
                raise at("output", bad(v_output, "object or null"))
            try:
                v_output = _models.ChatCompletionModerationConfig.from_dict(v_output)
            except ShapeError as error:
                raise at("output", error) from None

        obj = new_model(cls)
        obj.input = v_input_
        obj.output = v_output
        if nulls:
            keep_nulls(obj, nulls)
        return obj
