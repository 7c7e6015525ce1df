"""``unions.py``: type aliases for the unions of models that have no class of their own.

openapi-python-client writes a class per object schema but nothing for a
schema that is only a union of references (``ResponseStreamEvent``,
``ConversationItem``, ``ResponseOutputItem``). The client returns such values,
so their types are written here, from the spec, for annotations and mypy. At
run time the client picks the member by the value's ``type`` from the same
``anyOf`` list in the shipped spec; these aliases are strings, never evaluated.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .model_names import ModelNameError, class_name, union_members

DOC = '"""Unions of generated models, one per spec schema that is a union of references."""'


def write_unions(target: Path, document: dict[str, Any], classes: dict[str, str]) -> None:
    aliases: list[tuple[str, list[str]]] = []
    for schema_name in document["components"]["schemas"]:
        members = union_members(schema_name, document)
        if members is None or schema_name in classes:
            continue
        names = [class_name(member, document) for member in members]
        if not all(name in classes for name in names):
            continue  # a union of enums or of other unions: no model classes to name
        aliases.append((schema_name, names))
    if not aliases:
        raise ModelNameError("the spec has no union of models, so unions.py would be empty")

    imports = sorted({name for _, names in aliases for name in names})
    lines = [DOC, "", "from typing import TYPE_CHECKING, TypeAlias", "", "if TYPE_CHECKING:"]
    lines += [f"    from .models.{classes[name]} import {name}" for name in imports]
    for alias, names in aliases:
        lines += ["", f'{alias}: TypeAlias = "{" | ".join(names)}"']
    lines += ["", "__all__ = ["] + [f'    "{alias}",' for alias, _ in aliases] + ["]", ""]
    target.write_text("\n".join(lines), encoding="utf-8")
