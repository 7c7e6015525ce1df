"""The overlay engine against the Overlay 1.0/1.1 rules, through its API and its command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import yamlio
from generator.pipeline.overlay import OverlayFailed, OverlayInvalid, apply_overlay, parse_overlay

REPO = Path(__file__).resolve().parent.parent


def _doc() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Pets", "version": "1"},
        "paths": {
            "/items": {
                "get": {
                    "tags": ["a", "dummy", "b"],
                    "parameters": [
                        {"name": "dummy", "in": "query"},
                        {"name": "filter", "in": "query"},
                        {"name": "dummy", "in": "header"},
                    ],
                    "responses": {"200": {"description": "OK"}},
                    "x-traits": ["paged"],
                }
            },
            "/other": {"get": {"responses": {"200": {"description": "OK"}}}},
            "/some-items": {"delete": {"responses": {"200": {"description": "OK"}}}},
        },
    }


def _apply(actions: list[dict[str, Any]], version: str = "1.1.0", strict: bool = False) -> Any:
    overlay = parse_overlay({"overlay": version, "info": {"title": "t", "version": "1"}, "actions": actions})
    return apply_overlay(_doc(), overlay, strict=strict)


def test_update_merges_objects_recursively() -> None:
    result = _apply([{"target": "$.paths['/items']", "update": {"get": {"summary": "List", "x-rate": 100}}}])
    get = result["paths"]["/items"]["get"]
    assert get["summary"] == "List"
    assert get["x-rate"] == 100
    assert get["responses"] == {"200": {"description": "OK"}}, "untouched properties stay"


def test_update_replaces_primitives_and_concatenates_nested_arrays() -> None:
    result = _apply(
        [
            {"target": "$.info", "update": {"title": "Renamed"}},
            {"target": "$.paths['/items'].get", "update": {"tags": ["c"]}},
        ]
    )
    assert result["info"]["title"] == "Renamed"
    assert result["paths"]["/items"]["get"]["tags"] == ["a", "dummy", "b", "c"]


def test_update_of_a_primitive_node_replaces_it() -> None:
    result = _apply([{"target": "$.info.title", "update": "New"}])
    assert result["info"]["title"] == "New"


def test_array_target_concatenates_in_1_1_and_appends_in_1_0() -> None:
    target = "$.paths['/items'].get.tags"
    assert _apply([{"target": target, "update": ["x", "y"]}])["paths"]["/items"]["get"]["tags"][-2:] == ["x", "y"]
    appended = _apply([{"target": target, "update": ["x", "y"]}], version="1.0.0")
    assert appended["paths"]["/items"]["get"]["tags"][-1] == ["x", "y"]
    one = _apply([{"target": target, "update": "z"}])
    assert one["paths"]["/items"]["get"]["tags"][-1] == "z"


def test_wildcard_targets_every_match() -> None:
    result = _apply([{"target": "$.paths.*.get", "update": {"x-safe": True}}])
    assert result["paths"]["/items"]["get"]["x-safe"] is True
    assert result["paths"]["/other"]["get"]["x-safe"] is True
    assert "get" not in result["paths"]["/some-items"]


def test_remove_by_filter_removes_every_selected_array_element() -> None:
    result = _apply([{"target": "$.paths.*.get.parameters[?@.name == 'dummy']", "remove": True}])
    assert result["paths"]["/items"]["get"]["parameters"] == [{"name": "filter", "in": "query"}]


def test_remove_primitive_array_element() -> None:
    result = _apply([{"target": "$.paths.*.get.tags[?@ == 'dummy']", "remove": True}])
    assert result["paths"]["/items"]["get"]["tags"] == ["a", "b"]


def test_remove_node_and_its_descendant_together() -> None:
    result = _apply([{"target": "$.paths['/items'].get..*", "remove": True}])
    assert result["paths"]["/items"]["get"] == {}


def test_filter_on_nested_values_selects_by_trait() -> None:
    result = _apply(
        [{"target": "$.paths[?@.get['x-traits'][?@ == 'paged']].get", "update": {"parameters": [{"name": "top"}]}}]
    )
    assert result["paths"]["/items"]["get"]["parameters"][-1] == {"name": "top"}
    assert "parameters" not in result["paths"]["/other"]["get"]


def test_copy_then_remove_moves_a_path_item() -> None:
    result = _apply(
        [
            {"target": "$.paths", "update": {"/new-items": {}}},
            {"target": "$.paths['/new-items']", "copy": "$.paths['/items']"},
            {"target": "$.paths['/items']", "remove": True},
        ]
    )
    assert "/items" not in result["paths"]
    assert result["paths"]["/new-items"]["get"]["tags"] == ["a", "dummy", "b"]


def test_copy_merges_into_existing_target() -> None:
    result = _apply([{"target": "$.paths['/some-items']", "copy": "$.paths['/items']"}])
    item = result["paths"]["/some-items"]
    assert set(item) == {"get", "delete"}
    item["get"]["tags"].append("changed")
    assert result["paths"]["/items"]["get"]["tags"] == ["a", "dummy", "b"], "a copy shares nothing with its source"


def test_actions_apply_in_order_to_the_previous_result() -> None:
    result = _apply(
        [
            {"target": "$.paths['/other']", "remove": True},
            {"target": "$.paths", "update": {"/other": {"x-recreated": True}}},
        ]
    )
    assert result["paths"]["/other"] == {"x-recreated": True}


def test_target_selecting_nothing_is_a_no_op_unless_strict() -> None:
    action = {"target": "$.paths['/missing']", "description": "gone", "update": {"x": 1}}
    assert _apply([action]) == _doc()
    with pytest.raises(OverlayFailed, match=r"action 1 \(gone\).*selects nothing"):
        _apply([action], strict=True)


def test_incompatible_merge_is_an_error() -> None:
    with pytest.raises(OverlayFailed, match="cannot merge"):
        _apply([{"target": "$.info", "update": {"title": {"nested": True}}}])
    with pytest.raises(OverlayFailed, match="only be updated with an object"):
        _apply([{"target": "$.info", "update": "text"}])


def test_mixed_node_kinds_are_an_error() -> None:
    with pytest.raises(OverlayFailed, match="mix of"):
        _apply([{"target": "$.info.*", "update": "x"}, {"target": "$.paths['/items'].get.*", "update": {"a": 1}}])


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("not a mapping", "must be a mapping"),
        (
            {"info": {"title": "t", "version": "1"}, "actions": [{"target": "$", "remove": True}]},
            "'overlay' is required",
        ),
        ({"overlay": "2.0.0", "info": {"title": "t", "version": "1"}, "actions": []}, "not supported"),
        ({"overlay": "1.1.0", "actions": [{"target": "$", "update": {}}]}, "'info' is required"),
        ({"overlay": "1.1.0", "info": {"title": "t"}, "actions": [{"target": "$", "update": {}}]}, "info.version"),
        ({"overlay": "1.1.0", "info": {"title": "t", "version": "1"}, "actions": []}, "at least one action"),
        (
            {
                "overlay": "1.1.0",
                "info": {"title": "t", "version": "1"},
                "nope": 1,
                "actions": [{"target": "$", "update": {}}],
            },
            "unknown field 'nope'",
        ),
        (
            {"overlay": "1.1.0", "info": {"title": "t", "version": "1"}, "actions": [{"update": {}}]},
            "'target' is required",
        ),
        (
            {
                "overlay": "1.1.0",
                "info": {"title": "t", "version": "1"},
                "actions": [{"target": "$..[?@.a =~ 'x']", "remove": True}],
            },
            "not an RFC 9535 JSONPath",
        ),
        (
            {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": [{"target": "$.a", "copy": "$.b"}]},
            "'copy' needs overlay version 1.1",
        ),
        (
            {
                "overlay": "1.1.0",
                "info": {"title": "t", "version": "1"},
                "actions": [{"target": "$.a", "remove": "yes"}],
            },
            "'remove' must be true or false",
        ),
        (
            {
                "overlay": "1.1.0",
                "info": {"title": "t", "version": "1"},
                "actions": [{"target": "$.a", "remove": True}, {"target": "$.a", "remove": True}],
            },
            "unique",
        ),
    ],
)
def test_invalid_overlays_are_refused_with_a_reason(document: Any, message: str) -> None:
    with pytest.raises(OverlayInvalid, match=message):
        parse_overlay(document)


def test_1_0_allows_update_with_remove_and_remove_wins() -> None:
    result = _apply([{"target": "$.paths['/other']", "update": {"x": 1}, "remove": True}], version="1.0.0")
    assert "/other" not in result["paths"]


def _run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "overlay", *args], cwd=REPO, capture_output=True, text=True, check=False
    )


def test_cli_applies_overlays_in_order_and_writes_yaml(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yamlio.dumps(_doc()))
    first = tmp_path / "first.yaml"
    first.write_text(
        "overlay: 1.0.0\ninfo: {title: a, version: '1'}\nactions:\n  - target: $.info\n    update: {title: A}\n"
    )
    second = tmp_path / "second.json"
    second.write_text(
        '{"overlay": "1.1.0", "info": {"title": "b", "version": "1"},'
        ' "actions": [{"target": "$.info.title", "update": "B"}]}'
    )
    done = _run_cli(str(spec), str(first), str(second))
    assert done.returncode == 0, done.stderr
    assert yamlio.loads(done.stdout)["info"]["title"] == "B"

    out = tmp_path / "out.yaml"
    done = _run_cli(str(spec), str(first), "-o", str(out), "--strict")
    assert done.returncode == 0 and done.stdout == ""
    assert yamlio.load(out)["info"]["title"] == "A"


def test_cli_exit_status_2_for_an_invalid_overlay(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yamlio.dumps(_doc()))
    bad = tmp_path / "bad.yaml"
    bad.write_text("overlay: 1.1.0\ninfo: {title: a}\nactions:\n  - target: $.info\n    update: {}\n")
    done = _run_cli(str(spec), str(bad))
    assert done.returncode == 2
    assert "info.version is required" in done.stderr and str(bad) in done.stderr
    broken = tmp_path / "broken.yaml"
    broken.write_text("overlay: [unclosed\n")
    done = _run_cli(str(spec), str(broken))
    assert done.returncode == 2 and "not valid YAML" in done.stderr


def test_cli_strict_names_the_action_that_selects_nothing(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yamlio.dumps(_doc()))
    stale = tmp_path / "stale.yaml"
    stale.write_text(
        "overlay: 1.1.0\ninfo: {title: a, version: '1'}\nactions:\n"
        "  - target: $.components.schemas.Gone\n    description: 'n: \"must be 1\"'\n    update: {x: 1}\n"
    )
    assert _run_cli(str(spec), str(stale)).returncode == 0
    done = _run_cli(str(spec), str(stale), "--strict")
    assert done.returncode == 1
    assert 'action 1 (n: "must be 1"), target $.components.schemas.Gone: the target selects nothing' in done.stderr


def test_a_node_selected_twice_is_updated_once() -> None:
    result = _apply([{"target": "$.paths['/items'].get.tags[0,0]", "update": "first"}])
    assert result["paths"]["/items"]["get"]["tags"] == ["first", "dummy", "b"]
    result = _apply([{"target": "$.paths['/items'].get['tags','tags']", "update": ["c"]}])
    assert result["paths"]["/items"]["get"]["tags"] == ["a", "dummy", "b", "c"]


def test_actions_differing_only_as_json_types_are_not_duplicates() -> None:
    overlay = parse_overlay(
        {
            "overlay": "1.1.0",
            "info": {"title": "t", "version": "1"},
            "actions": [{"target": "$.info.x", "update": 1}, {"target": "$.info.x", "update": True}],
        }
    )
    assert len(overlay.actions) == 2


def test_structured_update_with_empty_entries_leaves_those_sections_alone() -> None:
    # The Overlay specification's structured example lists `components:` and `tags:` with no value.
    document = _doc() | {"components": {"schemas": {"A": {}}}, "tags": [{"name": "t"}]}
    overlay = parse_overlay(
        {
            "overlay": "1.1.0",
            "info": {"title": "t", "version": "1"},
            "actions": [
                {
                    "target": "$",
                    "update": {
                        "info": {"x-overlay-applied": "structured"},
                        "paths": {"/other": {"get": {"x-rate-limit": 100}}},
                        "components": None,
                        "tags": None,
                    },
                }
            ],
        }
    )
    result = apply_overlay(document, overlay, strict=True)
    assert result["info"]["x-overlay-applied"] == "structured"
    assert result["paths"]["/other"]["get"]["x-rate-limit"] == 100
    assert result["components"] == {"schemas": {"A": {}}} and result["tags"] == [{"name": "t"}]
