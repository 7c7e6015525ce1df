from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.chat_completion_json_schema import ChatCompletionJsonSchema


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "json_schema",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionResponseFormatJsonSchema(GeneratedModel):
    """JSON matching the given schema."""

    type: Literal["json_schema"]

    json_schema: ChatCompletionJsonSchema
    """ A named JSON Schema for structured output. """

    _wire_type: ClassVar[str | None] = "json_schema"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["json_schema"] = self.json_schema.to_dict()
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
            v_json_schema = d["json_schema"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "json_schema" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "json_schema"))

        if type(v_json_schema) is not dict:
            raise at("json_schema", bad(v_json_schema, "object"))
        try:
            v_json_schema = _models.ChatCompletionJsonSchema.from_dict(v_json_schema)
        except ShapeError as error:
            raise at("json_schema", error) from None

        obj = new_model(cls)
        obj.type = "json_schema"
        obj.json_schema = v_json_schema
        return obj
