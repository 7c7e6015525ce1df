"""What the generated models share: the error for an answer off its schema, the checks their ``from_dict`` calls
on the failure path, and the base class with the methods every model has."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from importlib import import_module
from typing import TYPE_CHECKING, Any, TypeVar

__all__ = ["GeneratedModel", "KnownItems", "ModelChoice", "ShapeError", "UnknownVariant"]


class ShapeError(ValueError):
    """A value that does not fit its schema; ``path`` is the JSON path of the field at fault."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem
        self._segments: list[str | int] = []  # innermost first: appended on the way out

    @property
    def path(self) -> str:
        text = ""
        for segment in reversed(self._segments):
            text += f"[{segment}]" if isinstance(segment, int) else (f".{segment}" if text else segment)
        return text

    def __str__(self) -> str:
        return f"{self.path or '<top level>'}: {self.problem}"


class UnknownVariant(ShapeError):
    """A value of an open union whose ``type`` no member names; ``value`` is it as the union's catch-all model.

    The union's type lists only its known members (so that ``.type ==`` narrows it), so such a value is never
    put where the union is expected: a list leaves it out (``KnownItems.unknown`` keeps it), and an object with
    a single field of the union does not fit its model (a stream hands such an event out as unknown).
    """

    def __init__(self, value: Any) -> None:
        super().__init__(f"type {_shown(value.type)} is not one this SDK knows")
        self.value = value


class GeneratedModel:
    """The methods every generated model has beside its fields, under the names openai-python uses."""

    # The attrs classes below stay slotted, with no per-instance dict. `_null_keys` holds the optional fields
    # that were null on the wire rather than absent (both read None), for `to_dict()` to write back; it is set
    # only when there are some, so that building an object costs nothing for it.
    __slots__ = ("_null_keys",)
    _null_keys: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    def model_dump(self) -> dict[str, Any]:
        """The object as JSON-ready data, as it is on the wire: the same as ``to_dict()``."""
        return self.to_dict()

    def model_dump_json(self, *, indent: int | None = None) -> str:
        """The object as JSON text."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)


class KnownItems(list[Any]):
    """A list field of an open union, with only the items of a known ``type``; ``unknown`` holds the others as
    ``(index on the wire, catch-all model)``, and ``encode`` puts them back in their places."""

    __slots__ = ("unknown",)

    def __init__(self, items: Iterable[Any], unknown: tuple[tuple[int, Any], ...]) -> None:
        super().__init__(items)
        self.unknown = unknown


def _known_items(items: list[Any], item_shape: Any) -> KnownItems:
    known: list[Any] = []
    unknown: list[tuple[int, Any]] = []
    for index, item in enumerate(items):
        try:
            known.append(decode(item, item_shape))
        except UnknownVariant as error:
            if error._segments:  # from deeper inside the item: the item itself is broken
                raise at(index, error) from None
            unknown.append((index, error.value))
        except ShapeError as error:
            raise at(index, error) from None
    return KnownItems(known, tuple(unknown))


def keep_nulls(model: GeneratedModel, nulls: tuple[str, ...]) -> None:
    model._null_keys = nulls


M = TypeVar("M", bound=GeneratedModel)

if TYPE_CHECKING:

    def new_model(cls: type[M]) -> M:
        """An instance with its slots still empty, for ``from_dict`` to fill."""

else:
    # `object.__new__` itself: a call through a Python function would cost as much as the stores it saves.
    new_model = object.__new__


def json_kind(value: Any) -> str:
    """The JSON type name of a decoded value, as error messages say it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


# For enum fields: a set test does not narrow the value to `str` for type checkers (see model.py.jinja).
STR_TYPE: frozenset[type] = frozenset({str})
INT_TYPE: frozenset[type] = frozenset({int})


def integral(value: Any) -> bool:
    """A JSON number with no fraction, given as a float (JSON has one number type: 3.0 is an integer to a schema)."""
    return type(value) is float and value.is_integer()


def at(segment: str | int, error: ShapeError) -> ShapeError:
    error._segments.append(segment)
    return error


def bad(value: Any, expected: str) -> ShapeError:
    return ShapeError(f"expected {expected}, got {json_kind(value)}")


def not_const(value: Any, const: Any) -> ShapeError:
    return ShapeError(f"must be {const!r}, got {_shown(value)}")


def missing(name: str) -> ShapeError:
    return at(name, ShapeError("is required but missing"))


def not_object(value: Any) -> ShapeError:
    return bad(value, "object")


def item_error(error: ShapeError, items: list[Any], decode: Callable[[Any], Any]) -> ShapeError:
    """The error of the first item that fails ``decode``, its index in the path.

    Lists are decoded in one comprehension; which item failed is found again
    only on the way out of a failure.
    """
    for index, item in enumerate(items):
        try:
            decode(item)
        except ShapeError as found:
            return at(index, found)
    return error


