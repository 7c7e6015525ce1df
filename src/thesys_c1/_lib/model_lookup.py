"""Which generated model class stands for which component schema of the shipped spec.

The names come from the generated ``model_table`` (the generator knows each
schema's class); the classes are imported from the lazy models package only
when asked for.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import import_module
from typing import Any

from .._generated.model_table import MODEL_CLASSES, UNION_MEMBERS

_REF_PREFIX = "#/components/schemas/"


def schema_name_of(ref_schema: Mapping[str, Any]) -> str:
    ref = ref_schema.get("$ref")
    if not isinstance(ref, str) or not ref.startswith(_REF_PREFIX):
        raise LookupError(f"expected a reference to a component schema, got {dict(ref_schema)!r}")
    return ref[len(_REF_PREFIX) :]


@cache
def model_class(schema_name: str) -> Any:
    """The generated model class of a component schema (named after its title when it has one)."""
    return getattr(import_module("thesys_c1._generated.models"), MODEL_CLASSES[schema_name])


def union_member_classes(schema_name: str) -> list[Any] | None:
    """The member classes of a union of models, in the spec's branch order; None for a schema that is not one."""
    names = UNION_MEMBERS.get(schema_name)
    if names is None:
        return None
    models = import_module("thesys_c1._generated.models")
    return [getattr(models, name) for name in names]
