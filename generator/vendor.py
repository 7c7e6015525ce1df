"""`make vendor`: copy the package into another repository, optionally under another name.

Only ``DEST/<name>/`` is written: the package (the hand-written files of
src/thesys_c1 and the real generated files its ``_generated`` link points to,
so the copy holds no link), its own imports rewritten to
the new name (see import_rewrite.py), and a stamp file saying which version,
spec and commit it came from. A later run replaces that folder whole, and
refuses to replace a folder that is not a vendored copy. The new copy is
assembled beside the old one and swapped in with renames, so an interrupted
run leaves the old copy in place.
"""

from __future__ import annotations

import keyword
import shutil
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from . import dist, gitrepo, layout
from .codegen import GENERATED_SUBPACKAGE
from .import_rewrite import RewriteError, rewrite

STAMP = "VENDORED.toml"
SOURCE_PACKAGE = "thesys_c1"


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
            out.write_text(text, encoding="utf-8")
        else:
            shutil.copyfile(path, out)
        count += 1
    return count


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
    )
