"""The schema keywords: which ones the schema diff compares itself, and which way a change of any other moves."""

from __future__ import annotations

import math
from typing import Any

from .change import Schema
from .values import _NONE

_SIZE_KEYWORDS = (
    ("minLength", "maxLength", "characters"),
    ("minItems", "maxItems", "items"),
    ("minProperties", "maxProperties", "entries"),
)


_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
# Keywords holding one schema, a list of schemas, or a map of schemas that a
# value (or its items, entries or property names) must also meet: a change
# inside them moves the outer schema the same way. `not` and `if` are left to
# the generic comparison, as a change inside them turns the other way round.
_SUBSCHEMA = (
    "items",
    "additionalItems",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
    "then",
    "else",
)
_SUBSCHEMA_LISTS = ("allOf", "prefixItems")
_SUBSCHEMA_MAPS = ("patternProperties", "dependentSchemas")


# Compared by the methods of the schema diff (or, for x-c1-*, by c1_keys).
_COMPARED = frozenset(
    {
        "$ref",
        "type",
        "nullable",
        "enum",
        "const",
        *_BOUNDS,
        *(key for low, high, _ in _SIZE_KEYWORDS for key in (low, high)),
        "properties",
        "required",
        "additionalProperties",
        "anyOf",
        "oneOf",
        *_SUBSCHEMA,
        *_SUBSCHEMA_LISTS,
        *_SUBSCHEMA_MAPS,
    }
    # Prose for readers: no caller's code or request depends on it.
    | {"description", "title", "examples", "example", "$comment", "externalDocs", "summary"}
)
# Reported, never breaking: they tell tools and readers something but refuse no value.
_NOTICES = frozenset({"deprecated", "readOnly", "writeOnly"})
# What a keyword's absence means, so `uniqueItems: false` appearing is no change.
_ABSENT_MEANS: dict[str, Any] = {"uniqueItems": False, "deprecated": False, "readOnly": False, "writeOnly": False}
# Keywords whose change alters the generated model's Python type or what it
# sends by itself, so even one appearing is a change in both directions.
_SHAPES_MODEL = frozenset({"format", "contentEncoding", "contentMediaType", "discriminator", "default"})
_ALL_TYPES = frozenset({"object", "array", "string", "number", "integer", "boolean", "null"})


def _types(schema: Schema) -> frozenset[str]:
    value = schema.get("type")
    if value is None:
        return frozenset()
    types = frozenset([value] if isinstance(value, str) else value)
    # OpenAPI 3.0 spelled "may be null" as a separate flag.
    return types | {"null"} if schema.get("nullable") is True else types


def _type_text(types: frozenset[str]) -> str:
    return "/".join(sorted(types)) if types else "any"


def _keyword_direction(key: str, was: Any, now: Any) -> str:
    """tightened, loosened or changed: which way a change of a constraint keyword moves the accepted values."""
    if key in _SHAPES_MODEL:
        return "changed"
    if was is _NONE:
        return "tightened"  # a constraint appeared; nothing was refused by its absence
    if now is _NONE:
        return "loosened"
    if isinstance(was, bool) and isinstance(now, bool) and key == "uniqueItems":
        return "tightened" if now else "loosened"
    numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0 for v in (was, now))
    if key == "multipleOf" and numbers:
        if _divides(was, now):
            return "tightened"
        if _divides(now, was):
            return "loosened"
    if key == "dependentRequired" and isinstance(was, dict) and isinstance(now, dict):
        before = {(k, v) for k, names in was.items() if isinstance(names, list) for v in names}
        after = {(k, v) for k, names in now.items() if isinstance(names, list) for v in names}
        if before < after:
            return "tightened"
        if after < before:
            return "loosened"
    return "changed"


def _divides(small: float, large: float) -> bool:
    quotient = large / small
    return math.isclose(quotient, round(quotient))
