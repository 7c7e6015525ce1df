"""`make vendor`: copy the package into another repository, optionally under another name.

Only ``DEST/<name>/`` is written: the package (the hand-written files of
src/thesys_c1 and the real generated files its ``_generated`` link points to,
so the copy holds no link), its own imports rewritten to
the new name (see import_rewrite.py) and every other mention of the old name
with them, and a stamp file saying which version, spec and commit it came from.
Beside the code it holds what a reviewer of the host repository reads when a
new copy lands: the effective spec as YAML and the C1 support matrix (the
143 KB one-line openapi.json the code reads is no diff anyone can review).

The copy lands in a repository with its own lint and type-check settings, so
it carries its own: a ruff.toml in the folder (ruff takes the nearest one, so
the host's line length and rule set do not apply to it) and one in
``_generated/`` with the pipeline's settings for generated code; the code is
reformatted after a rename changed the lengths of its lines. mypy reads only
the host's configuration, so the command prints the lines that the host adds
for the optional dependencies it may not have installed.

A later run replaces that folder whole, and refuses to replace a folder that
is not a vendored copy. The new copy is assembled beside the old one and
swapped in with renames, so an interrupted run leaves the old copy in place.
"""

from __future__ import annotations

import json
import keyword
import shutil
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..pipeline import generation, layout
from ..pipeline.codegen import GENERATED_SUBPACKAGE
from . import dist, gitrepo
from .import_rewrite import RewriteError, rename_mentions, rewrite

STAMP = "VENDORED.toml"
SOURCE_PACKAGE = "thesys_c1"
RUFF_CONFIG = "ruff.toml"
# Read from generated/, shipped for review; the code itself reads _generated/openapi.json.
REVIEW_FILES = (generation.EFFECTIVE_SPEC, generation.SUPPORT_MATRIX)
LINE_LENGTH = 120  # this project's own, [tool.ruff] in pyproject.toml
# The settings of `make lint`: [tool.ruff.lint] for the hand-written code,
# GENERATED_RUFF in the Makefile for the generated code.
_HAND_WRITTEN_RULES = ["E", "F", "W", "I", "UP", "B", "SIM", "RUF"]
_GENERATED_RULES = ["F", "I", "UP"]
# Imported only when their extra is installed: a host without them has mypy
# report a missing module, which these lines (printed by `make vendor`) allow.
OPTIONAL_IMPORTS = ("orjson", "uvicorn", "uvicorn.*")


class VendorError(Exception):
    pass


@dataclass(frozen=True)
class Vendored:
    target: Path
    files: int
    version: str
    spec_sha256: str
    source_commit: str
    replaced: bool

    @property
    def mypy_overrides(self) -> str:
        """The lines a host's pyproject.toml needs for strict mypy to pass over the copy."""
        modules = ", ".join(f'"{module}"' for module in OPTIONAL_IMPORTS)
        return f"[[tool.mypy.overrides]]\nmodule = [{modules}]\nignore_missing_imports = true\n"


def vendor(repo: Path, dest: str, name: str | None = None) -> Vendored:
    if not dest:
        raise VendorError("DEST is not set: say which repository to vendor into, e.g. make vendor DEST=../other-repo")
    dest_dir = Path(dest)
    if not dest_dir.is_dir():
        what = "does not exist" if not dest_dir.exists() else "is not a directory"
        raise VendorError(f"DEST={dest} {what}; give the path of an existing directory (the other repository)")
    name = name or SOURCE_PACKAGE
    if not name.isidentifier() or keyword.iskeyword(name) or not name.isascii():
        raise VendorError(f"AS={name!r} is not a valid Python package name (letters, digits and _, not a keyword)")
    files = layout.package_files(repo)
    if "__init__.py" not in files or f"{GENERATED_SUBPACKAGE}/__init__.py" not in files:
        raise VendorError(f"{repo / layout.SRC_PACKAGE} is not the whole package; run `make generate` first")
    target = dest_dir / name
    theirs = target.resolve()
    for home in (repo / layout.SRC_PACKAGE, repo / layout.GENERATED_PACKAGE):
        mine = home.resolve()
        if theirs == mine or mine in theirs.parents or theirs in mine.parents:
            raise VendorError(
                f"{target} is the package's own folder in this repository; vendor into another repository"
            )
    replaced = _check_replaceable(target)
    version, digest = dist.package_version(repo)
    commit = gitrepo.head_commit(repo) if gitrepo.is_repository(repo) else None
    clean = gitrepo.is_repository(repo) and not gitrepo.dirty_paths(repo)

    staging = Path(tempfile.mkdtemp(prefix=f".{name}.vendor-", dir=dest_dir))
    old_copy = staging / "old"
    try:
        built = staging / name
        count = _copy(files, built, name)
        count += _copy_review_files(repo, built, name)
        count += _lint_settings(built, name)
        (built / STAMP).write_text(_stamp(name, version, digest, commit, clean), encoding="utf-8")
        if target.exists():
            target.rename(old_copy)
        try:
            built.rename(target)
        except BaseException:
            if old_copy.exists() and not target.exists():
                old_copy.rename(target)  # put the old copy back rather than leave nothing
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return Vendored(target, count + 1, version, digest, commit or "unknown", replaced)


