"""Answer bodies made from the effective spec, and the same bodies broken one field at a time.

`full_sample` gives the fullest value a schema allows (every property, one
array item per tagged member of a union, so every output item and content part
type appears) and lists every field it wrote with the JSON types the spec
allows there. `breakages` turns that list into bodies that are off the spec's
shape at exactly one field: a value of a JSON type the field does not take, or
a required field left out. It reads the spec JSON shipped in the package but
shares no code with thesys_c1._lib.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

Segment = str | int
KINDS = ("string", "integer", "number", "boolean", "null", "object", "array")
# A value of each JSON type, to put where that type does not belong.
WRONG_VALUES: dict[str, Any] = {
    "integer": 5,
    "string": "text",
    "object": {},
    "array": [],
    "boolean": True,
    "null": None,
}


@cache
def _document() -> dict[str, Any]:
    text = resources.files("thesys_c1._generated").joinpath("openapi.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def component(name: str) -> dict[str, Any]:
    found: dict[str, Any] = _document()["components"]["schemas"][name]
    return found


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = component(schema["$ref"].rsplit("/", 1)[1])
    return schema


def branches(schema: dict[str, Any]) -> list[dict[str, Any]]:
    found = resolve(schema).get("anyOf") or resolve(schema).get("oneOf")
    if not found:
        return [schema]
    return [leaf for branch in found for leaf in branches(branch)]


def allowed_kinds(schema: dict[str, Any]) -> set[str]:
    """The JSON types a value may have under ``schema`` (all of them when it says nothing)."""
    kinds: set[str] = set()
    for branch in branches(schema):
        resolved = resolve(branch)
        kind = resolved.get("type")
        if isinstance(kind, str):
            kinds.add(kind)
            if kind == "number":
                kinds.add("integer")
        elif "const" in resolved or "enum" in resolved:
            values = [resolved["const"]] if "const" in resolved else resolved["enum"]
            kinds |= {kind_of(value) for value in values}
        elif "properties" in resolved:
            kinds.add("object")
        else:
            return set(KINDS)
    return kinds


def kind_of(value: Any) -> str:
    if value is None:
        return "null"
    for kind, python in (("boolean", bool), ("integer", int), ("number", float), ("string", str), ("array", list)):
        if isinstance(value, python):
            return kind
    return "object"


def tag_of(schema: dict[str, Any]) -> str | None:
    tag = resolve(schema).get("properties", {}).get("type", {})
    const = tag.get("const")
    return const if isinstance(const, str) else None


def path_text(path: tuple[Segment, ...]) -> str:
    text = ""
    for segment in path:
        text += f"[{segment}]" if isinstance(segment, int) else (f".{segment}" if text else segment)
    return text


@dataclass(frozen=True)
class Field:
    path: tuple[Segment, ...]
    schema: dict[str, Any]
    required: bool
    tag: bool
    """The ``type`` of a union member: another string there picks another member, so only its JSON type is broken."""


@dataclass
class Sample:
    value: Any
    fields: list[Field]
    schema: dict[str, Any]

    def records(self) -> Iterator[tuple[tuple[Segment, ...], dict[str, Any]]]:
        """The path and the object schema of every record (an object with fields) in the value."""
        for path, schema in [((), self.schema), *((field.path, field.schema) for field in self.fields)]:
            value = get(self.value, path)
            if isinstance(value, dict) and value:
                yield path, record_schema(schema, value)


def full_sample(schema_name: str, *, union_member: bool = False) -> Sample:
    """``union_member``: the schema is read as a member of a union, where its ``type`` picks it."""
    fields: list[Field] = []
    value = _sample(component(schema_name), (), fields, in_union=union_member)
    return Sample(value, fields, component(schema_name))


def record_schema(schema: dict[str, Any], value: dict[str, Any]) -> dict[str, Any]:
    """The object branch of ``schema`` that ``value`` was made from (the member its ``type`` names)."""
    objects = [resolve(b) for b in branches(schema) if "properties" in resolve(b)]
    for option in objects:
        if tag_of(option) is not None and tag_of(option) == value.get("type"):
            return option
    return objects[0]


def _sample(schema: dict[str, Any], path: tuple[Segment, ...], fields: list[Field], *, in_union: bool) -> Any:
    options = [b for b in branches(schema) if resolve(b).get("type") != "null"]
    if len(options) > 1:
        # Structured branches first: they have more fields to break.
        options.sort(key=lambda b: resolve(b).get("type") not in ("object", "array") and "properties" not in resolve(b))
        tagged = [b for b in options if tag_of(b) is not None]
        schema, in_union = (tagged or options)[0], bool(tagged)
    elif options:
        schema = options[0]
    else:
        return None
    schema = resolve(schema)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        required = set(schema.get("required", ()))
        body = {}
        for name, prop in schema.get("properties", {}).items():
            fields.append(Field((*path, name), prop, name in required, in_union and name == "type"))
            body[name] = _sample(prop, (*path, name), fields, in_union=False)
        return body
    if kind == "array":
        items = schema.get("items", {})
        members = [b for b in branches(items) if tag_of(b) is not None] or [items]
        values = []
        for index, member in enumerate(members):
            fields.append(Field((*path, index), items, True, False))
            values.append(
                _sample(member, (*path, index), fields, in_union=len(members) > 1 or tag_of(member) is not None)
            )
        return values
    return {"string": "text", "integer": 7, "number": 0.5, "boolean": False}.get(kind, "text")  # type: ignore[arg-type]


def get(value: Any, path: tuple[Segment, ...]) -> Any:
    for segment in path:
        value = value[segment]
    return value


@dataclass(frozen=True)
class Breakage:
    path: str
    how: str
    body: Any


def breakages(sample: Sample) -> Iterator[Breakage]:
    """Each body off the spec's shape at one field, with that field's path."""
    for field in sample.fields:
        allowed = allowed_kinds(field.schema)
        parent, last = get(sample.value, field.path[:-1]), field.path[-1]
        wrong = [kind for kind in ("integer", "string", "object", "array") if kind not in allowed][:1]
        if "null" not in allowed:
            wrong.append("null")
        if field.tag:
            wrong = ["integer"]
        for kind in wrong:
            body = copy.deepcopy(sample.value)
            get(body, field.path[:-1])[last] = WRONG_VALUES[kind]
            yield Breakage(path_text(field.path), f"{kind} where {' or '.join(sorted(allowed))} belongs", body)
        resolved = resolve(field.schema)
        if "const" in resolved and not field.tag:
            body = copy.deepcopy(sample.value)
            get(body, field.path[:-1])[last] = f"not-{resolved['const']}"
            yield Breakage(path_text(field.path), "another value where a const belongs", body)
        if field.required and isinstance(parent, dict):
            body = copy.deepcopy(sample.value)
            del get(body, field.path[:-1])[last]
            yield Breakage(path_text(field.path), "required field left out", body)
