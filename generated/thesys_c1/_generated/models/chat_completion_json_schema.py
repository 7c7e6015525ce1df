from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_json_schema_schema import ChatCompletionJsonSchemaSchema


T = TypeVar("T", bound="ChatCompletionJsonSchema")


@_attrs_define
class ChatCompletionJsonSchema:
    """A named JSON Schema for structured output."""

    name: str
    """ The schema's name (letters, digits, `_` and `-`, at most 64 characters). """
    description: str | Unset = UNSET
    """ What the output is for. """
    schema: ChatCompletionJsonSchemaSchema | Unset = UNSET
    """ The JSON Schema the output must satisfy. """
    strict: bool | None | Unset = UNSET
    """ Whether the schema is followed exactly. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if schema is not UNSET:
            field_dict["schema"] = schema
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_json_schema_schema import ChatCompletionJsonSchemaSchema  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: ChatCompletionJsonSchemaSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = ChatCompletionJsonSchemaSchema.from_dict(_schema)

        def _parse_strict(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        strict = _parse_strict(d.pop("strict", UNSET))

        chat_completion_json_schema = cls(
            name=name,
            description=description,
            schema=schema,
            strict=strict,
        )

        return chat_completion_json_schema
