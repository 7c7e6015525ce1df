"""A change to the public API must come with a new package version.

The version has one source, ``info.version`` in spec/openapi.yaml. The check
walks back through the committed effective specs to the newest one whose API
differs from the current one (prose-only changes are skipped) and requires
that spec to carry a lower version. Walking past prose-only commits means an
API change committed without a bump is still caught when a later commit only
rewords a description.

In a shallow clone the commits that would show the last API change may be
missing, so "no earlier spec differs" proves nothing there. The check then
says it could not run: a warning by default (CI systems often clone with
``--depth 1``), an error when asked to be strict (``--strict`` or
``STRICT_VERSION_CHECK=1``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.version import InvalidVersion, Version

from ..review import api_diff
from . import gitrepo, spec_history


@dataclass(frozen=True)
class Verdict:
    ok: bool
    message: str
    warning: bool = False  # ok, but only because the check could not run


STRICT_ENV = "STRICT_VERSION_CHECK"


def strict_from_env() -> bool:
    """Whether the environment asks for a check that cannot run to fail (``STRICT_VERSION_CHECK=1``)."""
    return os.environ.get(STRICT_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def check(repo: Path, current: dict[str, Any], current_text: str, *, strict: bool = False) -> Verdict:
    version = str(current.get("info", {}).get("version", ""))
    try:
        now = Version(version)
    except InvalidVersion:
        return Verdict(False, f"info.version {version!r} in spec/openapi.yaml is not a valid version (PEP 440)")
    if not gitrepo.is_repository(repo):
        return Verdict(True, "version check skipped: not a git checkout, so there is no earlier spec to compare")
    for earlier in spec_history.earlier_specs(repo):
        if earlier.text == current_text:
            continue
        changes = api_diff.diff(earlier.document(), current)
        if not changes:
            continue
        return _judge(earlier, changes, now)
    if gitrepo.is_shallow(repo):
        return _shallow(now, strict)
    return Verdict(True, f"version {now}: no earlier committed spec has a different API")


def _shallow(now: Version, strict: bool) -> Verdict:
    problem = (
        f"version check could not run: this is a shallow clone, and none of the commits it holds has a spec with"
        f" a different API, so whether info.version {now} needed a bump is unknown. Run `git fetch --unshallow`"
        " (or clone without --depth) and check again."
    )
    if strict:
        return Verdict(False, problem)
    return Verdict(True, f"{problem} Set {STRICT_ENV}=1 or pass --strict to make this an error.", warning=True)


def _judge(earlier: spec_history.SpecVersion, changes: list[api_diff.Change], now: Version) -> Verdict:
    breaking = sum(change.breaking for change in changes)
    summary = f"{len(changes)} API change(s), {breaking} breaking, since {earlier.label}"
    try:
        before = Version(earlier.version)
    except InvalidVersion:
        return Verdict(True, f"{summary}; its version {earlier.version!r} is not comparable, so any version is new")
    if now > before:
        return Verdict(True, f"version {before} -> {now}: {summary}")
    wanted = suggest(before, breaking > 0)
    if now == before:
        problem = f"the public API changed ({summary}) but info.version is still {now}."
    else:
        problem = f"the public API changed ({summary}) but info.version went down from {before} to {now}."
    return Verdict(
        False,
        f"{problem}\nBump info.version in spec/openapi.yaml (to {wanted} or later), run `make generate`, and commit"
        " spec/ and generated/ together. `make api-diff` lists the changes.",
    )


def suggest(before: Version, breaking: bool) -> str:
    """The next version: a breaking change bumps major (minor while below 1.0); anything else the next level."""
    major, minor, patch = (*before.release, 0, 0, 0)[:3]
    if major == 0:
        return f"0.{minor + 1}.0" if breaking else f"0.{minor}.{patch + 1}"
    return f"{major + 1}.0.0" if breaking else f"{major}.{minor + 1}.0"
