"""The effective spec, as shipped inside the package.

It is read lazily, on the first rule check, so that ``import thesys_c1`` stays
cheap; after that it is kept for the life of the process. How it is read
(references, operations, nullable unions) is ``specdoc``'s, shared with the
generator.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from . import specdoc
from .specdoc import Schema

__all__ = ["Schema", "component", "effective_spec", "operation", "operations", "request_schema", "resolve"]


@cache
def effective_spec() -> dict[str, Any]:
    text = resources.files("thesys_c1._generated").joinpath("openapi.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def resolve(schema: Schema, document: dict[str, Any] | None = None) -> Schema:
    """Follow ``$ref`` (local references only, as the spec uses) until a real schema."""
    return specdoc.resolve(schema, document if document is not None else effective_spec())


@cache
def operations() -> dict[str, tuple[str, str, Schema]]:
    """operationId -> (HTTP method, path, operation object)."""
    return {operation_id: (op.method, op.path, op.operation) for operation_id, op in _operations_by_id().items()}


@cache
def _operations_by_id() -> dict[str, specdoc.SpecOperation]:
    return {op.operation_id: op for op in specdoc.operations(effective_spec()) if op.operation_id is not None}


def operation(operation_id: str) -> specdoc.SpecOperation:
    """The spec's operation; LookupError naming it when the spec has none by that id."""
    try:
        return _operations_by_id()[operation_id]
    except KeyError:
        raise LookupError(f"the spec has no operation {operation_id!r}") from None


def request_schema(operation_id: str) -> Schema | None:
    """The JSON request body schema of an operation, or None when it takes no body."""
    schema = _operations_by_id()[operation_id].request_body_schema(effective_spec())
    return None if schema is None else resolve(schema)


def component(name: str) -> Schema:
    schema: Schema = effective_spec()["components"]["schemas"][name]
    return schema
