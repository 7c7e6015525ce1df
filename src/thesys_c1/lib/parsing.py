"""From JSON to the generated models, choosing the model by what the spec says.

A schema of the spec maps to the model class openapi-python-client generated
for it. A schema that is a union of references has no class: its member is
chosen by the value's ``type`` against the ``const`` of each member's
``type``, as the spec's ``anyOf`` lists them; the member without a ``const``
(the catch-all the spec puts last) takes any type this SDK does not know yet,
so a new event or item type never breaks parsing.

Every value is first checked against the JSON types the spec gives its
fields (``shapes``, compiled from the spec like the fast path), because the
generated ``from_dict`` casts without looking: a value off the spec's shape
is a ``ParseError`` naming the field, never a model that crashes later.
Each model is then built by the fast path of ``fast_models`` when its schema
is a plain record, and by the generated ``from_dict`` otherwise (or when the
fast path declines a value); both give the same model.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from . import spec as _spec
from .fast_models import Builder, Decline, builder_for
from .model_lookup import model_class, schema_name_of
from .shapes import ShapeError, check_for

__all__ = ["ParseError", "model_class", "parse", "parser_for", "schema_name_of"]

_PARSE_ERRORS = (KeyError, ValueError, TypeError, AttributeError)
Parser = Callable[[Any], Any]


class ParseError(ValueError):
    """The value does not fit the schema's model; ``path`` is the JSON path of the field at fault, when known."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


def _shape_error(schema_name: str, error: ShapeError) -> ParseError:
    return ParseError(f"not a valid {schema_name}: {error}", path=error.path)


def _too_deep(schema_name: str) -> ParseError:
    return ParseError(f"not a valid {schema_name}: nested too deeply to read")


@cache
def _model_parser(schema_name: str) -> Parser:
    """Fast builder first, ``from_dict`` when it declines; errors are the generated code's."""
    from_dict = model_class(schema_name).from_dict
    fast = builder_for(schema_name)
    if fast is None:
        return from_dict  # type: ignore[no-any-return]

    def parse_model(data: Any) -> Any:
        try:
            return fast(data)
        except Decline:
            return from_dict(data)

    return parse_model


@dataclass(frozen=True)
class _Union:
    by_type: dict[str, Parser]
    untagged: tuple[Parser, ...]


@cache
def _union(schema_name: str) -> _Union | None:
    schema = _spec.component(schema_name)
    branches = schema.get("anyOf") or schema.get("oneOf")
    if not branches or "properties" in schema:
        return None
    by_type: dict[str, Parser] = {}
    untagged: list[Parser] = []
    for branch in branches:
        member = schema_name_of(branch)
        tag = _spec.resolve(_spec.component(member)).get("properties", {}).get("type", {})
        const = tag.get("const", tag["enum"][0] if len(tag.get("enum", ())) == 1 else None)
        if isinstance(const, str):
            by_type.setdefault(const, _model_parser(member))
        else:
            untagged.append(_model_parser(member))
    return _Union(by_type, tuple(untagged))


def _fast_members(schema_name: str) -> dict[str, Builder]:
    """The fast builder of each member of a union that has one, by the ``type`` that picks the member."""
    found: dict[str, Builder] = {}
    for branch in _spec.component(schema_name).get("anyOf") or _spec.component(schema_name).get("oneOf") or ():
        member = schema_name_of(branch)
        tag = _spec.resolve(_spec.component(member)).get("properties", {}).get("type", {})
        const = tag.get("const", tag["enum"][0] if len(tag.get("enum", ())) == 1 else None)
        if isinstance(const, str) and const not in found:
            found[const] = builder_for(member)  # type: ignore[assignment]
    return {tag: builder for tag, builder in found.items() if builder is not None}


def _parse_union(schema_name: str, union: _Union, data: Any) -> Any:
    if not isinstance(data, Mapping):
        raise ParseError(f"not a valid {schema_name}: expected an object, got {type(data).__name__}")
    tagged = union.by_type.get(data.get("type"))  # type: ignore[arg-type]
    candidates = ((tagged,) if tagged is not None else ()) + union.untagged
    for candidate in candidates:
        try:
            return candidate(data)
        except _PARSE_ERRORS:
            continue
    raise ParseError(f"not a valid {schema_name}: no member of the union accepts type {data.get('type')!r}")


@cache
def parser_for(schema_name: str) -> Parser:
    """The parse function of one schema, with every lookup done once (streams call it per event)."""
    check = check_for(schema_name)
    union = _union(schema_name)
    if union is not None:
        fast_members = _fast_members(schema_name)

        def parse_member(data: Any) -> Any:
            if type(data) is dict:
                tag = data.get("type")
                fast = fast_members.get(tag) if type(tag) is str else None
                if fast is not None:
                    try:
                        return fast(data)  # the member's own checks are the union's for this type
                    except Decline:
                        pass
            try:
                check(data)
            except ShapeError as error:
                raise _shape_error(schema_name, error) from None
            except RecursionError:
                raise _too_deep(schema_name) from None
            return _parse_union(schema_name, union, data)

        return parse_member
    from_dict = model_class(schema_name).from_dict
    fast = builder_for(schema_name)

    # One function, no wrappers: a stream calls this once per event.
    def parse_one(data: Any) -> Any:
        try:
            if fast is not None:
                try:
                    return fast(data)  # it checks each field as it reads it
                except Decline:
                    pass
            check(data)
            return from_dict(data)
        except ShapeError as error:
            raise _shape_error(schema_name, error) from None
        except RecursionError:
            raise _too_deep(schema_name) from None
        except _PARSE_ERRORS as error:
            raise ParseError(f"not a valid {schema_name}: {error!r}") from error

    return parse_one


def parse(schema_name: str, data: Any) -> Any:
    """``data`` (decoded JSON) as the model of ``schema_name``; ``ParseError`` naming the field when it does not fit."""
    return parser_for(schema_name)(data)
