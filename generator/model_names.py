"""Which generated model class stands for which schema of the effective spec."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any


class ModelNameError(Exception):
    pass


def ref_name(schema: Any) -> str | None:
    """``Name`` for a ``{"$ref": "#/components/schemas/Name"}``, else None."""
    if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        prefix = "#/components/schemas/"
        ref: str = schema["$ref"]
        if ref.startswith(prefix):
            return ref[len(prefix) :]
    return None


def class_name(schema_name: str, document: dict[str, Any]) -> str:
    # openapi-python-client names a model after the schema's title when it has
    # one (``Response`` is titled ``ResponseObject`` so that it cannot clash
    # with the generated ``types.Response``); the spec writes both in PascalCase.
    schema = document["components"]["schemas"][schema_name]
    title = schema.get("title")
    return title if isinstance(title, str) else schema_name


def union_members(schema_name: str, document: dict[str, Any]) -> list[str] | None:
    """The schema names of a union made only of references, else None."""
    schema = document["components"]["schemas"][schema_name]
    branches = schema.get("anyOf") or schema.get("oneOf")
    if not isinstance(branches, list) or set(schema) & {"type", "properties"}:
        return None
    names = [ref_name(branch) for branch in branches]
    if any(name is None for name in names):
        return None
    return [name for name in names if name is not None]


def generated_classes(models_dir: Path) -> dict[str, str]:
    """Model class name -> module name, read from the generated ``models/__init__.py``."""
    tree = ast.parse((models_dir / "__init__.py").read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            for alias in node.names:
                found[alias.name] = node.module
    if not found:
        raise ModelNameError(f"{models_dir}/__init__.py lists no models")
    return found


def response_schemas(document: dict[str, Any]) -> list[str]:
    """Schemas an operation answers with as JSON, unions expanded into their members."""
    found: list[str] = []
    for item in document.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for status, response in operation.get("responses", {}).items():
                if not str(status).startswith("2"):
                    continue
                content = response.get("content", {}).get("application/json")
                name = ref_name(content.get("schema")) if content else None
                if name is None:
                    continue
                members = union_members(name, document)
                for member in members if members is not None else [name]:
                    if member not in found:
                        found.append(member)
    return found
