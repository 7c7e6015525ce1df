"""From JSON to the generated models, choosing the model by what the spec says.

A schema of the spec maps to the model class openapi-python-client generated
for it. A schema that is a union of references has no class: its member is
chosen by the value's ``type`` against the ``const`` of each member's
``type``, as the spec's ``anyOf`` lists them; the member without a ``const``
(the catch-all the spec puts last) takes any type this SDK does not know yet,
so a new event or item type never breaks parsing. A known member that holds a
value of an unknown type where its field takes one value (an
``output_item.added`` event of a new item type) cannot be that member, whose
field lists only known types: it goes to the catch-all too, whole.

The generated ``from_dict`` checks every field's JSON type as it reads it
(see generator/templates/model.py.jinja): a value off the spec's shape is a
``ParseError`` naming the field, never a model that crashes later.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from .._generated.types import ModelChoice, ShapeError, UnknownVariant
from .model_lookup import model_class, schema_name_of, union_member_classes

__all__ = ["ParseError", "model_class", "parse", "parser_for", "schema_name_of"]

# What a generated check function raises for a value it cannot even compare (an enum given a list).
_PARSE_ERRORS = (KeyError, ValueError, TypeError, AttributeError)
Parser = Callable[[Any], Any]


class ParseError(ValueError):
    """The value does not fit the schema's model; ``path`` is the JSON path of the field at fault, when known."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


@cache
def parser_for(schema_name: str) -> Parser:
    """The parse function of one schema, with every lookup done once (streams call it per event)."""
    members = union_member_classes(schema_name)
    if members is not None:
        choice = ModelChoice(members)
        by_tag = choice.by_tag
        catch_all = choice.untagged[0] if len(choice.untagged) == 1 else None

        def build(data: Any) -> Any:
            if not isinstance(data, Mapping):
                raise ShapeError(f"expected an object, got {type(data).__name__}")
            return choice.build(data)

        # A stream's events: the member found by `type` in one step, the rest (catch-all, errors) by `build`.
        def parse_member(data: Any) -> Any:
            if type(data) is dict:
                tag = data.get("type")
                cls = by_tag.get(tag) if type(tag) is str else None
                if cls is not None:
                    try:
                        return cls.from_dict(data)
                    except UnknownVariant as error:
                        if catch_all is None:
                            raise ParseError(f"not a valid {schema_name}: {error}", path=error.path) from None
                        return catch_all.from_dict(data)
                    except ShapeError as error:
                        raise ParseError(f"not a valid {schema_name}: {error}", path=error.path) from None
                    except RecursionError:
                        raise ParseError(f"not a valid {schema_name}: nested too deeply to read") from None
            return parse_one(data)

    else:
        build = model_class(schema_name).from_dict

    # One function, no wrappers: a stream calls this once per event.
    def parse_one(data: Any) -> Any:
        try:
            return build(data)
        except ShapeError as error:
            raise ParseError(f"not a valid {schema_name}: {error}", path=error.path) from None
        except RecursionError:
            raise ParseError(f"not a valid {schema_name}: nested too deeply to read") from None
        except _PARSE_ERRORS as error:
            raise ParseError(f"not a valid {schema_name}: {error!r}") from error

    return parse_one if members is None else parse_member


def parse(schema_name: str, data: Any) -> Any:
    """``data`` (decoded JSON) as the model of ``schema_name``; ``ParseError`` naming the field when it does not fit."""
    return parser_for(schema_name)(data)
