"""The effective spec, as shipped inside the package.

It is read lazily, on the first rule check, so that ``import thesys_c1`` stays
cheap; after that it is kept for the life of the process.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

Schema = dict[str, Any]


@cache
def effective_spec() -> dict[str, Any]:
    text = resources.files("thesys_c1._generated").joinpath("openapi.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def resolve(schema: Schema, document: dict[str, Any] | None = None) -> Schema:
    """Follow ``$ref`` (local references only, as the spec uses) until a real schema."""
    root = document if document is not None else effective_spec()
    seen: set[str] = set()
    while "$ref" in schema:
        ref = schema["$ref"]
        if ref in seen or not ref.startswith("#/"):
            raise ValueError(f"cannot resolve schema reference {ref!r}")
        seen.add(ref)
        node: Any = root
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
    return schema


@cache
def operations() -> dict[str, tuple[str, str, Schema]]:
    """operationId -> (HTTP method, path, operation object)."""
    found: dict[str, tuple[str, str, Schema]] = {}
    for path, item in effective_spec().get("paths", {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = (method.upper(), path, operation)
    return found


def request_schema(operation_id: str) -> Schema | None:
    """The JSON request body schema of an operation, or None when it takes no body."""
    _, _, operation = operations()[operation_id]
    body = operation.get("requestBody")
    if body is None:
        return None
    content = resolve(body).get("content", {}).get("application/json")
    return None if content is None else resolve(content["schema"])


def component(name: str) -> Schema:
    schema: Schema = effective_spec()["components"]["schemas"][name]
    return schema