# A union field is described by nested tuples (written by the model template) and decoded by `decode`: unions are
# rare and short, so one small interpreter serves them all.
#   "string" "integer" "number" "boolean" "null" "any"   a JSON type
#   ("const", value)  ("model", "ClassName")  ("list", item)  ("union", (member, ...))
_TESTS: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: type(v) is str,
    # JSON has one number type: 3.0 is an integer as far as the schema is concerned.
    "integer": lambda v: type(v) is int or (type(v) is float and v.is_integer()),
    "number": lambda v: type(v) is int or type(v) is float,
    "boolean": lambda v: type(v) is bool,
    "null": lambda v: v is None,
    "any": lambda v: True,
}


_MODELS: Any = None


def _models() -> Any:
    global _MODELS
    if _MODELS is None:
        _MODELS = import_module(".models", __package__)
    return _MODELS


def kind_of(shape: Any) -> str:
    """The JSON type a described member takes."""
    if type(shape) is str:
        return shape
    tag = shape[0]
    if tag == "model":
        return "object"
    if tag == "list":
        return "array"
    if tag == "const":
        return json_kind(shape[1])
    return "any"


def decode(value: Any, shape: Any) -> Any:
    """``value`` checked against the described shape, with nested models built; ShapeError when it does not fit."""
    if type(shape) is str:
        if not _TESTS[shape](value):
            raise bad(value, shape)
        return value
    tag = shape[0]
    if tag == "const":
        const = shape[1]
        if value != const or type(value) is not type(const):
            raise not_const(value, const)
        return value
    if tag == "model":
        return getattr(_models(), shape[1]).from_dict(value)
    if tag == "list":
        if type(value) is not list:
            raise bad(value, "array")
        item_shape = shape[1]
        if item_shape == "any":
            return value
        try:
            return [decode(item, item_shape) for item in value]
        except UnknownVariant:
            return _known_items(value, item_shape)
        except ShapeError as error:
            raise item_error(error, value, lambda item: decode(item, item_shape)) from None
    return _decode_union(value, shape[1])


def _fits_kind(value: Any, kind: str) -> bool:
    if kind == "object":
        return isinstance(value, dict)
    if kind == "array":
        return type(value) is list
    return _TESTS[kind](value)


def _decode_union(value: Any, members: tuple[Any, ...]) -> Any:
    candidates = [member for member in members if _fits_kind(value, kind_of(member))]
    if not candidates:
        raise bad(value, " or ".join(dict.fromkeys(kind_of(member) for member in members)))
    models = [member for member in candidates if type(member) is not str and member[0] == "model"]
    if models and len(models) == len(candidates):
        return one_of_models(value, tuple(member[1] for member in models))
    first: ShapeError | None = None
    for member in candidates:
        try:
            return decode(value, member)
        except ShapeError as error:
            first = first or error
    assert first is not None
    raise first


class ModelChoice:
    """Members of a union of models, by the ``type`` that picks each; members without a fixed ``type`` take
    any type no member names (a catch-all the spec lists last)."""

    __slots__ = ("by_tag", "tags", "untagged")

    def __init__(self, classes: Iterable[Any]) -> None:
        self.by_tag: dict[str, Any] = {}
        self.untagged: list[Any] = []
        for cls in classes:
            if cls._wire_type is None:
                self.untagged.append(cls)
            else:
                self.by_tag.setdefault(cls._wire_type, cls)
        self.tags = sorted(self.by_tag)

    def build(self, value: Mapping[str, Any]) -> Any:
        tag = value.get("type")
        cls = self.by_tag.get(tag) if type(tag) is str else None
        if cls is not None:
            return cls.from_dict(value)
        if not self.untagged:
            raise at("type", ShapeError(f"expected one of {', '.join(map(repr, self.tags))}, got {_shown(tag)}"))
        first: ShapeError | None = None
        for cls in self.untagged:
            try:
                return cls.from_dict(value)
            except ShapeError as error:
                first = first or error
        assert first is not None
        raise first


_CHOICES: dict[tuple[str, ...], tuple[ModelChoice, Any]] = {}


def _choice(names: tuple[str, ...]) -> tuple[ModelChoice, Any]:
    catch_all = import_module(".unions", __package__).CATCH_ALLS.get(frozenset(names))
    models = _models()
    return ModelChoice(getattr(models, name) for name in names), catch_all and getattr(models, catch_all)


def one_of_models(value: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    found = _CHOICES.get(names)
    if found is None:
        found = _CHOICES[names] = _choice(names)
    choice, catch_all = found
    if catch_all is not None and value.get("type") not in choice.by_tag:
        raise UnknownVariant(catch_all.from_dict(value))
    return choice.build(value)


def encode(value: Any) -> Any:
    """A field value as JSON-ready data (models of a union field, and lists of them, by their ``to_dict``)."""
    if isinstance(value, GeneratedModel):
        return value.to_dict()
    if type(value) is list:
        return [encode(item) for item in value]
    if type(value) is KnownItems:
        items = [encode(item) for item in value]
        for index, unknown in value.unknown:
            items.insert(index, unknown.to_dict())
        return items
    return value
