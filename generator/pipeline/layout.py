"""Where the files of the one ``thesys_c1`` package live in the repository.

The package is ``src/thesys_c1/``, hand-written, with one exception: its
``_generated/`` subpackage is what ``make generate`` writes, and it lives in
``generated/thesys_c1/_generated/``. A committed relative link
``src/thesys_c1/_generated`` points there, so the source tree imports as the
whole package (editable install, mypy, pytest) and every file exists once.
Whatever copies the package (the wheel checks, ``make vendor``) asks
``package_files`` for the real files instead of walking through the link.
"""

from __future__ import annotations

import os
from pathlib import Path

from .codegen import GENERATED_SUBPACKAGE, PACKAGE

SRC_PACKAGE = Path("src") / PACKAGE
GENERATED_PACKAGE = Path("generated") / PACKAGE / GENERATED_SUBPACKAGE
LINK = SRC_PACKAGE / GENERATED_SUBPACKAGE
# Relative, so the link works wherever the repository is checked out.
LINK_TARGET = os.path.relpath(GENERATED_PACKAGE, LINK.parent)


def package_files(repo: Path) -> dict[str, Path]:
    """Every file of the package, by its path inside it, at its one real place under ``repo``."""
    files = {f"{GENERATED_SUBPACKAGE}/{name}": path for name, path in _files(repo / GENERATED_PACKAGE).items()}
    for name, path in _files(repo / SRC_PACKAGE).items():
        if name.split("/", 1)[0] != GENERATED_SUBPACKAGE:
            files[name] = path
    return dict(sorted(files.items()))


def link_problem(repo: Path) -> str | None:
    """Why ``src/thesys_c1/_generated`` is not the link to the generated code, or None when it is."""
    link = repo / LINK
    fix = (
        f"it must be the committed link to {LINK_TARGET} (`git checkout -- {LINK}`; on Windows enable"
        " symlinks in git, core.symlinks=true)"
    )
    if not link.is_symlink():
        what = "is missing" if not link.exists() else "is a real file or folder"
        return f"{LINK} {what}: generated code lives in {GENERATED_PACKAGE} only; {fix}"
    if os.readlink(link) != LINK_TARGET:
        return f"{LINK} points to {os.readlink(link)}; {fix}"
    return None


def _files(root: Path) -> dict[str, Path]:
    if not root.is_dir():
        return {}
    found: dict[str, Path] = {}
    for path in root.rglob("*"):
        relative = path.relative_to(root)
        if "__pycache__" in relative.parts or path.suffix in {".pyc", ".pyo"} or path.is_symlink():
            continue
        # Editor swap files, backups and other hidden files are not part of the package.
        if any(part.startswith(".") for part in relative.parts) or path.name.endswith("~"):
            continue
        if path.is_file():
            found[relative.as_posix()] = path
    return found
