"""`make build`: the wheel and sdist in dist/, and the checks that they hold the package exactly.

The package's files are those of src/thesys_c1 and generated/thesys_c1/_generated
(see layout.py); the wheel must hold each of them once, as it is in the tree.

The sdist is built first and the wheel is built *from the sdist*, so a file
missing from the sdist shows up as a broken wheel here rather than on a
user's machine. Both are built with the pinned hatchling of the dev
environment, without build isolation, so the build needs no network.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..pipeline import generation, layout

PROJECT = "thesys-c1"
DIST_NAME = "thesys_c1"
_VERSION_LINE = re.compile(r'^__version__ = "([^"]+)"$', re.MULTILINE)
_HASH_LINE = re.compile(r'^SPEC_SHA256 = "([0-9a-f]{64})"$', re.MULTILINE)


class DistError(Exception):
    pass


@dataclass(frozen=True)
class Artifacts:
    version: str
    wheel: Path
    sdist: Path

    @property
    def files(self) -> list[Path]:
        return [self.wheel, self.sdist]


def package_version(repo: Path = generation.REPO) -> tuple[str, str]:
    """(version, spec sha256) of the package, as its generated version module states them."""
    version_py = repo / layout.GENERATED_PACKAGE / "version.py"
    try:
        text = version_py.read_text(encoding="utf-8")
    except OSError:
        raise DistError(f"{version_py} is missing; run `make generate`") from None
    version, digest = _VERSION_LINE.search(text), _HASH_LINE.search(text)
    if version is None or digest is None:
        raise DistError(f"{version_py} does not state __version__ and SPEC_SHA256; run `make generate`")
    return version.group(1), digest.group(1)


def build(repo: Path, out_dir: Path) -> Artifacts:
    refuse_stale_generated(repo)
    if out_dir.exists():
        # Only what this build makes may be in dist/, so `make publish` uploads exactly that.
        shutil.rmtree(out_dir)
    command = [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out_dir), str(repo)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise DistError(f"python -m build failed (exit {done.returncode}):\n{(done.stdout + done.stderr).strip()}")
    artifacts = find(repo, out_dir)
    _twine_check(artifacts)
    problems = wheel_differences(artifacts.wheel, repo)
    if problems:
        raise DistError(
            f"{artifacts.wheel.name} does not hold {layout.SRC_PACKAGE} and {layout.GENERATED_PACKAGE} exactly:\n"
            + "\n".join(problems)
        )
    _sdist_holds_package(artifacts.sdist, repo)
    return artifacts


def refuse_stale_generated(repo: Path) -> None:
    """Fail, as `make check` does, when generated/ is not what spec/ and overlays/ produce.

    The version a wheel is built under is read from generated/, so a stale
    generated/ would ship old code (or old rules) under a version that names the new spec.
    """
    report = generation.check(generation.Inputs.of_repo(repo), repo / "generated")
    # One line per file; `make check` shows the lines that differ.
    files = [f"  {line}" for line in report if not line.startswith(" ")]
    if files:
        raise DistError(
            "generated/ is not what spec/ and overlays/ produce, so the wheel would hold stale code under"
            " the version it states; run `make generate` (and commit generated/), then `make build` again"
            " (`make check` shows the differences):\n" + "\n".join(files)
        )


def find(repo: Path, out_dir: Path) -> Artifacts:
    """The wheel and sdist of the current version in ``out_dir``; anything else there is an error."""
    version, _ = package_version(repo)
    files = sorted(p for p in out_dir.iterdir() if p.is_file()) if out_dir.is_dir() else []
    wheel = out_dir / f"{DIST_NAME}-{version}-py3-none-any.whl"
    sdist = out_dir / f"{DIST_NAME}-{version}.tar.gz"
    missing = [p.name for p in (wheel, sdist) if p not in files]
    extra = [p.name for p in files if p not in (wheel, sdist)]
    if missing or extra:
        detail = "; ".join(
            part
            for part in (
                f"missing {', '.join(missing)}" if missing else "",
                f"not of this version: {', '.join(extra)}" if extra else "",
            )
            if part
        )
        raise DistError(
            f"{out_dir} does not hold exactly the wheel and sdist of {PROJECT} {version} ({detail}); run `make build`"
        )
    return Artifacts(version, wheel, sdist)


def wheel_differences(wheel: Path, repo: Path) -> list[str]:
    """Files that differ between the wheel's package and the package in ``repo``; empty when identical."""
    with zipfile.ZipFile(wheel) as archive:
        inside = {
            name[len(DIST_NAME) + 1 :]: archive.read(name)
            for name in archive.namelist()
            if name.startswith(f"{DIST_NAME}/") and not name.endswith("/")
        }
    on_disk = layout.package_files(repo)
    problems = [f"  only in the wheel: {name}" for name in sorted(inside.keys() - on_disk.keys())]
    problems += [f"  missing from the wheel: {name}" for name in sorted(on_disk.keys() - inside.keys())]
    problems += [
        f"  differs: {name}"
        for name in sorted(inside.keys() & on_disk.keys())
        if inside[name] != on_disk[name].read_bytes()
    ]
    return problems


def _sdist_holds_package(sdist: Path, repo: Path) -> None:
    prefix = sdist.name[: -len(".tar.gz")]
    with tarfile.open(sdist) as archive:
        names = {member.name for member in archive.getmembers() if member.isfile()}
    # At their places in the tree: the wheel built from the sdist takes them from there.
    wanted = {f"{prefix}/{path.relative_to(repo).as_posix()}" for path in layout.package_files(repo).values()}
    missing = sorted(wanted - names)
    if missing:
        raise DistError(f"{sdist.name} lacks {len(missing)} package file(s), e.g. {missing[0]}")


def _twine_check(artifacts: Artifacts) -> None:
    command = [sys.executable, "-m", "twine", "check", "--strict", *map(str, artifacts.files)]
    env = {**os.environ, "NO_COLOR": "1"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise DistError(f"twine check failed:\n{(done.stdout + done.stderr).strip()}")
