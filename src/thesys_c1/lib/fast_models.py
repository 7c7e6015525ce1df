"""Building generated models from decoded JSON without the generated ``from_dict``.

A stream of 10,000 chunks spent most of its client time in ``from_dict``
(closures, casts and an import statement per nested object). For schemas that
are plain records (scalar fields, consts, nested records and lists of them,
each possibly nullable) a builder is compiled once from the spec: a single
constructor call with every field spelled out (about three times faster than
``from_dict`` on a C1 chunk). It builds exactly what ``from_dict`` builds, or
declines: anything it does not fully understand (an enum it would have to
check, a union, a wrong type, a missing required field, an unknown key on a
closed schema) raises ``Decline`` and the caller falls back to ``from_dict``,
which then gives its usual result or error. tests/test_fast_models.py holds
the two paths to the same results.

A builder also checks each field's JSON type as it reads it, with the tests
``shapes`` compiles from the spec, and declines a value that fails one: what
it builds has passed the same checks as ``shapes.check_for``, so the caller
runs those only after a decline (a stream chunk is read once, not twice).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import attrs

from .._generated.types import UNSET
from . import spec as _spec
from .model_lookup import model_class, schema_name_of
from .shapes import ShapeError, check_for, check_of, leaf_test

Builder = Callable[[Any], Any]
_SCALARS = frozenset({"string", "integer", "number", "boolean"})

# How a field's value becomes the attribute's value.
_PLAIN = 0  # as decoded (the generated code casts without converting)
_CONST = 1  # as decoded, and it must equal the const
_MODEL = 2  # a nested record
_MODELS = 3  # a list of nested records


class Decline(Exception):
    """The fast path does not handle this value; use ``from_dict``."""


def _nullable(schema: _spec.Schema) -> tuple[_spec.Schema, bool]:
    branches = schema.get("anyOf")
    if not branches:
        return schema, False
    others = [b for b in branches if _spec.resolve(b).get("type") != "null"]
    if len(others) == len(branches) - 1 and len(others) == 1:
        return others[0], True
    return schema, False


def _is_scalar(schema: _spec.Schema) -> bool:
    schema = _spec.resolve(schema)
    if "enum" in schema or "const" in schema:
        return False
    kind = schema.get("type")
    if kind in _SCALARS:
        return True
    if kind == "array":
        return _is_scalar(schema.get("items", {}))
    branches = schema.get("anyOf")
    if not branches:
        return False
    return all(_spec.resolve(b).get("type") == "null" or _is_scalar(b) for b in branches)


def _field_plan(prop: _spec.Schema) -> tuple[int, bool, Any] | None:
    """(how, nullable, const or nested builder) for one property, or None when the fast path cannot handle it."""
    inner, nullable = _nullable(prop)
    if "$ref" not in inner and _is_scalar(prop):
        return _PLAIN, False, None
    resolved = _spec.resolve(inner)
    if "const" in resolved and not nullable and resolved.get("type") in _SCALARS:
        return _CONST, False, resolved["const"]
    if "$ref" in inner and resolved.get("type") == "object":
        nested = builder_for(schema_name_of(inner))
        return None if nested is None else (_MODEL, nullable, nested)
    if resolved.get("type") == "array":
        items = resolved.get("items", {})
        if "$ref" in items and _spec.resolve(items).get("type") == "object":
            nested = builder_for(schema_name_of(items))
            return None if nested is None else (_MODELS, nullable, nested)
    return None


_COMPILING: set[str] = set()


@cache
def builder_for(schema_name: str) -> Builder | None:
    """A fast builder for the model of ``schema_name``, or None when the schema is not a plain record."""
    if schema_name in _COMPILING:
        return None  # a recursive schema: leave it to from_dict
    _COMPILING.add(schema_name)
    try:
        return _compile(schema_name)
    finally:
        _COMPILING.discard(schema_name)


def _compile(schema_name: str) -> Builder | None:
    schema = _spec.resolve(_spec.component(schema_name))
    if schema.get("type") != "object" or any(k in schema for k in ("anyOf", "oneOf", "allOf")):
        return None
    try:
        cls = model_class(schema_name)
        names = {field.name for field in attrs.fields(cls)}
    except (AttributeError, TypeError, attrs.exceptions.NotAnAttrsClassError):
        return None
    open_schema = "additional_properties" in names
    plain: dict[str, str] = {}
    nested: dict[str, tuple[str, int, bool, Any]] = {}
    for wire, prop in schema.get("properties", {}).items():
        attr = wire if wire in names else wire + "_"
        if attr not in names or not isinstance(prop, dict):
            return None
        field = _field_plan(prop)
        if field is None:
            return None
        if field[0] == _PLAIN:
            plain[wire] = attr
        else:
            nested[wire] = (attr, *field)
    known = frozenset(plain) | frozenset(nested)
    required = frozenset(schema.get("required", ()))
    check = check_for(schema_name)

    def general(data: Any) -> Any:
        if type(data) is not dict:
            raise Decline
        # Values with keys beyond the schema's are rare: checked whole here rather than field by field.
        try:
            check(data)
        except ShapeError:
            raise Decline from None
        keys = data.keys()
        if not required <= keys:
            raise Decline
        extra: dict[str, Any] | None = None
        if not keys <= known:
            if not open_schema:
                raise Decline
            extra = {key: value for key, value in data.items() if key not in known}
        values: dict[str, Any] = {}
        for key, value in data.items():
            attr = plain.get(key)
            if attr is not None:
                values[attr] = value
                continue
            entry = nested.get(key)
            if entry is not None:
                values[entry[0]] = _nested_value(entry, value)
        model = cls(**values)
        if extra:
            model.additional_properties = extra
        return model

    plain_schemas = {wire: schema["properties"][wire] for wire in plain}
    return _straight_line(schema_name, cls, plain, plain_schemas, nested, required, known, general)


def _nested_value(entry: tuple[str, int, bool, Any], value: Any) -> Any:
    _, how, nullable, detail = entry
    if value is UNSET:
        return UNSET
    if value is None and nullable:
        return None
    if how == _CONST:
        if value != detail:
            raise Decline
        return value
    if how == _MODEL:
        return detail(value)
    if type(value) is not list:
        raise Decline
    return [detail(item) for item in value]


def _straight_line(
    schema_name: str,
    cls: Any,
    plain: dict[str, str],
    plain_schemas: dict[str, _spec.Schema],
    nested: dict[str, tuple[str, int, bool, Any]],
    required: frozenset[str],
    known: frozenset[str],
    general: Builder,
) -> Builder:
    """The builder as straight-line code, one constructor call with every field spelled out, compiled once.

    Used for values with no keys beyond the schema's (all of them, in a C1
    stream); a value with more keys goes to ``general``, which keeps them in
    ``additional_properties``. Only attribute names and wire names taken from
    the spec and the generated class go into the source.
    """
    names = [*plain.values(), *(entry[0] for entry in nested.values())]
    if not all(name.isidentifier() and not name.startswith(("v_", "p_")) for name in names):
        return general
    scope: dict[str, Any] = {
        "cls": cls,
        "Decline": Decline,
        "ShapeError": ShapeError,
        "UNSET": UNSET,
        "required": required,
        "known": known,
        "general": general,
    }
    body = [
        "def build(data):",
        "    if type(data) is not dict:",
        "        raise Decline",
        "    if not data.keys() <= known:",
        "        return general(data)",
        "    get = data.get",
        "    try:",
    ]
    arguments = []
    for number, (wire, attr) in enumerate(plain.items()):
        value = f"p_{number}"
        body.append(f"        {value} = " + (f"data[{wire!r}]" if wire in required else f"get({wire!r}, UNSET)"))
        absent = "" if wire in required else f" and {value} is not UNSET"
        test = leaf_test(plain_schemas[wire])
        if test is None:  # an array of scalars: its items need a loop
            scope[f"check_{number}"] = check_of(plain_schemas[wire], f"{schema_name}.{wire}")
            steps = ["try:", f"    check_{number}({value})", "except ShapeError:", "    raise Decline from None"]
            if absent:
                body += [f"        if {value} is not UNSET:", *(f"            {step}" for step in steps)]
            else:
                body += [f"        {step}" for step in steps]
        elif test != "True":
            body += [f"        if not ({test.format(v=value)}){absent}:", "            raise Decline"]
        arguments.append(f"{attr}={value}")
    for number, (wire, (attr, how, nullable, detail)) in enumerate(nested.items()):
        value = f"v_{number}"
        scope[f"detail_{number}"] = detail
        body.append(f"        {value} = " + (f"data[{wire!r}]" if wire in required else f"get({wire!r}, UNSET)"))
        present = [] if wire in required else [f"{value} is not UNSET"]
        if nullable:
            present.append(f"{value} is not None")
        if how == _CONST:
            # The JSON type too: True == 1 in Python, not in JSON.
            scope[f"const_type_{number}"] = type(detail)
            steps = [f"if {value} != detail_{number} or type({value}) is not const_type_{number}:", "    raise Decline"]
        elif how == _MODEL:
            steps = [f"{value} = detail_{number}({value})"]
        else:
            steps = [
                f"if type({value}) is not list:",
                "    raise Decline",
                f"{value} = list(map(detail_{number}, {value}))",
            ]
        if present:
            body.append(f"        if {' and '.join(present)}:")
            body += [f"            {step}" for step in steps]
        else:
            body += [f"        {step}" for step in steps]
        arguments.append(f"{attr}={value}")
    # A required key that is missing raises KeyError here (free when nothing is missing).
    body += [f"        return cls({', '.join(arguments)})", "    except KeyError:", "        raise Decline from None"]
    source = "\n".join(body)
    exec(compile(source, f"<fast builder of {schema_name}>", "exec"), scope)
    built: Builder = scope["build"]
    return built
