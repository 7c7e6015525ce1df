"""The few git questions the release tooling asks, answered by the git command line."""

from __future__ import annotations

import subprocess
from pathlib import Path


class GitError(Exception):
    pass


def git(repo: Path, *args: str) -> str:
    try:
        done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise GitError("git is not installed") from None
    if done.returncode != 0:
        raise GitError(f"git {' '.join(args)}: {done.stderr.strip() or f'exit {done.returncode}'}")
    return done.stdout


def is_repository(repo: Path) -> bool:
    try:
        return git(repo, "rev-parse", "--is-inside-work-tree").strip() == "true"
    except GitError:
        return False


def is_shallow(repo: Path) -> bool:
    """Whether history was cut off (``git clone --depth``), so older commits are missing, not absent."""
    try:
        return git(repo, "rev-parse", "--is-shallow-repository").strip() == "true"
    except GitError:
        return False


def head_commit(repo: Path) -> str | None:
    try:
        return git(repo, "rev-parse", "HEAD").strip()
    except GitError:
        return None


def dirty_paths(repo: Path) -> list[str]:
    """Tracked files with changes and untracked files not ignored: what a build would pick up unrecorded."""
    return [line[3:] for line in git(repo, "status", "--porcelain", "--untracked-files=all").splitlines() if line]


def untracked_under(repo: Path, folder: str) -> list[str]:
    """Files under ``folder`` that git neither tracks nor ignores (staged new files count as tracked)."""
    listed = git(repo, "ls-files", "--others", "--exclude-standard", "-z", "--", folder)
    return sorted(filter(None, listed.split("\0")))


def commit_of(repo: Path, ref: str) -> str | None:
    try:
        return git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").strip() or None
    except GitError:
        return None


def file_at(repo: Path, commit: str, path: str) -> str | None:
    """The text of ``path`` at ``commit``, or None when it did not exist there."""
    try:
        return git(repo, "show", f"{commit}:{path}")
    except GitError:
        return None


def commits_touching(repo: Path, path: str) -> list[str]:
    """Commits reachable from HEAD that changed ``path``, newest first."""
    try:
        return git(repo, "log", "--format=%H", "--", path).split()
    except GitError:
        return []


def describe(repo: Path, commit: str) -> str:
    try:
        short, subject = git(repo, "log", "-1", "--format=%h%n%s", commit).splitlines()[:2]
    except (GitError, ValueError):
        return commit[:12]
    return f'{short} "{subject if len(subject) <= 50 else subject[:47] + "..."}"'