def _check_replaceable(target: Path) -> bool:
    if not target.exists() and not target.is_symlink():
        return False
    stamp = target / STAMP
    if target.is_dir() and not target.is_symlink() and stamp.is_file():
        try:
            recorded = tomllib.loads(stamp.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError):
            recorded = {}
        if recorded.get("project") == dist.PROJECT:
            return True
    raise VendorError(
        f"{target} exists and is not a vendored copy of {dist.PROJECT} (no {STAMP} naming it); refusing to replace"
        " it. Choose another AS= name or remove it yourself."
    )


def _copy(files: dict[str, Path], target: Path, name: str) -> int:
    count = 0
    for relative, path in files.items():
        out = target / relative
        out.parent.mkdir(parents=True, exist_ok=True)
        if path.suffix == ".py" and name != SOURCE_PACKAGE:
            try:
                text = rewrite(path.read_text(encoding="utf-8"), SOURCE_PACKAGE, name, str(relative))
            except RewriteError as error:
                raise VendorError(f"cannot rename the package in {error}") from None
            out.write_text(rename_mentions(text, SOURCE_PACKAGE, name), encoding="utf-8")
        else:
            shutil.copyfile(path, out)
        count += 1
    return count


def _copy_review_files(repo: Path, target: Path, name: str) -> int:
    for filename in REVIEW_FILES:
        source = repo / "generated" / filename
        try:
            text = source.read_text(encoding="utf-8")
        except OSError:
            raise VendorError(f"{source} is missing; run `make generate` first") from None
        (target / filename).write_text(rename_mentions(text, SOURCE_PACKAGE, name), encoding="utf-8")
    return len(REVIEW_FILES)


def _lint_settings(target: Path, name: str) -> int:
    """Write the copy's ruff.toml files, reformat a renamed copy under them; the number of files written."""
    generated = target / GENERATED_SUBPACKAGE
    (generated / RUFF_CONFIG).write_text(_ruff_toml(_GENERATED_RULES, None, None), encoding="utf-8")
    (target / RUFF_CONFIG).write_text(_ruff_toml(_HAND_WRITTEN_RULES, name, None), encoding="utf-8")
    if name == SOURCE_PACKAGE:
        return 2
    # A shorter name can let the formatter join lines, a longer one push them over the limit.
    command = [sys.executable, "-m", "ruff", "format", "--no-cache", "--quiet", str(target)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise VendorError(f"ruff format over the renamed copy failed:\n{(done.stdout + done.stderr).strip()}")
    # What the formatter cannot split (a docstring, a message) is as long as the
    # rename made it: those files, and only those, are let off line-too-long.
    command = [sys.executable, "-m", "ruff", "check", "--no-cache", "--quiet", "--select", "E501"]
    done = subprocess.run(
        [*command, "--output-format", "json", str(target)], capture_output=True, text=True, check=False
    )
    try:
        found = json.loads(done.stdout or "[]")
    except json.JSONDecodeError:
        raise VendorError(f"ruff check over the renamed copy failed:\n{done.stderr.strip()}") from None
    too_long = sorted({Path(item["filename"]).resolve().relative_to(target.resolve()).as_posix() for item in found})
    if too_long:
        (target / RUFF_CONFIG).write_text(_ruff_toml(_HAND_WRITTEN_RULES, name, too_long), encoding="utf-8")
    return 2


def _ruff_toml(rules: list[str], first_party: str | None, too_long: list[str] | None) -> str:
    lines = [
        f"# The settings this code is checked with in {dist.PROJECT}; ruff reads the nearest ruff.toml,",
        "# so the host repository's own settings apply everywhere but in this vendored copy.",
        f"line-length = {LINE_LENGTH}",
        'target-version = "py311"',
        "",
        "[lint]",
        "select = [" + ", ".join(f'"{rule}"' for rule in rules) + "]",
    ]
    if first_party is not None:
        # Its imports of itself are first-party wherever the host keeps it; the re-exports of its public names
        # (`from .m import A as A, B as B`) one import per module, as [tool.ruff.lint.isort] in pyproject.toml has it.
        lines += ["", "[lint.isort]", f'known-first-party = ["{first_party}"]', "combine-as-imports = true"]
    if too_long:
        lines += ["", "# Lines the rename made longer than the limit.", "[lint.per-file-ignores]"]
        lines += [f'"{path}" = ["E501"]' for path in too_long]
    return "\n".join(lines) + "\n"


def _stamp(name: str, version: str, digest: str, commit: str | None, clean: bool) -> str:
    return (
        f"# A vendored copy of {dist.PROJECT}. Do not edit it here: run `make vendor DEST=<this repository>"
        f" AS={name}`\n# in the {dist.PROJECT} repository again, which replaces this folder whole.\n"
        f'project = "{dist.PROJECT}"\n'
        f'version = "{version}"\n'
        f'import_name = "{name}"\n'
        f'spec_sha256 = "{digest}"\n'
        f'source_commit = "{commit or "unknown"}"\n'
        f"source_tree_clean = {'true' if clean else 'false'}\n"
        "# For review: the effective spec the copy's rules come from, and its C1 support matrix.\n"
        f'effective_spec = "{generation.EFFECTIVE_SPEC}"\n'
        f'support_matrix = "{generation.SUPPORT_MATRIX}"\n'
    )
