"""The pipeline's own rules for overlays/: stricter than the Overlay specification, and kept apart from it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from generator.pipeline import generation
from generator.pipeline.overlay import apply_overlay, parse_overlay
from generator.pipeline.overlay_policy import (
    OverlayPolicyError,
    apply_every_action_matching,
    check_actions_change_something,
)

REPO = Path(__file__).resolve().parent.parent


def _doc() -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "Shop", "version": "2"}, "paths": {"/orders": {}, "/carts": {}}}


def _overlay(*actions: dict[str, Any]) -> Any:
    return parse_overlay({"overlay": "1.1.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)})


@pytest.mark.parametrize(
    ("action", "reason"),
    [
        ({"target": "$.info"}, "it has no 'update', 'copy' or 'remove: true', so it changes nothing"),
        ({"target": "$.info", "remove": False}, "it has no 'update', 'copy' or 'remove: true', so it changes nothing"),
        ({"target": "$.info", "update": {"x": 1}, "remove": True}, "'update' has no impact next to remove: true"),
        ({"target": "$.info", "copy": "$.paths", "remove": True}, "'copy' has no impact next to remove: true"),
        ({"target": "$.info", "update": {"x": 1}, "copy": "$.paths"}, "'update' and 'copy' are both given"),
    ],
)
def test_actions_that_change_nothing_are_refused_by_the_policy_but_valid_overlays(
    action: dict[str, Any], reason: str
) -> None:
    overlay = _overlay({"target": "$.paths", "update": {"/new": {}}}, action)
    apply_overlay(_doc(), overlay, strict=True)  # the general engine accepts and applies it
    with pytest.raises(OverlayPolicyError) as refused:
        check_actions_change_something(overlay, "overlays/50-x.yaml")
    assert str(refused.value).startswith(f"overlays/50-x.yaml: action 2, target $.info: {reason}")
    assert str(refused.value).endswith("every action in overlays/ must change the spec")


def test_actions_that_change_something_pass_the_policy() -> None:
    overlay = _overlay(
        {"target": "$.paths", "update": {"/new": {}}},
        {"target": "$.paths['/new']", "copy": "$.paths['/orders']"},
        {"target": "$.paths['/carts']", "remove": True, "description": "carts are gone"},
    )
    check_actions_change_something(overlay, "overlays/50-x.yaml")
    assert set(apply_every_action_matching(_doc(), overlay, "overlays/50-x.yaml")["paths"]) == {"/orders", "/new"}


def test_a_target_that_selects_nothing_is_refused_by_the_policy_only() -> None:
    overlay = _overlay({"target": "$.paths['/gone']", "description": 'n: "must be 1"', "update": {"x": 1}})
    assert apply_overlay(_doc(), overlay) == _doc(), "the specification: the action succeeds, changing nothing"
    with pytest.raises(OverlayPolicyError) as refused:
        apply_every_action_matching(_doc(), overlay, "overlays/50-x.yaml")
    assert str(refused.value) == (
        "overlays/50-x.yaml: action 1 (n: \"must be 1\"), target $.paths['/gone']: the target selects nothing in"
        " the spec, and every action in overlays/ must match so that no C1 rule silently stops applying (fix the"
        " target or drop the action)"
    )


def _inputs_with_extra_overlay(tmp_path: Path, text: str) -> generation.Inputs:
    overlays = tmp_path / "overlays"
    shutil.copytree(REPO / "overlays", overlays)
    (overlays / "99-extra.yaml").write_text(text, encoding="utf-8")
    return generation.Inputs(REPO / "spec", overlays)


def test_the_pipeline_refuses_an_overlay_with_a_target_only_action(tmp_path: Path) -> None:
    inputs = _inputs_with_extra_overlay(
        tmp_path, "overlay: 1.1.0\ninfo: {title: extra, version: '1'}\nactions:\n  - target: $.info\n"
    )
    with pytest.raises(OverlayPolicyError, match=r"^overlays/99-extra\.yaml: action 1, target \$\.info: it has no"):
        generation.effective_spec(inputs)
