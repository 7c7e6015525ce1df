"""The public names of a package that loads them on first use, written once and derived from there.

``thesys_c1`` and ``thesys_c1.react`` list their public names once, as imports
in their ``__init__.py``, each name imported as itself::

    from ._lib.client import AsyncC1 as AsyncC1, C1 as C1

That form is what mypy --strict and pyright take for an explicit re-export, so
no ``__all__`` literal repeats the names for type checkers. The imports at the
top of the module run when it is imported; the ones under ``if TYPE_CHECKING:``
are for type checkers only, and at run time the module's ``__getattr__`` loads
each of those names on first use (``import thesys_c1`` stays cheap). Read with
``ast``, those imports give a module of ``thesys_c1/_generated/`` per package
(``EXPORTING``) holding:

- ``PUBLIC``: every public name, sorted: the package's ``__all__`` and ``__dir__``;
- ``NAMES``: each name loaded on first use -> the module it is an attribute of;
- ``MODULES``: each name loaded on first use that is itself a module -> that module

(modules relative to the package, as ``import_module`` takes them). Whether an
imported name is a submodule is read from the source tree, as Python's own
``from package import name`` would find it. Every other name the module binds at
its top starts with ``_`` (the build fails, naming it, otherwise): with no
``__all__`` literal, type checkers would take it for a public name too.

A derived module is generated code like the blocking twins (unasync.py): ``make
generate`` writes it, ``make check`` fails when the committed copy is not what
the ``__init__.py`` gives (``drift``), and it is never edited by hand.
"""

from __future__ import annotations

import ast
import difflib
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .codegen import GENERATED_SUBPACKAGE, PACKAGE, CodegenFailed, format_package

# The hand-written package, inside a checkout.
SOURCE_PACKAGE = Path("src") / PACKAGE
# Where the derived modules go, inside a generated tree.
GENERATED = Path(PACKAGE) / GENERATED_SUBPACKAGE
# Each package whose public names are derived: its __init__.py, inside SOURCE_PACKAGE -> the derived module, inside
# the generated subpackage.
EXPORTING = {
    "__init__.py": "exports.py",
    "react/__init__.py": "react_exports.py",
}
HEADER = (
    "# The public names of {package}, derived by `make generate` (generator/pipeline/exports.py) from the imports of\n"
    "# {source}. Edit those, never this file: `make check` fails when the two drift apart.\n"
)


class ExportsError(CodegenFailed):
    pass


@dataclass(frozen=True)
class Exports:
    public: tuple[str, ...]
    names: dict[str, str]
    modules: dict[str, str]


def read(source: str, init: Path, shown: str) -> Exports:
    """The public names ``source`` (the text of the package's ``__init__.py``, at ``init``) imports, and where from.

    ``shown`` names the file in errors.
    """
    public: dict[str, int] = {}
    names: dict[str, str] = {}
    modules: dict[str, str] = {}

    def add(name: str, line: int) -> None:
        if name in public:
            raise ExportsError(f"{shown}:{line}: {name!r} is imported already, on line {public[name]}")
        public[name] = line

    for statement in ast.parse(source, shown).body:
        if isinstance(statement, ast.If) and _is_type_checking(statement.test):
            if statement.orelse:
                raise ExportsError(f"{shown}:{statement.lineno}: an `if TYPE_CHECKING:` of public names has no else")
            for lazy in statement.body:
                for name, module, is_module in _lazy_imports(lazy, init, shown):
                    add(name, lazy.lineno)
                    (modules if is_module else names)[name] = module
        else:
            for name, is_public in _top_level_names(statement):
                if is_public:
                    add(name, statement.lineno)
                elif not name.startswith("_"):
                    # Without an __all__ literal, type checkers would take it for a public name.
                    raise ExportsError(
                        f"{shown}:{statement.lineno}: {name!r} is a name of the module but not a public one: name it"
                        f" `_{name}`, or make it public by importing it as itself (`{name} as {name}`)"
                    )
    return Exports(tuple(sorted(public)), names, modules)


def render(exports: Exports, package: str, source: str) -> str:
    """The derived module (before formatting)."""
    lines = [HEADER.format(package=package, source=source), "PUBLIC: tuple[str, ...] = ("]
    lines += [f"    {name!r}," for name in exports.public]
    lines += [")", '"""Every public name: the package\'s ``__all__``."""', "", "NAMES: dict[str, str] = {"]
    lines += [f"    {name!r}: {module!r}," for name, module in exports.names.items()]
    lines += ["}", '"""Each name loaded on first use -> the module it is an attribute of."""', ""]
    lines += ["MODULES: dict[str, str] = {"]
    lines += [f"    {name!r}: {module!r}," for name, module in exports.modules.items()]
    lines += ["}", '"""Each name loaded on first use that is a module -> that module."""', ""]
    return "\n".join(lines)


