"""Python types as JSON schemas, and JSON values checked and turned back into those types.

One walk over an annotation gives both halves, so the schema a tool sends and
the check its arguments get can never disagree. Supported: ``str``, ``int``,
``float``, ``bool``, ``None``, ``Literal``, ``Enum``, unions (``X | None``),
``list``/``Sequence``/``tuple``/``set``, ``dict[str, X]``, ``TypedDict``,
dataclasses, pydantic models (when pydantic is installed), ``Any`` and
``Annotated[X, "description"]``.

``strict`` says whether C1's strict mode can hold the schema: every object
closed (``additionalProperties: false``) with all its properties required.
"""

from __future__ import annotations

import dataclasses
import enum
import sys
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints, is_typeddict

Convert = Callable[[Any, str], Any]
_JSON_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}


class BadValue(Exception):
    """A value that does not fit its declared type; ``path`` is where (``city``, ``stops[2].name``)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}" if path else problem)
        self.path = path
        self.problem = problem


class UnsupportedType(TypeError):
    """An annotation that has no JSON schema here."""


@dataclass(frozen=True)
class Typed:
    schema: dict[str, Any]
    convert: Convert
    strict: bool


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _at(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def typed(annotation: Any, *, owner: str = "value") -> Typed:
    """The schema, converter and strictness of one annotation; ``owner`` names it in errors."""
    return TypeWalker().walk(annotation, owner)


def _primitive(python_type: type, name: str) -> Typed:
    def convert(value: Any, path: str) -> Any:
        if python_type is float:
            if isinstance(value, int | float) and not isinstance(value, bool):
                return float(value)
        elif python_type is int:
            if isinstance(value, int) and not isinstance(value, bool):
                return value
            if isinstance(value, float) and value.is_integer():
                return int(value)
        elif python_type is type(None):
            if value is None:
                return None
        elif type(value) is python_type:
            return value
        raise BadValue(path, f"must be {'null' if name == 'null' else 'a ' + name}, got {_kind(value)}")

    return Typed({"type": name}, convert, True)


def _identity(value: Any, path: str) -> Any:
    return value


class TypeWalker:
    def __init__(self) -> None:
        self._seen: set[Any] = set()

    def walk(self, annotation: Any, owner: str) -> Typed:
        if annotation is Any or annotation is object:
            return Typed({}, _identity, False)
        if annotation in _JSON_TYPES:
            return _primitive(annotation, _JSON_TYPES[annotation])
        origin = get_origin(annotation)
        if origin is typing.Annotated:
            inner, *extras = get_args(annotation)
            found = self.walk(inner, owner)
            descriptions = [extra for extra in extras if isinstance(extra, str)]
            if descriptions:
                return Typed({**found.schema, "description": descriptions[0]}, found.convert, found.strict)
            return found
        if origin is Literal:
            return self._literal(get_args(annotation))
        if origin in (Union, types.UnionType):
            return self._union(get_args(annotation), owner)
        if origin in (list, Sequence, set, frozenset, tuple) or annotation in (list, tuple, set):
            return self._array(annotation, origin or annotation, owner)
        if origin in (dict, Mapping) or annotation is dict:
            return self._mapping(get_args(annotation), owner)
        if isinstance(annotation, type):
            if issubclass(annotation, enum.Enum):
                return self._enum(annotation)
            if is_typeddict(annotation) or dataclasses.is_dataclass(annotation) or is_pydantic_model(annotation):
                return self.walk_object(annotation, owner)
        raise UnsupportedType(f"{owner}: the type {annotation!r} has no JSON schema (use str, int, float, bool, ...)")

    def _literal(self, values: tuple[Any, ...]) -> Typed:
        kinds = sorted({_JSON_TYPES[type(value)] for value in values if type(value) in _JSON_TYPES})
        schema: dict[str, Any] = {"enum": list(values)}
        if len(kinds) == 1:
            schema = {"type": kinds[0], **schema}
        allowed = list(values)

        def convert(value: Any, path: str) -> Any:
            for candidate in allowed:
                if value == candidate and type(value) is type(candidate):
                    return candidate
            raise BadValue(path, f"must be one of {', '.join(map(repr, allowed))}, got {value!r}")

        return Typed(schema, convert, True)

    def _enum(self, enum_type: type[enum.Enum]) -> Typed:
        values = [member.value for member in enum_type]
        literal = self._literal(tuple(values))

        def convert(value: Any, path: str) -> Any:
            return enum_type(literal.convert(value, path))

        return Typed(literal.schema, convert, True)

    def _union(self, members: tuple[Any, ...], owner: str) -> Typed:
        walked = [self.walk(member, owner) for member in members]
        # Nullable scalars read better as `"type": ["string", "null"]`, and strict mode accepts that form.
        if all(set(found.schema) == {"type"} and isinstance(found.schema["type"], str) for found in walked):
            schema: dict[str, Any] = {"type": [found.schema["type"] for found in walked]}
        else:
            schema = {"anyOf": [found.schema for found in walked]}

        def convert(value: Any, path: str) -> Any:
            problems = []
            for found in walked:
                try:
                    return found.convert(value, path)
                except BadValue as error:
                    problems.append(error.problem)
            raise BadValue(path, " or ".join(dict.fromkeys(problems)))

        return Typed(schema, convert, all(found.strict for found in walked))

    def _array(self, annotation: Any, container: Any, owner: str) -> Typed:
        arguments = get_args(annotation)
        if container is tuple and arguments and not (len(arguments) == 2 and arguments[1] is Ellipsis):
            raise UnsupportedType(f"{owner}: fixed-length tuples have no JSON schema here; use tuple[X, ...]")
        item = self.walk(arguments[0], owner) if arguments else Typed({}, _identity, False)
        build: Callable[[list[Any]], Any] = {tuple: tuple, set: set, frozenset: frozenset}.get(container, list)

        def convert(value: Any, path: str) -> Any:
            if not isinstance(value, list):
                raise BadValue(path, f"must be an array, got {_kind(value)}")
            return build([item.convert(element, _at(path, index)) for index, element in enumerate(value)])

        return Typed({"type": "array", "items": item.schema}, convert, item.strict)

    def _mapping(self, arguments: tuple[Any, ...], owner: str) -> Typed:
        if arguments and arguments[0] is not str:
            raise UnsupportedType(f"{owner}: JSON object keys are strings; use dict[str, X]")
        value_type = self.walk(arguments[1], owner) if arguments else Typed({}, _identity, False)

        def convert(value: Any, path: str) -> Any:
            if not isinstance(value, dict):
                raise BadValue(path, f"must be an object, got {_kind(value)}")
            return {key: value_type.convert(item, _at(path, key)) for key, item in value.items()}

        # Free keys: strict mode needs every property named, so it cannot hold this.
        return Typed({"type": "object", "additionalProperties": value_type.schema}, convert, False)

    def walk_object(self, cls: type, owner: str) -> Typed:
        if cls in self._seen:
            raise UnsupportedType(f"{owner}: {cls.__name__} refers to itself; recursive types are not supported")
        self._seen.add(cls)
        try:
            if is_pydantic_model(cls):
                return _pydantic(cls)
            fields = object_fields(cls)
            return self.fields(fields, owner, build=_builder(cls))
        finally:
            self._seen.discard(cls)

    def fields(self, fields: Sequence[Field], owner: str, *, build: Callable[[dict[str, Any]], Any]) -> Typed:
        walked = {field.name: self.walk(field.annotation, f"{owner}.{field.name}") for field in fields}
        properties = {}
        for field in fields:
            schema = walked[field.name].schema
            properties[field.name] = {**schema, "description": field.description} if field.description else schema
        required = [field.name for field in fields if field.required]
        schema = {"type": "object", "properties": properties, "required": required, "additionalProperties": False}
        strict = len(required) == len(fields) and all(found.strict for found in walked.values())
        defaults = {field.name: field.default for field in fields if not field.required}
        ordered = [field.name for field in fields]

        def convert(value: Any, path: str) -> Any:
            if not isinstance(value, dict):
                raise BadValue(path, f"must be an object, got {_kind(value)}")
            unknown = [key for key in value if key not in walked]
            if unknown:
                raise BadValue(_at(path, unknown[0]), "is not a parameter (additionalProperties is false)")
            missing = [name for name in required if name not in value]
            if missing:
                raise BadValue(_at(path, missing[0]), "is required but missing")
            converted = {key: walked[key].convert(item, _at(path, key)) for key, item in value.items()}
            # In the order the fields are declared, defaults filled in.
            return build({name: converted[name] if name in converted else defaults[name] for name in ordered})

        return Typed(schema, convert, strict)


class _NoDefault:
    def __repr__(self) -> str:
        return "<no default>"


_NO_DEFAULT: Any = _NoDefault()


@dataclass(frozen=True)
class Field:
    name: str
    annotation: Any
    required: bool
    default: Any = _NO_DEFAULT
    description: str | None = None


def resolved_hints(owner: Any, label: str) -> dict[str, Any]:
    """The annotations of a function or class, strings resolved in its module."""
    module = sys.modules.get(getattr(owner, "__module__", ""), None)
    try:
        return get_type_hints(owner, globalns=vars(module) if module else None, include_extras=True)
    except NameError as error:
        # String annotations (`from __future__ import annotations`) resolve only in the module's globals.
        raise UnsupportedType(f"{label}: an annotation names something not defined at module level ({error})") from None


def object_fields(cls: type) -> list[Field]:
    hints = resolved_hints(cls, cls.__name__)
    if is_typeddict(cls):
        required_keys = getattr(cls, "__required_keys__", frozenset(hints))
        # A key that may be left out has no default: it is simply absent from the dict.
        return [
            Field(name, _without_required(hint), _key_required(name, hint, required_keys))
            for name, hint in hints.items()
        ]
    fields = []
    for field in dataclasses.fields(cls):
        if not field.init:
            continue
        has_default = field.default is not dataclasses.MISSING or field.default_factory is not dataclasses.MISSING
        default = field.default if field.default is not dataclasses.MISSING else _NO_DEFAULT
        description = field.metadata.get("description") if field.metadata else None
        fields.append(Field(field.name, hints[field.name], not has_default, default, description))
    return fields


def _key_required(name: str, hint: Any, required_keys: frozenset[str]) -> bool:
    # Under `from __future__ import annotations` the class cannot see NotRequired in its string
    # annotations, so __required_keys__ alone would call every key required: the hint decides first.
    origin = get_origin(hint)
    if origin is typing.NotRequired:
        return False
    return origin is typing.Required or name in required_keys


def _without_required(hint: Any) -> Any:
    if get_origin(hint) in (typing.Required, typing.NotRequired):
        return get_args(hint)[0]
    return hint


def _builder(cls: type) -> Callable[[dict[str, Any]], Any]:
    if is_typeddict(cls):
        return lambda values: {key: value for key, value in values.items() if value is not _NO_DEFAULT}
    return lambda values: cls(**{key: value for key, value in values.items() if value is not _NO_DEFAULT})


def is_pydantic_model(cls: Any) -> bool:
    pydantic = sys.modules.get("pydantic")
    # Only when the caller's code has imported pydantic can its class be a model: never imported here.
    return pydantic is not None and isinstance(cls, type) and issubclass(cls, pydantic.BaseModel)


_NAMED_SCHEMAS = frozenset({"properties", "$defs", "definitions", "patternProperties"})
_DATA = frozenset({"default", "examples", "const", "enum"})


def _closed(schema: Any) -> tuple[Any, bool]:
    """The schema with every object closed and titles dropped, and whether strict mode can hold it."""
    if isinstance(schema, list):
        pairs = [_closed(item) for item in schema]
        return [item for item, _ in pairs], all(ok for _, ok in pairs)
    if not isinstance(schema, dict):
        return schema, True
    strict = True
    result: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _DATA:
            result[key] = value
        elif key == "title":
            continue
        elif key in _NAMED_SCHEMAS and isinstance(value, dict):
            named = {name: _closed(item) for name, item in value.items()}
            result[key] = {name: item for name, (item, _) in named.items()}
            strict = strict and all(ok for _, ok in named.values())
        else:
            result[key], ok = _closed(value)
            strict = strict and ok
    if result.get("type") == "object" or "properties" in result:
        if isinstance(result.get("additionalProperties"), dict) or result.get("additionalProperties") is True:
            strict = False
        else:
            result["additionalProperties"] = False
        properties = result.get("properties") or {}
        strict = strict and set(result.get("required") or ()) == set(properties)
    return result, strict


def _pydantic(cls: Any) -> Typed:
    import pydantic

    schema, strict = _closed(cls.model_json_schema())

    def convert(value: Any, path: str) -> Any:
        try:
            return cls.model_validate(value)
        except pydantic.ValidationError as error:
            first = error.errors()[0]
            where = path
            for key in first.get("loc", ()):
                where = _at(where, key if isinstance(key, int) else str(key))
            raise BadValue(where, str(first.get("msg", "is not valid")).lower()) from None

    return Typed(schema, convert, strict)
