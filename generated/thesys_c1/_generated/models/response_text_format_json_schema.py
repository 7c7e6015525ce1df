from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_text_format_json_schema_schema import ResponseTextFormatJsonSchemaSchema


T = TypeVar("T", bound="ResponseTextFormatJsonSchema")


@_attrs_define
class ResponseTextFormatJsonSchema:
    """Output that is JSON matching the given JSON Schema."""

    type_: Literal["json_schema"]
    """ Always `json_schema`. """
    name: str
    """ A name for the format (letters, digits, `_` and `-`). """
    schema: ResponseTextFormatJsonSchemaSchema
    """ The JSON Schema the output must match. """
    description: str | Unset = UNSET
    """ What the format is for, to guide the model. """
    strict: bool | None | Unset = UNSET
    """ Whether the output must follow the schema exactly (only a subset of JSON Schema is allowed then). """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        name = self.name

        schema = self.schema.to_dict()

        description = self.description

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "name": name,
                "schema": schema,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_text_format_json_schema_schema import ResponseTextFormatJsonSchemaSchema  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["json_schema"], d.pop("type"))
        if type_ != "json_schema":
            raise ValueError(f"type must match const 'json_schema', got '{type_}'")

        name = d.pop("name")

        schema = ResponseTextFormatJsonSchemaSchema.from_dict(d.pop("schema"))

        description = d.pop("description", UNSET)

        def _parse_strict(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        strict = _parse_strict(d.pop("strict", UNSET))

        response_text_format_json_schema = cls(
            type_=type_,
            name=name,
            schema=schema,
            description=description,
            strict=strict,
        )

        return response_text_format_json_schema

    @property
    def type(self) -> Literal["json_schema"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