def write_exports(source_package: Path, target: Path) -> list[str]:
    """Write the derived module of every package of ``EXPORTING`` into ``target`` (formatted); their names."""
    target.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    for relative, derived in EXPORTING.items():
        init = source_package / relative
        shown = (SOURCE_PACKAGE / relative).as_posix()
        if not init.is_file():
            raise ExportsError(f"{shown} is missing: the public names of its package are derived from it")
        exports = read(init.read_text(encoding="utf-8"), init, shown)
        package = ".".join((PACKAGE, *Path(relative).parent.parts))
        (target / derived).write_text(render(exports, package, shown), encoding="utf-8")
        format_package(target / derived)
        written.append(derived)
    return written


def drift(source_package: Path, committed: Path) -> list[str]:
    """Where the derived modules in ``committed`` (a ``_generated/`` folder) are not what the sources give."""
    with tempfile.TemporaryDirectory(prefix="thesys-c1-exports-") as scratch:
        fresh = Path(scratch)
        write_exports(source_package, fresh)
        report: list[str] = []
        for relative, derived in EXPORTING.items():
            source = (SOURCE_PACKAGE / relative).as_posix()
            shown = f"{GENERATED_SUBPACKAGE}/{derived}"
            have = committed / derived
            want = fresh / derived
            if not have.is_file():
                report.append(f"missing: {shown} (derived from {source})")
            elif have.read_bytes() != want.read_bytes():
                report.append(
                    f"differs: {shown}: a derived module was edited by hand or {source} changed its imports;"
                    f" edit {source} and run `make generate`"
                )
                diff = difflib.unified_diff(
                    have.read_text(encoding="utf-8").splitlines(),
                    want.read_text(encoding="utf-8").splitlines(),
                    f"committed/{derived}",
                    f"derived/{derived}",
                    lineterm="",
                )
                report.extend("    " + line for line in list(diff)[:40])
        return report


def _top_level_names(statement: ast.stmt) -> list[tuple[str, bool]]:
    """The names a statement at the top of the module binds, and whether each is public: imported as itself."""
    if isinstance(statement, ast.Import | ast.ImportFrom):
        return [((alias.asname or alias.name).split(".")[0], alias.asname == alias.name) for alias in statement.names]
    if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return [(statement.name, False)]
    targets = statement.targets if isinstance(statement, ast.Assign) else []
    if isinstance(statement, ast.AnnAssign | ast.AugAssign):
        targets = [statement.target]
    return [(node.id, False) for target in targets for node in ast.walk(target) if isinstance(node, ast.Name)]


def _is_type_checking(test: ast.expr) -> bool:
    # As mypy reads it: `TYPE_CHECKING`, or `typing.TYPE_CHECKING` under whatever name typing is imported as.
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING" and isinstance(test.value, ast.Name)


def _lazy_imports(statement: ast.stmt, init: Path, shown: str) -> list[tuple[str, str, bool]]:
    """(name, module it is loaded from, whether it is that module itself) of each name one import names."""
    where = f"{shown}:{statement.lineno}"
    if not isinstance(statement, ast.ImportFrom):
        raise ExportsError(
            f"{where}: only `from .module import name as name` belongs under `if TYPE_CHECKING:`: its names are"
            " the package's public ones, loaded on first use"
        )
    if statement.level == 0:
        raise ExportsError(f"{where}: `from {statement.module} import ...`: public names come from inside the package")
    module = "." * statement.level + (statement.module or "")
    found: list[tuple[str, str, bool]] = []
    for alias in statement.names:
        if alias.name == "*":
            raise ExportsError(f"{where}: `from {module} import *`: list the public names one by one")
        if alias.asname != alias.name:
            written = alias.name if alias.asname is None else f"{alias.name} as {alias.asname}"
            raise ExportsError(
                f"{where}: `from {module} import {written}`: import a public name as itself, `{alias.name} as"
                f" {alias.name}`; type checkers take only that form for a re-export (a module wanted under another"
                " name needs a module of that name)"
            )
        if _is_submodule(init, statement.level, statement.module, alias.name):
            found.append((alias.name, module + ("." if statement.module else "") + alias.name, True))
        elif statement.module is None:
            raise ExportsError(f"{where}: `from {module} import {alias.name}`: the package has no such submodule")
        else:
            found.append((alias.name, module, False))
    return found


def _is_submodule(init: Path, level: int, module: str | None, name: str) -> bool:
    """Whether ``from <level dots><module> import name``, in the package of ``init``, names a module."""
    folder = init.parent
    for _ in range(level - 1):
        folder = folder.parent
    folder = folder.joinpath(*(module or "").split(".")) if module else folder
    return (folder / f"{name}.py").is_file() or (folder / name / "__init__.py").is_file()
