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
    integral,
    keep_nulls,
    missing,
    new_model,
    not_object,
)

if TYPE_CHECKING:
    from ..models.chat_completion_choice_logprobs import ChatCompletionChoiceLogprobs
    from ..models.chat_completion_chunk_delta import ChatCompletionChunkDelta


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "index",
        "delta",
        "finish_reason",
        "logprobs",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionChunkChoice(GeneratedModel):
    """The change to one alternative answer."""

    index: int
    """ The position of this alternative. """

    delta: ChatCompletionChunkDelta
    """ What this chunk adds to the message. Any field may be missing or null: append the text fields and merge the
    tool calls by `index`. """

    finish_reason: None | str = None
    """ Null until the alternative ends, then why it ended: `stop`, `length`, `tool_calls`, `content_filter` or
    `function_call`. Other values may appear. """

    logprobs: ChatCompletionChoiceLogprobs | None = None
    """ Token log probabilities for this chunk, when asked for. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["index"] = self.index
        field_dict["delta"] = self.delta.to_dict()
        if self.finish_reason is not None:
            field_dict["finish_reason"] = self.finish_reason
        elif "finish_reason" in getattr(self, "_null_keys", ()):
            field_dict["finish_reason"] = None
        if self.logprobs is not None:
            field_dict["logprobs"] = self.logprobs.to_dict()
        elif "logprobs" in getattr(self, "_null_keys", ()):
            field_dict["logprobs"] = None
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
        try:
            v_index = d["index"]
            v_delta = d["delta"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not (type(v_index) is int or integral(v_index)):
            raise at("index", bad(v_index, "integer"))

        if type(v_delta) is not dict:
            raise at("delta", bad(v_delta, "object"))
        try:
            v_delta = _models.ChatCompletionChunkDelta.from_dict(v_delta)
        except ShapeError as error:
            raise at("delta", error) from None

        v_finish_reason = get("finish_reason", _ABSENT)
        if v_finish_reason is _ABSENT:
            v_finish_reason = None
            absent += 1
        elif v_finish_reason is None:
            nulls += ("finish_reason",)
        else:
            if not type(v_finish_reason) is str:
                raise at("finish_reason", bad(v_finish_reason, "string or null"))

        v_logprobs = get("logprobs", _ABSENT)
        if v_logprobs is _ABSENT:
            v_logprobs = None
            absent += 1
        elif v_logprobs is None:
            nulls += ("logprobs",)
        else:
            if type(v_logprobs) is not dict:
                raise at("logprobs", bad(v_logprobs, "object or null"))
            try:
                v_logprobs = _models.ChatCompletionChoiceLogprobs.from_dict(v_logprobs)
            except ShapeError as error:
                raise at("logprobs", error) from None

        obj = new_model(cls)
        obj.index = v_index
        obj.delta = v_delta
        obj.finish_reason = v_finish_reason
        obj.logprobs = v_logprobs
        if nulls:
            keep_nulls(obj, nulls)
        if len(d) + absent == 4:
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
