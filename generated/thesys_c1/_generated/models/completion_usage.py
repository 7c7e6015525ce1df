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
    from ..models.completion_usage_completion_tokens_details import CompletionUsageCompletionTokensDetails
    from ..models.completion_usage_prompt_tokens_details import CompletionUsagePromptTokensDetails


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "prompt_tokens",
        "completion_tokens",
        "total_tokens",
        "prompt_tokens_details",
        "completion_tokens_details",
    }
)
_ABSENT: Any = object()


@_attrs_define
class CompletionUsage(GeneratedModel):
    """Token counts for the request."""

    prompt_tokens: int
    """ Tokens in the input. """

    completion_tokens: int
    """ Tokens generated, reasoning included. """

    total_tokens: int
    """ Input and output tokens together. """

    prompt_tokens_details: CompletionUsagePromptTokensDetails | None = None

    completion_tokens_details: CompletionUsageCompletionTokensDetails | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["prompt_tokens"] = self.prompt_tokens
        field_dict["completion_tokens"] = self.completion_tokens
        field_dict["total_tokens"] = self.total_tokens
        if self.prompt_tokens_details is not None:
            field_dict["prompt_tokens_details"] = self.prompt_tokens_details.to_dict()
        elif "prompt_tokens_details" in getattr(self, "_null_keys", ()):
            field_dict["prompt_tokens_details"] = None
        if self.completion_tokens_details is not None:
            field_dict["completion_tokens_details"] = self.completion_tokens_details.to_dict()
        elif "completion_tokens_details" in getattr(self, "_null_keys", ()):
            field_dict["completion_tokens_details"] = None
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
            v_prompt_tokens = d["prompt_tokens"]
            v_completion_tokens = d["completion_tokens"]
            v_total_tokens = d["total_tokens"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not (type(v_prompt_tokens) is int or integral(v_prompt_tokens)):
            raise at("prompt_tokens", bad(v_prompt_tokens, "integer"))

        if not (type(v_completion_tokens) is int or integral(v_completion_tokens)):
            raise at("completion_tokens", bad(v_completion_tokens, "integer"))

        if not (type(v_total_tokens) is int or integral(v_total_tokens)):
            raise at("total_tokens", bad(v_total_tokens, "integer"))

        v_prompt_tokens_details = get("prompt_tokens_details", _ABSENT)
        if v_prompt_tokens_details is _ABSENT:
            v_prompt_tokens_details = None
            absent += 1
        elif v_prompt_tokens_details is None:
            nulls += ("prompt_tokens_details",)
        else:
            if type(v_prompt_tokens_details) is not dict:
                raise at("prompt_tokens_details", bad(v_prompt_tokens_details, "object or null"))
            try:
                v_prompt_tokens_details = _models.CompletionUsagePromptTokensDetails.from_dict(v_prompt_tokens_details)
            except ShapeError as error:
                raise at("prompt_tokens_details", error) from None

        v_completion_tokens_details = get("completion_tokens_details", _ABSENT)
        if v_completion_tokens_details is _ABSENT:
            v_completion_tokens_details = None
            absent += 1
        elif v_completion_tokens_details is None:
            nulls += ("completion_tokens_details",)
        else:
            if type(v_completion_tokens_details) is not dict:
                raise at("completion_tokens_details", bad(v_completion_tokens_details, "object or null"))
            try:
                v_completion_tokens_details = _models.CompletionUsageCompletionTokensDetails.from_dict(
                    v_completion_tokens_details
                )
            except ShapeError as error:
                raise at("completion_tokens_details", error) from None

        obj = new_model(cls)
        obj.prompt_tokens = v_prompt_tokens
        obj.completion_tokens = v_completion_tokens
        obj.total_tokens = v_total_tokens
        obj.prompt_tokens_details = v_prompt_tokens_details
        obj.completion_tokens_details = v_completion_tokens_details
        if nulls:
            keep_nulls(obj, nulls)
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
