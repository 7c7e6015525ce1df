"""Rewrite a generated package ``__init__.py`` so that it imports on first use.

openapi-python-client writes ``models/__init__.py`` as one import per model
(some 280 modules, about 0.4 s). Importing any one model would pay for all of
them. The rewritten module keeps the same names, for mypy through
``TYPE_CHECKING`` imports and at run time through a module ``__getattr__``
(PEP 562) that imports only the submodule that defines the name asked for.
"""

from __future__ import annotations

import ast
from pathlib import Path


class LazyInitError(Exception):
    pass


def make_lazy(init_path: Path) -> None:
    source = init_path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    docstring = ast.get_docstring(tree, clean=False)
    origin: dict[str, str] = {}
    exported: list[str] | None = None
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            for alias in node.names:
                if alias.asname not in (None, alias.name):
                    raise LazyInitError(f"{init_path}: renamed import {alias.name} as {alias.asname}")
                origin[alias.name] = node.module
        elif isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__all__" for target in node.targets
        ):
            exported = [ast.literal_eval(element) for element in node.value.elts]  # type: ignore[attr-defined]
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and node.value.value == docstring:
            continue
        else:
            raise LazyInitError(f"{init_path}: unexpected statement on line {node.lineno}")
    if not origin:
        return
    names = exported if exported is not None else sorted(origin)
    missing = [name for name in names if name not in origin]
    if missing:
        raise LazyInitError(f"{init_path}: __all__ names {missing} are not imported")
    init_path.write_text(_render(docstring, origin, names), encoding="utf-8")


def _render(docstring: str | None, origin: dict[str, str], names: list[str]) -> str:
    lines: list[str] = []
    if docstring is not None:
        lines += [f'"""{docstring}"""', ""]
    lines += [
        "from importlib import import_module",
        "from typing import TYPE_CHECKING, Any",
        "",
        "if TYPE_CHECKING:",
    ]
    lines += [f"    from .{origin[name]} import {name}" for name in names]
    lines += ["", "# Each name is imported from its own submodule on first use (PEP 562)."]
    lines.append("_SUBMODULE_OF = {")
    lines += [f'    "{name}": "{origin[name]}",' for name in names]
    lines += ["}", "", "__all__ = ("]
    lines += [f'    "{name}",' for name in names]
    lines += [
        ")",
        "",
        "",
        "def __getattr__(name: str) -> Any:",
        "    submodule = _SUBMODULE_OF.get(name)",
        "    if submodule is None:",
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        '    value = getattr(import_module(f".{submodule}", __name__), name)',
        "    globals()[name] = value",
        "    return value",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return sorted({*globals(), *__all__})",
        "",
    ]
    return "\n".join(lines)
