"""From JSON to the generated models, choosing the model by what the spec says.

A schema of the spec maps to the model class openapi-python-client generated
for it (named after its ``title`` when it has one). A schema that is a union of
references has no class: its member is chosen by the value's ``type`` against
the ``const`` of each member's ``type``, as the spec's ``anyOf`` lists them;
the member without a ``const`` (the catch-all the spec puts last) takes any
type this SDK does not know yet, so a new event or item type never breaks
parsing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from typing import Any

from . import spec as _spec

_REF_PREFIX = "#/components/schemas/"
_PARSE_ERRORS = (KeyError, ValueError, TypeError, AttributeError)


class ParseError(ValueError):
    """The value does not fit the schema's model."""


def schema_name_of(ref_schema: Mapping[str, Any]) -> str:
    ref = ref_schema.get("$ref")
    if not isinstance(ref, str) or not ref.startswith(_REF_PREFIX):
        raise LookupError(f"expected a reference to a component schema, got {dict(ref_schema)!r}")
    return ref[len(_REF_PREFIX) :]


@cache
def model_class(schema_name: str) -> Any:
    """The generated model class of a component schema."""
    schema = _spec.component(schema_name)
    name = schema.get("title", schema_name)
    return getattr(import_module("thesys_c1._generated.models"), name)


@dataclass(frozen=True)
class _Union:
    by_type: dict[str, Any]
    untagged: tuple[Any, ...]


@cache
def _union(schema_name: str) -> _Union | None:
    schema = _spec.component(schema_name)
    branches = schema.get("anyOf") or schema.get("oneOf")
    if not branches or "properties" in schema:
        return None
    by_type: dict[str, Any] = {}
    untagged: list[Any] = []
    for branch in branches:
        member = schema_name_of(branch)
        tag = _spec.resolve(_spec.component(member)).get("properties", {}).get("type", {})
        const = tag.get("const", tag["enum"][0] if len(tag.get("enum", ())) == 1 else None)
        if isinstance(const, str):
            by_type.setdefault(const, model_class(member))
        else:
            untagged.append(model_class(member))
    return _Union(by_type, tuple(untagged))


def parse(schema_name: str, data: Any) -> Any:
    """``data`` (decoded JSON) as the model of ``schema_name``; ``ParseError`` when it does not fit."""
    union = _union(schema_name)
    if union is None:
        try:
            return model_class(schema_name).from_dict(data)
        except _PARSE_ERRORS as error:
            raise ParseError(f"not a valid {schema_name}: {error!r}") from error
    if not isinstance(data, Mapping):
        raise ParseError(f"not a valid {schema_name}: expected an object, got {type(data).__name__}")
    tagged = union.by_type.get(data.get("type"))  # type: ignore[arg-type]
    candidates = ((tagged,) if tagged is not None else ()) + union.untagged
    for candidate in candidates:
        try:
            return candidate.from_dict(data)
        except _PARSE_ERRORS:
            continue
    raise ParseError(f"not a valid {schema_name}: no member of the union accepts type {data.get('type')!r}")


def parser_for(schema_name: str) -> Callable[[Any], Any]:
    """A fast parse function for one schema, for streams: the lookups are done once."""
    union = _union(schema_name)
    if union is not None:
        return lambda data: parse(schema_name, data)
    from_dict = model_class(schema_name).from_dict

    def parse_one(data: Any) -> Any:
        try:
            return from_dict(data)
        except _PARSE_ERRORS as error:
            raise ParseError(f"not a valid {schema_name}: {error!r}") from error

    return parse_one
