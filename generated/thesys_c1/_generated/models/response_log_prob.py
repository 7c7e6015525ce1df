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
    item_error,
    missing,
    new_model,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_top_log_prob import ResponseTopLogProb


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "token",
        "logprob",
        "bytes",
        "top_logprobs",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseLogProb(GeneratedModel):
    """The log probability of one output token, with the likeliest alternatives."""

    token: str
    """ The token. """

    logprob: float
    """ Its log probability. """

    bytes: list[int] | None = None
    """ The token's UTF-8 bytes. """

    top_logprobs: list[ResponseTopLogProb] | None = None
    """ The likeliest tokens at this position. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["token"] = self.token
        field_dict["logprob"] = self.logprob
        if self.bytes is not None:
            field_dict["bytes"] = self.bytes
        if self.top_logprobs is not None:
            field_dict["top_logprobs"] = [item.to_dict() for item in self.top_logprobs]
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
            v_token = d["token"]
            v_logprob = d["logprob"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not type(v_token) is str:
            raise at("token", bad(v_token, "string"))

        if not (type(v_logprob) is int or type(v_logprob) is float):
            raise at("logprob", bad(v_logprob, "number"))

        v_bytes_ = get("bytes", _ABSENT)
        if v_bytes_ is _ABSENT:
            v_bytes_ = None
            absent += 1
        else:
            if type(v_bytes_) is not list:
                raise at("bytes", bad(v_bytes_, "array"))
            for index, item in enumerate(v_bytes_):
                if not (type(item) is int or integral(item)):
                    raise at("bytes", at(index, bad(item, "integer")))

        v_top_logprobs = get("top_logprobs", _ABSENT)
        if v_top_logprobs is _ABSENT:
            v_top_logprobs = None
            absent += 1
        else:
            if type(v_top_logprobs) is not list:
                raise at("top_logprobs", bad(v_top_logprobs, "array"))
            try:
                v_top_logprobs = (
                    list(map(_models.ResponseTopLogProb.from_dict, v_top_logprobs)) if v_top_logprobs else []
                )
            except ShapeError as error:
                raise at(
                    "top_logprobs", item_error(error, v_top_logprobs, _models.ResponseTopLogProb.from_dict)
                ) from None

        obj = new_model(cls)
        obj.token = v_token
        obj.logprob = v_logprob
        obj.bytes = v_bytes_
        obj.top_logprobs = v_top_logprobs
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
