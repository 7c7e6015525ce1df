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
    missing,
    new_model,
    not_object,
)

if TYPE_CHECKING:
    from ..models.chat_completion_json_schema_schema import ChatCompletionJsonSchemaSchema


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "description",
        "schema",
        "strict",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionJsonSchema(GeneratedModel):
    """A named JSON Schema for structured output."""

    name: str
    """ The schema's name (letters, digits, `_` and `-`, at most 64 characters). """

    description: str | None = None
    """ What the output is for. """

    schema: ChatCompletionJsonSchemaSchema | None = None
    """ The JSON Schema the output must satisfy. """

    strict: bool | None = None
    """ Whether the schema is followed exactly. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["name"] = self.name
        if self.description is not None:
            field_dict["description"] = self.description
        if self.schema is not None:
            field_dict["schema"] = self.schema.to_dict()
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
            v_name = d["name"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not type(v_name) is str:
            raise at("name", bad(v_name, "string"))

        v_description = get("description", _ABSENT)
        if v_description is _ABSENT:
            v_description = None
        else:
            if not type(v_description) is str:
                raise at("description", bad(v_description, "string"))

        v_schema = get("schema", _ABSENT)
        if v_schema is _ABSENT:
            v_schema = None
        else:
            if type(v_schema) is not dict:
                raise at("schema", bad(v_schema, "object"))
            try:
                v_schema = _models.ChatCompletionJsonSchemaSchema.from_dict(v_schema)
            except ShapeError as error:
                raise at("schema", error) from None

        v_strict = get("strict", _ABSENT)
        if v_strict is _ABSENT:
            v_strict = None
        elif v_strict is None:
            nulls += ("strict",)
        else:
            if not type(v_strict) is bool:
                raise at("strict", bad(v_strict, "boolean or null"))

        obj = new_model(cls)
        obj.name = v_name
        obj.description = v_description
        obj.schema = v_schema
        obj.strict = v_strict
        if nulls:
            keep_nulls(obj, nulls)
        return obj
