"""Keyword-argument TypedDicts for the client's methods, appended to ``params.py``.

The client's ``create(...)`` methods take the request body as keyword
arguments typed with ``**params: Unpack[<OperationId>Params]`` (PEP 692), so
editors and mypy know every parameter, its type and which are required, and a
spec change reaches the signatures without anyone editing them. Each TypedDict
is the operation's request-body TypedDict (written by datamodel-code-generator)
with two changes:

- ``stream`` is left out of operations that can answer with server-sent events:
  the method takes it itself, because its value decides the return type;
- where a plain dict is accepted, a generated model is accepted too (anything
  with ``to_dict()``, the ``SupportsToDict`` protocol), and lists are widened to
  ``Sequence`` so that a tuple or a ``list`` of a narrower type is accepted.

Before that, every named schema that is an open object with no properties of
its own (a function tool's ``parameters``, a JSON Schema) becomes
``dict[str, Any]``: datamodel-code-generator writes it as an empty TypedDict,
which accepts only ``{}``, so any real JSON Schema would be a type error.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from ..speclib import specdoc
from .model_names import ref_name

STREAM_SWITCH = "stream"
PROTOCOL = "SupportsToDict"
HEADER = (
    "\n\n"
    f"class {PROTOCOL}(Protocol):\n"
    '    """A generated model given where a plain dict is accepted; it is sent as its `to_dict()`."""\n'
    "\n"
    "    def to_dict(self) -> dict[str, Any]: ...\n"
)


class CallParamsError(Exception):
    pass


def params_class_name(operation_id: str) -> str:
    return operation_id[0].upper() + operation_id[1:] + "Params"


def append_call_params(params_path: Path, document: dict[str, Any]) -> None:
    source = _open_objects_as_dicts(params_path.read_text(encoding="utf-8"), document)
    tree = ast.parse(source)
    classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
    objectish = _object_like_names(tree, set(classes))

    blocks = [HEADER]
    for op in specdoc.operations(document):
        schema_name = ref_name(op.request_body_schema(document))
        if schema_name is None or op.operation_id is None:
            continue
        body_class = classes.get(schema_name)
        if body_class is None:
            raise CallParamsError(f"params.py has no TypedDict {schema_name} for {op.operation_id}")
        can_stream = any(media == "text/event-stream" for _, media, _ in op.success_contents(document))
        skip = {STREAM_SWITCH} if can_stream else set()
        blocks.append(_render(op.operation_id, op.method, op.path, body_class, skip, objectish))

    header, _, rest = source.partition("from __future__ import annotations\n")
    if not rest:
        raise CallParamsError("params.py does not start with `from __future__ import annotations`")
    imports = "from collections.abc import Sequence\nfrom typing import Protocol\n"
    params_path.write_text(
        header + "from __future__ import annotations\n\n" + imports + rest.rstrip("\n") + "".join(blocks),
        encoding="utf-8",
    )


def _is_open_object(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and schema.get("type") == "object"
        and not schema.get("properties")
        and schema.get("additionalProperties", True) is True
    )


def _open_objects_as_dicts(source: str, document: dict[str, Any]) -> str:
    schemas = document.get("components", {}).get("schemas", {})
    lines = source.splitlines(keepends=True)
    tree = ast.parse(source)
    # Bottom up, so that the line numbers of the classes still to replace stay right.
    for node in reversed(tree.body):
        if not isinstance(node, ast.ClassDef) or not _is_open_object(schemas.get(node.name)):
            continue
        if any(isinstance(stmt, ast.AnnAssign) for stmt in node.body):
            raise CallParamsError(f"params.py gives {node.name} fields, but its schema names no properties")
        assert node.end_lineno is not None
        alias = f"{node.name}: TypeAlias = dict[str, Any]\n"
        lines[node.lineno - 1 : node.end_lineno] = [alias]
    return "".join(lines)


def _object_like_names(tree: ast.Module, classes: set[str]) -> set[str]:
    """TypedDict classes and the aliases that (eventually) include one."""
    aliases: dict[str, ast.expr] = {}
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            aliases[node.target.id] = node.value
    names = set(classes)
    changed = True
    while changed:
        changed = False
        for alias, value in aliases.items():
            if alias not in names and _mentions(value, names):
                names.add(alias)
                changed = True
    return names


def _mentions(node: ast.expr, names: set[str]) -> bool:
    return any(isinstance(sub, ast.Name) and sub.id in names for sub in ast.walk(node))


def _members(node: ast.expr) -> list[ast.expr]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _members(node.left) + _members(node.right)
    return [node]


def _union(members: list[ast.expr]) -> ast.expr:
    result = members[0]
    for member in members[1:]:
        result = ast.BinOp(left=result, op=ast.BitOr(), right=member)
    return result


def _widen(node: ast.expr, objectish: set[str]) -> ast.expr:
    members: list[ast.expr] = []
    accepts_model = False
    for member in _members(node):
        if isinstance(member, ast.Subscript) and isinstance(member.value, ast.Name) and member.value.id == "list":
            element = member.slice
            if _mentions(element, objectish):
                element = _union([*_members(element), ast.Name(PROTOCOL)])
            members.append(ast.Subscript(value=ast.Name("Sequence"), slice=element))
        else:
            accepts_model = accepts_model or _mentions(member, objectish)
            members.append(member)
    if accepts_model:
        none = [m for m in members if isinstance(m, ast.Constant) and m.value is None]
        members = [*(m for m in members if m not in none), ast.Name(PROTOCOL), *none]
    return _union(members)


def _render(
    operation_id: str, method: str, path: str, body_class: ast.ClassDef, skip: set[str], objectish: set[str]
) -> str:
    note = f" without `{STREAM_SWITCH}`, which the method takes itself" if skip else ""
    lines = [
        "",
        "",
        f"class {params_class_name(operation_id)}(TypedDict):",
        f'    """Keyword arguments of `{operation_id}` (`{method} {path}`): its request body{note}."""',
        "",
    ]
    for node in body_class.body:
        if not (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)):
            continue
        if node.target.id in skip:
            continue
        annotation = node.annotation
        wrapped = (
            isinstance(annotation, ast.Subscript)
            and isinstance(annotation.value, ast.Name)
            and annotation.value.id == "NotRequired"
        )
        inner = annotation.slice if wrapped else annotation  # type: ignore[attr-defined]
        text = ast.unparse(_widen(inner, objectish))
        lines.append(f"    {node.target.id}: {f'NotRequired[{text}]' if wrapped else text}")
    if lines[-1] == "":
        lines.append("    pass")
    return "\n".join(lines) + "\n"
