"""Earlier effective specs: from a file, a git commit, or a released version in the history.

The effective spec is committed as generated/openapi.yaml, so the history of
that one file is the history of the API. A released version is found there
too: the newest commit whose spec carries that ``info.version`` (or a
``v<version>`` tag, when one exists).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import yamlio
from . import gitrepo

SPEC_PATH = "generated/openapi.yaml"


class HistoryError(Exception):
    pass


@dataclass(frozen=True)
class SpecVersion:
    label: str
    text: str

    def document(self) -> dict[str, Any]:
        try:
            document = yamlio.loads(self.text)
        except yamlio.YAMLError as error:
            raise HistoryError(f"{self.label}: not valid YAML: {error}") from None
        if not isinstance(document, dict) or "openapi" not in document:
            raise HistoryError(f"{self.label}: not an OpenAPI document")
        return document

    @property
    def version(self) -> str:
        return str(self.document().get("info", {}).get("version", "?"))


def earlier_specs(repo: Path) -> Iterator[SpecVersion]:
    """The committed effective specs, newest first, one per commit that changed it."""
    for commit in gitrepo.commits_touching(repo, SPEC_PATH):
        text = gitrepo.file_at(repo, commit, SPEC_PATH)
        if text is not None:
            yield SpecVersion(f"{SPEC_PATH} at {gitrepo.describe(repo, commit)}", text)


def previous(repo: Path, current_text: str) -> SpecVersion | None:
    """The newest committed effective spec that differs from ``current_text``.

    With uncommitted changes that is the one at HEAD; on a clean tree it is
    the one before the last commit that changed the spec.
    """
    if not gitrepo.is_repository(repo):
        return None
    for earlier in earlier_specs(repo):
        if earlier.text != current_text:
            return earlier
    return None


def resolve(repo: Path, name: str) -> SpecVersion:
    """A spec named by a file path, a git commit-ish, or a version found in the history."""
    path = Path(name)
    if path.is_file():
        try:
            return SpecVersion(str(path), path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            raise HistoryError(f"{path}: cannot be read ({error})") from None
    if gitrepo.is_repository(repo):
        for ref in (name, f"v{name}"):
            commit = gitrepo.commit_of(repo, ref)
            if commit is None:
                continue
            text = gitrepo.file_at(repo, commit, SPEC_PATH)
            if text is None:
                raise HistoryError(f"{name}: commit {commit[:12]} has no {SPEC_PATH}")
            return SpecVersion(f"{SPEC_PATH} at {gitrepo.describe(repo, commit)}", text)
        for earlier in earlier_specs(repo):
            if earlier.version == name:
                return SpecVersion(f"{earlier.label} (version {name})", earlier.text)
    raise HistoryError(
        f"{name!r} is not a spec file, a git commit, nor a version that {SPEC_PATH} had in this repository's history"
    )
