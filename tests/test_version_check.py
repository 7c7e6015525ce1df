"""`make check` refuses an API change without a version bump, reading the committed history of the spec."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from release_tools import git

from generator import yamlio
from generator.release import spec_history, version_check


def _spec(version: str, n_maximum: int = 1, description: str = "How many.") -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": version},
        "paths": {
            "/embed/chat/completions": {
                "post": {
                    "operationId": "createChatCompletion",
                    "requestBody": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Request"}}}
                    },
                    "responses": {"200": {"description": "OK"}},
                }
            }
        },
        "components": {
            "schemas": {
                "Request": {
                    "type": "object",
                    "additionalProperties": False,
                    "properties": {
                        "n": {"type": "integer", "minimum": 1, "maximum": n_maximum, "description": description}
                    },
                }
            }
        },
    }


class History:
    def __init__(self, root: Path, *, init: bool = True) -> None:
        self.root = root
        if init:
            git(root, "init", "--quiet", "-b", "main")

    def write(self, document: dict[str, Any]) -> str:
        path = self.root / spec_history.SPEC_PATH
        path.parent.mkdir(parents=True, exist_ok=True)
        text = yamlio.dumps(document)
        path.write_text(text)
        return text

    def commit(self, document: dict[str, Any], message: str) -> str:
        text = self.write(document)
        git(self.root, "add", "--all")
        git(self.root, "commit", "--quiet", "-m", message)
        return text

    def verdict(self, text: str) -> version_check.Verdict:
        return version_check.check(self.root, yamlio.loads(text), text)


@pytest.fixture
def history(tmp_path: Path) -> History:
    return History(tmp_path)


def test_an_api_change_without_a_bump_fails_and_says_what_to_do(history: History) -> None:
    history.commit(_spec("0.1.0"), "first release")
    verdict = history.verdict(history.write(_spec("0.1.0", n_maximum=4)))
    assert not verdict.ok
    assert "the public API changed (1 API change(s), 0 breaking" in verdict.message
    assert "info.version is still 0.1.0" in verdict.message
    assert "Bump info.version in spec/openapi.yaml (to 0.1.1 or later)" in verdict.message


def test_a_breaking_change_suggests_the_next_minor_below_1_0(history: History) -> None:
    history.commit(_spec("0.1.0", n_maximum=4), "first release")
    verdict = history.verdict(history.write(_spec("0.1.0", n_maximum=1)))
    assert not verdict.ok and "(to 0.2.0 or later)" in verdict.message


def test_a_bumped_version_passes_and_a_lower_one_fails(history: History) -> None:
    history.commit(_spec("0.2.0"), "release 0.2.0")
    assert history.verdict(history.write(_spec("0.2.1", n_maximum=4))).ok
    lower = history.verdict(history.write(_spec("0.1.9", n_maximum=4)))
    assert not lower.ok and "went down from 0.2.0 to 0.1.9" in lower.message


def test_prose_changes_need_no_bump(history: History) -> None:
    history.commit(_spec("0.1.0"), "first release")
    assert history.verdict(history.write(_spec("0.1.0", description="Reworded."))).ok


def test_a_committed_change_without_a_bump_is_caught_behind_a_later_prose_commit(history: History) -> None:
    history.commit(_spec("0.1.0"), "first release")
    history.commit(_spec("0.1.0", n_maximum=4), "n up to 4, version forgotten")
    text = history.commit(_spec("0.1.0", n_maximum=4, description="Reworded."), "reword")
    verdict = history.verdict(text)
    assert (
        not verdict.ok and "since generated/openapi.yaml at" in verdict.message and "first release" in verdict.message
    )


def test_a_committed_change_with_its_bump_passes_on_a_clean_tree(history: History) -> None:
    history.commit(_spec("0.1.0"), "first release")
    text = history.commit(_spec("0.1.1", n_maximum=4), "n up to 4")
    verdict = history.verdict(text)
    assert verdict.ok and verdict.message.startswith("version 0.1.0 -> 0.1.1")


def test_outside_git_and_without_history_there_is_nothing_to_compare(tmp_path: Path, history: History) -> None:
    text = yamlio.dumps(_spec("0.1.0"))
    assert version_check.check(tmp_path / "elsewhere", yamlio.loads(text), text).ok
    assert history.verdict(history.commit(_spec("0.1.0"), "only commit")).ok
    invalid = _spec("not a version")
    assert not version_check.check(tmp_path, invalid, yamlio.dumps(invalid)).ok


def test_a_base_can_be_named_by_version_or_commit(history: History) -> None:
    history.commit(_spec("0.1.0"), "first release")
    history.commit(_spec("0.2.0", n_maximum=4), "second release")
    first = spec_history.resolve(history.root, "0.1.0")
    assert first.version == "0.1.0" and "first release" in first.label
    assert spec_history.resolve(history.root, "HEAD").version == "0.2.0"
    assert spec_history.resolve(history.root, "HEAD~1").text == first.text
    with pytest.raises(spec_history.HistoryError, match=r"0\.3\.0"):
        spec_history.resolve(history.root, "0.3.0")


def _shallow_clone(history: History, target: Path) -> History:
    # file:// makes git honour --depth for a local path (a plain path would hard-link the whole history).
    git(history.root.parent, "clone", "--quiet", "--depth", "1", history.root.as_uri(), str(target))
    return History(target, init=False)


@pytest.fixture
def forgotten_bump(history: History) -> History:
    """A history whose last commit changed the API but kept the version."""
    history.commit(_spec("0.1.0"), "first release")
    history.commit(_spec("0.1.0", n_maximum=4), "n up to 4, version forgotten")
    return history


def test_a_shallow_clone_warns_that_the_check_could_not_run(forgotten_bump: History, tmp_path: Path) -> None:
    text = yamlio.dumps(_spec("0.1.0", n_maximum=4))
    # The full history catches the forgotten bump ...
    assert not forgotten_bump.verdict(text).ok
    # ... a clone holding only the last commit cannot see it, and says so instead of passing quietly.
    clone = _shallow_clone(forgotten_bump, tmp_path / "shallow")
    assert git(clone.root, "rev-parse", "--is-shallow-repository").strip() == "true"
    verdict = clone.verdict(text)
    assert verdict.ok and verdict.warning
    assert "could not run: this is a shallow clone" in verdict.message
    assert "git fetch --unshallow" in verdict.message and "STRICT_VERSION_CHECK=1" in verdict.message
    assert "no earlier committed spec has a different API" not in verdict.message


def test_a_shallow_clone_fails_when_strict(forgotten_bump: History, tmp_path: Path) -> None:
    clone = _shallow_clone(forgotten_bump, tmp_path / "shallow")
    text = yamlio.dumps(_spec("0.1.0", n_maximum=4))
    verdict = version_check.check(clone.root, yamlio.loads(text), text, strict=True)
    assert not verdict.ok and not verdict.warning
    assert "shallow clone" in verdict.message and "git fetch --unshallow" in verdict.message
    # A full history has nothing to warn about, strict or not.
    full = version_check.check(forgotten_bump.root, yamlio.loads(text), text, strict=True)
    assert not full.ok and "info.version is still 0.1.0" in full.message


def test_a_shallow_clone_still_judges_a_change_against_the_commit_it_holds(
    forgotten_bump: History, tmp_path: Path
) -> None:
    clone = _shallow_clone(forgotten_bump, tmp_path / "shallow")
    verdict = clone.verdict(clone.write(_spec("0.1.0", n_maximum=8)))
    assert not verdict.ok and not verdict.warning and "info.version is still 0.1.0" in verdict.message
    assert clone.verdict(clone.write(_spec("0.1.1", n_maximum=8))).ok


@pytest.mark.parametrize(("value", "strict"), [("1", True), ("true", True), ("0", False), ("", False)])
def test_strict_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch, value: str, strict: bool) -> None:
    monkeypatch.setenv(version_check.STRICT_ENV, value)
    assert version_check.strict_from_env() is strict
