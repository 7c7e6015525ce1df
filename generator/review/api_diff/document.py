"""Reading a spec document: its operations, and the references of parameters, bodies, responses and schemas."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ...speclib import specdoc
from .change import Schema

_METHODS = specdoc.HTTP_METHODS


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, Schema]]:
    for path, item in document.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method, operation in item.items():
            if method in _METHODS and isinstance(operation, dict):
                # Path-level parameters belong to every operation under the path.
                merged = {**operation, "parameters": [*shared, *operation.get("parameters", [])]}
                yield f"{method.upper()} {path}", merged


def _resolve(node: Any, document: dict[str, Any]) -> Any:
    # Parameters, bodies and responses may be references to components; schemas
    # are compared by name instead and never resolved here.
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and "/schemas/" not in node["$ref"]:
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            break
        seen.add(ref)
        target: Any = document
        for part in ref[2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
        node = target
    return node


def _resolved_all(nodes: Any, document: dict[str, Any]) -> list[Any]:
    return [_resolve(node, document) for node in nodes] if isinstance(nodes, list) else []


def _schema_target(schema: Schema, document: dict[str, Any]) -> Schema:
    ref = schema["$ref"]
    target: Any = document
    for part in ref.removeprefix("#/").split("/"):
        target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
    return target if isinstance(target, dict) else {}


def _ref_name(schema: Schema) -> str:
    return str(schema["$ref"]).rsplit("/", 1)[-1]
