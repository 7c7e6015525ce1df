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
    missing,
    new_model,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_usage_input_tokens_details import ResponseUsageInputTokensDetails
    from ..models.response_usage_output_tokens_details import ResponseUsageOutputTokensDetails


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "input_tokens",
        "output_tokens",
        "total_tokens",
        "input_tokens_details",
        "output_tokens_details",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseUsage(GeneratedModel):
    """Token counts of a response."""

    input_tokens: int
    """ Tokens read. """

    output_tokens: int
    """ Tokens generated, reasoning included. """

    total_tokens: int
    """ Input and output tokens together. """

    input_tokens_details: ResponseUsageInputTokensDetails | None = None
    """ A breakdown of the input tokens. """

    output_tokens_details: ResponseUsageOutputTokensDetails | None = None
    """ A breakdown of the output tokens. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["input_tokens"] = self.input_tokens
        field_dict["output_tokens"] = self.output_tokens
        field_dict["total_tokens"] = self.total_tokens
        if self.input_tokens_details is not None:
            field_dict["input_tokens_details"] = self.input_tokens_details.to_dict()
        if self.output_tokens_details is not None:
            field_dict["output_tokens_details"] = self.output_tokens_details.to_dict()
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
        try:
            v_input_tokens = d["input_tokens"]
            v_output_tokens = d["output_tokens"]
            v_total_tokens = d["total_tokens"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not (type(v_input_tokens) is int or integral(v_input_tokens)):
            raise at("input_tokens", bad(v_input_tokens, "integer"))

        if not (type(v_output_tokens) is int or integral(v_output_tokens)):
            raise at("output_tokens", bad(v_output_tokens, "integer"))

        if not (type(v_total_tokens) is int or integral(v_total_tokens)):
            raise at("total_tokens", bad(v_total_tokens, "integer"))

        v_input_tokens_details = get("input_tokens_details", _ABSENT)
        if v_input_tokens_details is _ABSENT:
            v_input_tokens_details = None
            absent += 1
        else:
            if type(v_input_tokens_details) is not dict:
                raise at("input_tokens_details", bad(v_input_tokens_details, "object"))
            try:
                v_input_tokens_details = _models.ResponseUsageInputTokensDetails.from_dict(v_input_tokens_details)
            except ShapeError as error:
                raise at("input_tokens_details", error) from None

        v_output_tokens_details = get("output_tokens_details", _ABSENT)
        if v_output_tokens_details is _ABSENT:
            v_output_tokens_details = None
            absent += 1
        else:
            if type(v_output_tokens_details) is not dict:
                raise at("output_tokens_details", bad(v_output_tokens_details, "object"))
            try:
                v_output_tokens_details = _models.ResponseUsageOutputTokensDetails.from_dict(v_output_tokens_details)
            except ShapeError as error:
                raise at("output_tokens_details", error) from None

        obj = new_model(cls)
        obj.input_tokens = v_input_tokens
        obj.output_tokens = v_output_tokens
        obj.total_tokens = v_total_tokens
        obj.input_tokens_details = v_input_tokens_details
        obj.output_tokens_details = v_output_tokens_details
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
