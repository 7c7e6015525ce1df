"""``unions.py``: type aliases for the unions of models that have no class of their own.

openapi-python-client writes a class per object schema but nothing for a
schema that is only a union of references (``ResponseStreamEvent``,
``ConversationItem``, ``ResponseOutputItem``). The client returns such values,
so their types are written here, from the spec, for annotations and mypy. At
run time the client picks the member by the value's ``type`` from the same
members, as ``model_table.py`` lists them; these aliases are strings, never evaluated.

An open union (one whose last member takes every ``type`` the others do not
name) is written without that catch-all, so that comparing ``.type`` with a
literal narrows it; ``CATCH_ALLS`` tells the run time which model keeps the
values of other types, by the names of the known members.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .model_names import ModelNameError, catch_all_member, class_name, union_members

DOC = '"""Unions of generated models, one per spec schema that is a union of references."""'


def write_unions(target: Path, document: dict[str, Any], classes: dict[str, str]) -> None:
    aliases: list[tuple[str, list[str]]] = []
    catch_alls: dict[tuple[str, ...], str] = {}
    for schema_name in document["components"]["schemas"]:
        members = union_members(schema_name, document)
        if members is None or schema_name in classes:
            continue
        catch_all = catch_all_member(schema_name, document)
        names = [class_name(member, document) for member in members if member != catch_all]
        if not all(name in classes for name in names):
            continue  # a union of enums or of other unions: no model classes to name
        aliases.append((schema_name, names))
        if catch_all is not None:
            catch_alls[tuple(sorted(names))] = class_name(catch_all, document)
    if not aliases:
        raise ModelNameError("the spec has no union of models, so unions.py would be empty")

    imports = sorted({name for _, names in aliases for name in names})
    lines = [DOC, "", "from typing import TYPE_CHECKING, TypeAlias", "", "if TYPE_CHECKING:"]
    lines += [f"    from .models.{classes[name]} import {name}" for name in imports]
    for alias, names in aliases:
        lines += ["", f'{alias}: TypeAlias = "{" | ".join(names)}"']
    lines += ["", "", "# The model of the values of an open union whose `type` no member names, by the members' names."]
    lines += ["CATCH_ALLS: dict[frozenset[str], str] = {"]
    for names_key, catch_all in sorted(catch_alls.items()):
        members_text = ", ".join(f'"{name}"' for name in names_key)
        lines.append(f'    frozenset({{{members_text}}}): "{catch_all}",')
    lines += ["}"]
    lines += ["", "__all__ = ["] + [f'    "{alias}",' for alias, _ in aliases] + ["]", ""]
    target.write_text("\n".join(lines), encoding="utf-8")
