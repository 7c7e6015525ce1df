from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from ..types import (
    GeneratedModel,
    at,
    bad,
    missing,
    new_model,
    not_const,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "refusal",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionContentPartRefusal(GeneratedModel):
    """A refusal by the model."""

    type: Literal["refusal"]

    refusal: str

    _wire_type: ClassVar[str | None] = "refusal"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["refusal"] = self.refusal
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
            v_type_ = d["type"]
            v_refusal = d["refusal"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "refusal" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "refusal"))

        if not type(v_refusal) is str:
            raise at("refusal", bad(v_refusal, "string"))

        obj = new_model(cls)
        obj.type = "refusal"
        obj.refusal = v_refusal
        return obj
