"""The public names of `thesys_c1` and `thesys_c1.react` are written once, as imports in their `__init__.py`.

`make generate` derives from those imports `_generated/exports.py` and `_generated/react_exports.py` (where each lazy
name is loaded from, and `__all__`); these tests hold the derived modules to the imports, the run-time package to
what the imports name, and type checkers to seeing exactly the public names.
"""

from __future__ import annotations

import ast
import importlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

import thesys_c1
import thesys_c1.react
from generator import cli
from generator.pipeline import exports, unasync

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / exports.SOURCE_PACKAGE
COMMITTED = REPO / "generated" / exports.GENERATED
PACKAGES = {"thesys_c1": SOURCES / "__init__.py", "thesys_c1.react": SOURCES / "react" / "__init__.py"}


def _public_imports(init: Path) -> list[tuple[ast.ImportFrom, bool]]:
    """Each `from ... import name as name` of ``init``, at the top (False) or under `if TYPE_CHECKING:` (True)."""
    found: list[tuple[ast.ImportFrom, bool]] = []
    for statement in ast.parse(init.read_text(encoding="utf-8")).body:
        if isinstance(statement, ast.ImportFrom) and all(alias.asname == alias.name for alias in statement.names):
            found.append((statement, False))
        elif isinstance(statement, ast.If) and ast.unparse(statement.test).endswith("TYPE_CHECKING"):
            found.extend((lazy, True) for lazy in statement.body if isinstance(lazy, ast.ImportFrom))
    return found


def _imported(package: str) -> dict[str, Any]:
    """What each public import of ``package`` binds, run as written, in a namespace of its own."""
    namespace: dict[str, Any] = {"__name__": package, "__package__": package}
    for statement, _ in _public_imports(PACKAGES[package]):
        exec(compile(ast.Module([statement], type_ignores=[]), str(PACKAGES[package]), "exec"), namespace)
    return {name: value for name, value in namespace.items() if not name.startswith("__") or name == "__version__"}


# --- the derived modules are what the imports give --------------------------------------------------------------------


def test_the_committed_modules_are_what_the_imports_derive() -> None:
    assert exports.drift(SOURCES, COMMITTED) == []


def test_the_derived_names_are_the_imported_ones_and_only_the_lazy_ones_are_in_the_tables() -> None:
    for package, module in (("thesys_c1", "exports"), ("thesys_c1.react", "react_exports")):
        derived = importlib.import_module(f"thesys_c1._generated.{module}")
        imports = _public_imports(PACKAGES[package])
        lazy = {alias.name for statement, is_lazy in imports if is_lazy for alias in statement.names}
        every = {alias.name for statement, _ in imports for alias in statement.names}
        assert list(derived.PUBLIC) == sorted(every), package
        assert derived.NAMES.keys() | derived.MODULES.keys() == lazy, package
        assert not derived.NAMES.keys() & derived.MODULES.keys()
    assert thesys_c1._generated.exports.MODULES == {"models": ".models"}
    assert thesys_c1._generated.exports.NAMES["ConversationItem"] == "._generated.unions"


def test_a_hand_edit_to_a_derived_module_is_drift_naming_it_and_its_source(tmp_path: Path) -> None:
    shutil.copy(COMMITTED / "exports.py", tmp_path / "exports.py")
    shutil.copy(COMMITTED / "react_exports.py", tmp_path / "react_exports.py")
    derived = tmp_path / "exports.py"
    text = derived.read_text()
    assert '    "C1": "._lib.client",\n' in text
    derived.write_text(text.replace('    "C1": "._lib.client",\n', '    "C1": "._lib.clients",\n'))

    report = exports.drift(SOURCES, tmp_path)

    assert report[0].startswith("differs: _generated/exports.py: a derived module was edited by hand"), report
    assert "src/thesys_c1/__init__.py" in report[0]
    changed = [line.strip() for line in report[1:] if line.strip()[:1] in "+-"]
    assert changed[-2:] == ['-    "C1": "._lib.clients",', '+    "C1": "._lib.client",'], report
    (tmp_path / "react_exports.py").unlink()
    assert exports.drift(SOURCES, tmp_path)[-1] == (
        "missing: _generated/react_exports.py (derived from src/thesys_c1/react/__init__.py)"
    )


