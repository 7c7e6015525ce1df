"""`make build` and `make check` on a scratch clone whose generated/ is stale or not all tracked."""

from __future__ import annotations

from pathlib import Path

import pytest
from release_tools import chat_n_rule, clone_worktree, git, make

from generator.pipeline import generation

OVERLAY = "overlays/10-chat-completions.yaml"
# A generated file that exists today; untracking it stands for the new files of a new endpoint.
GENERATED_FILE = "generated/SUPPORT.md"


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return clone_worktree(tmp_path_factory.mktemp("stale") / "clone")


def _loosen_n(clone: Path) -> None:
    """Reword the overlay's rule on ``n``, whatever it says today, without regenerating: generated/ goes stale."""
    overlay = clone / OVERLAY
    text = overlay.read_text(encoding="utf-8")
    too_many, words = chat_n_rule(clone)
    recorded = f"x-c1-rule: {words}\n"
    assert text.count(recorded) == 1, f"{OVERLAY} records n's rule {words!r} once"
    overlay.write_text(text.replace(recorded, f"x-c1-rule: up to {too_many}\n"), encoding="utf-8")


def test_check_names_untracked_generated_files_and_the_fix(clone: Path) -> None:
    git(clone, "rm", "--quiet", "--cached", GENERATED_FILE)
    try:
        untracked = make(clone, "check")
        git(clone, "add", GENERATED_FILE)
        tracked = make(clone, "check")
    finally:
        git(clone, "reset", "--quiet", "--hard")
    assert untracked.returncode == 0, untracked.stderr
    assert "warning: git does not track 1 file(s) under" in untracked.stderr
    assert f"\n  {GENERATED_FILE}\n" in untracked.stderr
    assert "git add spec overlays generated && git commit" in untracked.stderr
    assert tracked.returncode == 0, tracked.stderr
    assert "does not track" not in tracked.stderr, "a staged file counts as tracked"


def test_check_on_a_stale_tree_says_to_regenerate_after_a_merge(clone: Path) -> None:
    _loosen_n(clone)
    try:
        done = make(clone, "check")
    finally:
        git(clone, "checkout", "--quiet", "--", OVERLAY)
    assert done.returncode != 0
    assert "differs: openapi.yaml" in done.stdout
    assert generation.MERGE_HINT in done.stdout.splitlines()


def test_build_refuses_a_stale_generated_tree_and_builds_nothing(clone: Path) -> None:
    _loosen_n(clone)
    try:
        done = make(clone, "build")
    finally:
        git(clone, "checkout", "--quiet", "--", OVERLAY)
    assert done.returncode != 0
    assert "generated/ is not what spec/ and overlays/ produce" in done.stderr
    assert "run `make generate`" in done.stderr
    assert "\n  differs: openapi.yaml\n" in done.stderr and "\n  differs: SUPPORT.md\n" in done.stderr
    assert not (clone / "dist").exists(), "nothing was built"
