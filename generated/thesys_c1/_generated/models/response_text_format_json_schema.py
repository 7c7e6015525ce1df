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
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_text_format_json_schema_schema import ResponseTextFormatJsonSchemaSchema


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "schema",
        "description",
        "strict",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseTextFormatJsonSchema(GeneratedModel):
    """Output that is JSON matching the given JSON Schema."""

    type: Literal["json_schema"]
    """ Always `json_schema`. """

    name: str
    """ A name for the format (letters, digits, `_` and `-`). """

    schema: ResponseTextFormatJsonSchemaSchema
    """ The JSON Schema the output must match. """

    description: str | None = None
    """ What the format is for, to guide the model. """

    strict: bool | None = None
    """ Whether the output must follow the schema exactly (only a subset of JSON Schema is allowed then). """

    _wire_type: ClassVar[str | None] = "json_schema"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["name"] = self.name
        field_dict["schema"] = self.schema.to_dict()
        if self.description is not None:
            field_dict["description"] = self.description
        if self.strict is not None:
            field_dict["strict"] = self.strict
        elif "strict" in getattr(self, "_null_keys", ()):
            field_dict["strict"] = None
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
        try:
            v_type_ = d["type"]
            v_name = d["name"]
            v_schema = d["schema"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "json_schema" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "json_schema"))

        if not type(v_name) is str:
            raise at("name", bad(v_name, "string"))

        if type(v_schema) is not dict:
            raise at("schema", bad(v_schema, "object"))
        try:
            v_schema = _models.ResponseTextFormatJsonSchemaSchema.from_dict(v_schema)
        except ShapeError as error:
            raise at("schema", error) from None

        v_description = get("description", _ABSENT)
        if v_description is _ABSENT:
            v_description = None
        else:
            if not type(v_description) is str:
                raise at("description", bad(v_description, "string"))

        v_strict = get("strict", _ABSENT)
        if v_strict is _ABSENT:
            v_strict = None
        elif v_strict is None:
            nulls += ("strict",)
        else:
            if not type(v_strict) is bool:
                raise at("strict", bad(v_strict, "boolean or null"))

        obj = new_model(cls)
        obj.type = "json_schema"
        obj.name = v_name
        obj.schema = v_schema
        obj.description = v_description
        obj.strict = v_strict
        if nulls:
            keep_nulls(obj, nulls)
        return obj