def test_make_check_fails_on_a_hand_edited_derived_module(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "generated"
    shutil.copytree(REPO / "generated" / unasync.SYNC_TWINS, target / unasync.SYNC_TWINS)
    for name in exports.EXPORTING.values():
        shutil.copy(COMMITTED / name, target / exports.GENERATED / name)
    react = target / exports.GENERATED / "react_exports.py"
    react.write_text(react.read_text().replace('    "tool_progress": ".tool_loop",\n', ""))

    assert cli.main(["check", "--out", str(target)]) == 1

    out = capsys.readouterr().out
    assert "differs: _generated/react_exports.py: a derived module was edited by hand" in out, out
    assert '    +    "tool_progress": ".tool_loop",' in out.splitlines(), out


# --- the derivation reads the imports, and refuses what type checkers would not take as a re-export ---------------


def _package(tmp_path: Path, init: str) -> Path:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "__init__.py").write_text("")
    (tmp_path / "sub" / "leaf.py").write_text("")
    (tmp_path / "tool.py").write_text("")
    path = tmp_path / "__init__.py"
    path.write_text(textwrap.dedent(init))
    return path


def _read(path: Path) -> exports.Exports:
    return exports.read(path.read_text(), path, "pkg/__init__.py")


def test_eager_lazy_and_submodule_names_are_told_apart(tmp_path: Path) -> None:
    init = _package(
        tmp_path,
        """\
        import typing as _typing
        from importlib import import_module as _import_module
        from .tool import Tool as Tool, _helper, other as _renamed

        _TABLE = {}


        def __getattr__(name: str) -> object: ...

        if _typing.TYPE_CHECKING:
            from . import tool as tool
            from .sub import Thing as Thing, leaf as leaf
            from ..outside import Far as Far
        """,
    )

    found = _read(init)

    # At the top, an import that is not `name as name` is the module's own (and named with a `_`).
    assert found.public == ("Far", "Thing", "Tool", "leaf", "tool")
    assert found.names == {"Thing": ".sub", "Far": "..outside"}
    assert found.modules == {"tool": ".tool", "leaf": ".sub.leaf"}


@pytest.mark.parametrize(
    ("top", "name"),
    [
        ("from importlib import import_module", "import_module"),
        ("from .tool import other as renamed", "renamed"),
        ("import json", "json"),
        ("from __future__ import annotations", "annotations"),
        ("TABLE: dict[str, str] = {}", "TABLE"),
        ("def helper() -> None: ...", "helper"),
    ],
)
def test_a_name_at_the_top_that_is_neither_public_nor_private_fails(tmp_path: Path, top: str, name: str) -> None:
    init = _package(tmp_path, f"from .tool import Tool as Tool\n{top}\n")

    with pytest.raises(exports.ExportsError, match=rf"__init__\.py:2: '{name}' is a name of the module but not"):
        _read(init)


@pytest.mark.parametrize(
    ("block", "message"),
    [
        (
            "from .sub import leaf as renamed",
            r"pkg/__init__\.py:4: `from \.sub import leaf as renamed`: .*`leaf as leaf`",
        ),
        ("from .sub import Thing", r":4: `from \.sub import Thing`: import a public name as itself"),
        ("import json", r":4: only `from \.module import name as name` belongs under `if TYPE_CHECKING:`"),
        ("from json import dumps as dumps", r":4: `from json import \.\.\.`: public names come from inside"),
        ("from .sub import *", r":4: `from \.sub import \*`: list the public names one by one"),
        ("from . import Nothing as Nothing", r":4: `from \. import Nothing`: the package has no such submodule"),
        ("from .sub import Tool as Tool", r":4: 'Tool' is imported already, on line 1"),
    ],
)
def test_an_import_type_checkers_would_not_re_export_fails_naming_the_line(
    tmp_path: Path, block: str, message: str
) -> None:
    init = _package(
        tmp_path, f"from .tool import Tool as Tool\nimport typing as _typing\nif _typing.TYPE_CHECKING:\n    {block}\n"
    )

    with pytest.raises(exports.ExportsError, match=message):
        _read(init)


# --- at run time ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("package", list(PACKAGES))
def test_every_public_name_is_the_object_its_import_names(package: str) -> None:
    module = importlib.import_module(package)
    imported = _imported(package)
    assert sorted(imported) == sorted(module.__all__)
    for name, value in imported.items():
        assert getattr(module, name) is value, name
    assert set(module.__all__) <= set(dir(module))


@pytest.mark.parametrize("package", list(PACKAGES))
def test_a_star_import_gives_exactly_the_public_names(package: str) -> None:
    namespace: dict[str, Any] = {}
    exec(f"from {package} import *", namespace)
    del namespace["__builtins__"]
    assert sorted(namespace) == sorted(_imported(package))


