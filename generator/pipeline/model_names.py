"""Which generated model class stands for which schema of the effective spec."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from ..speclib import specdoc


class ModelNameError(Exception):
    pass


ref_name = specdoc.ref_name


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


def fixed_type(schema_name: str, document: dict[str, Any]) -> str | None:
    """The one value a schema's ``type`` property may take (its ``const``, or a one-value ``enum``), else None."""
    schema = document["components"]["schemas"][schema_name]
    prop = (schema.get("properties") or {}).get("type")
    if not isinstance(prop, dict):
        return None
    if isinstance(prop.get("const"), str):
        return str(prop["const"])
    values = prop.get("enum")
    if isinstance(values, list) and len(values) == 1 and isinstance(values[0], str):
        return values[0]
    return None


def catch_all_member(schema_name: str, document: dict[str, Any]) -> str | None:
    """The member of an open union that takes every ``type`` no other member names, if the union has one.

    Such a union is told apart by ``type``: all its members but this one fix their ``type``, and this one takes
    any string (the types newer than the spec). The catch-all is kept out of the union's type (see codegen.py)
    only where two known members are left: openapi-python-client writes a union of one member as that member,
    whose model would refuse every other type, so such a union keeps its catch-all.
    """
    members = union_members(schema_name, document)
    if not members:
        return None
    untyped = [name for name in members if fixed_type(name, document) is None]
    if len(untyped) != 1 or len(members) < 3:
        return None
    (catch_all,) = untyped
    prop = document["components"]["schemas"][catch_all].get("properties", {}).get("type")
    return catch_all if isinstance(prop, dict) and prop.get("type") == "string" else None


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
    for op in specdoc.operations(document):
        for _, media_type, schema in op.success_contents(document):
            name = ref_name(schema) if media_type == "application/json" else None
            if name is None:
                continue
            members = union_members(name, document)
            for member in members if members is not None else [name]:
                if member not in found:
                    found.append(member)
    return found
