"""Which generated model class stands for which component schema of the shipped spec."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import import_module
from typing import Any

from . import spec as _spec

_REF_PREFIX = "#/components/schemas/"


def schema_name_of(ref_schema: Mapping[str, Any]) -> str:
    ref = ref_schema.get("$ref")
    if not isinstance(ref, str) or not ref.startswith(_REF_PREFIX):
        raise LookupError(f"expected a reference to a component schema, got {dict(ref_schema)!r}")
    return ref[len(_REF_PREFIX) :]


@cache
def model_class(schema_name: str) -> Any:
    """The generated model class of a component schema (named after its title when it has one)."""
    schema = _spec.component(schema_name)
    name = schema.get("title", schema_name)
    return getattr(import_module("thesys_c1._generated.models"), name)