def test_models_is_the_model_ids_module() -> None:
    assert thesys_c1.models is sys.modules["thesys_c1.models"]
    assert thesys_c1.max_reasoning_tokens is thesys_c1.models.max_reasoning_tokens


@pytest.mark.parametrize("package", list(PACKAGES))
def test_a_name_it_does_not_have_is_an_attribute_error_naming_the_module(package: str) -> None:
    module = importlib.import_module(package)
    with pytest.raises(AttributeError, match=rf"^module '{package}' has no attribute 'C2'$"):
        _ = module.C2
    with pytest.raises(ImportError, match=rf"cannot import name 'C2' from '{package}'"):
        exec(f"from {package} import C2", {})
    # The derived module itself is not a name of the package, nor are the helpers of its __init__.
    for private in ("exports", "import_module", "TYPE_CHECKING", "Any"):
        assert not hasattr(module, private), private


def _modules_after(script: str) -> set[str]:
    script += "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))\n"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    return set(json.loads(done.stdout))


def test_importing_the_package_or_reading_its_names_loads_nothing_lazy() -> None:
    loaded = _modules_after("import thesys_c1\nnames = thesys_c1.__all__, dir(thesys_c1), thesys_c1.__version__")
    assert "httpx" not in loaded
    assert not {"thesys_c1.models", "thesys_c1._lib.client", "thesys_c1._generated.unions"} & loaded
    assert "thesys_c1._generated.exports" in loaded
    loaded = _modules_after("import thesys_c1.react\nnames = thesys_c1.react.__all__, dir(thesys_c1.react)")
    assert not {"thesys_c1.react.tool_loop", "thesys_c1.react.starlette", "starlette"} & loaded


# --- type checkers see the public names, and only those, as a user's code sees an installed package ---------------


def _star_import_user_code(tmp_path: Path) -> tuple[Path, list[int]]:
    """User code reading every public name through a star import and as an attribute; the lines that must fail."""
    lines = ["import thesys_c1", "import thesys_c1.react"]
    for package in PACKAGES:
        names = sorted(_imported(package))
        # Without an `__all__` literal, type checkers star-import no name that starts with `_` (`__version__`).
        starred = [name for name in names if not name.startswith("_")]
        lines += [f"from {package} import *", f"print({', '.join(starred)})"]
        lines += [f"print({', '.join(f'{package}.{name}' for name in names)})"]
    # Names of the __init__ modules that are not public: a star import must not give them to type checkers either.
    wrong = ["import_module", "TYPE_CHECKING", "Any", "annotations", "ModuleType"]
    first = len(lines) + 1
    lines += [f"print({name})" for name in wrong]
    path = tmp_path / "user_code.py"
    path.write_text("\n".join(lines) + "\n")
    return path, list(range(first, first + len(wrong)))


def test_pyright_sees_the_public_names_as_exported_and_no_others(repo: Path, tmp_path: Path) -> None:
    user, wrong_lines = _star_import_user_code(tmp_path)
    config = {"typeCheckingMode": "strict", "pythonVersion": "3.11", "reportWildcardImportFromLibrary": False}
    (tmp_path / "pyrightconfig.json").write_text(json.dumps(config))
    pyright = [str(Path(sys.executable).parent / "pyright"), "--pythonpath", sys.executable, "--outputjson"]
    # On PYTHONPATH, not extraPaths: pyright then reads the package as an installed library, whose imports re-export
    # only in the `name as name` form.
    done = subprocess.run(
        [*pyright, "-p", str(tmp_path / "pyrightconfig.json"), str(user)],
        env={**os.environ, "PYTHONPATH": str(repo / "src")},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    report = json.loads(done.stdout)
    errors = [item for item in report["generalDiagnostics"] if item["severity"] == "error"]
    undefined = [item["range"]["start"]["line"] + 1 for item in errors if item["rule"] == "reportUndefinedVariable"]
    assert undefined == wrong_lines, errors
    # The only other errors are about those same lines (an argument of unknown type).
    assert {item["range"]["start"]["line"] + 1 for item in errors} == set(wrong_lines), errors


def test_mypy_strict_sees_the_public_names_as_exported_and_no_others(repo: Path, tmp_path: Path) -> None:
    user, wrong_lines = _star_import_user_code(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--show-error-codes", str(user)],
        env={**os.environ, "MYPYPATH": str(repo / "src")},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    errors = [line for line in done.stdout.splitlines() if ": error: " in line]
    assert [int(line.split(":")[1]) for line in errors] == wrong_lines, done.stdout
    assert all(line.endswith("[name-defined]") for line in errors), done.stdout
