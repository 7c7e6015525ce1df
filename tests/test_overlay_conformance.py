"""The overlay engine against the cases the Overlay 1.0.0 and 1.1.0 texts decide.

Each document here is valid or invalid by the specification's text and its
JSON schemas; the engine must accept exactly the valid ones and apply them as
the text says, whatever this project's own overlays/ allow.
"""

from __future__ import annotations

import datetime
import math
from typing import Any

import pytest

from generator import yamlio
from generator.pipeline.overlay import OverlayFailed, OverlayInvalid, apply_overlay, parse_overlay

INFO = {"title": "t", "version": "1"}


def _doc() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Shop", "version": "2"},
        "paths": {
            "/orders": {
                "get": {
                    "tags": ["orders", "legacy"],
                    "parameters": [{"name": "page", "in": "query"}, {"name": "legacy", "in": "query"}],
                    "responses": {"200": {"description": "OK"}},
                }
            },
            "/carts": {"delete": {"responses": {"204": {"description": "Gone"}}}},
        },
    }


def _overlay(actions: list[dict[str, Any]], version: str = "1.1.0", **fields: Any) -> dict[str, Any]:
    return {"overlay": version, "info": dict(INFO), "actions": actions, **fields}


def _apply(actions: list[dict[str, Any]], version: str = "1.1.0", strict: bool = False) -> Any:
    return apply_overlay(_doc(), parse_overlay(_overlay(actions, version)), strict=strict)


# Actions that change nothing are valid.


@pytest.mark.parametrize("version", ["1.0.0", "1.1.0"])
def test_an_action_with_only_a_target_is_valid_and_changes_nothing(version: str) -> None:
    actions = [
        {"target": "$"},
        {"target": "$.paths['/orders']", "description": "a note"},
        {"target": "$.info", "x-owner": "docs"},
    ]
    assert _apply(actions, version, strict=True) == _doc()


@pytest.mark.parametrize("version", ["1.0.0", "1.1.0"])
def test_remove_false_alone_changes_nothing_and_remove_false_with_update_updates(version: str) -> None:
    assert _apply([{"target": "$.info", "remove": False}], version) == _doc()
    updated = _apply([{"target": "$.info", "update": {"summary": "s"}, "remove": False}], version)
    assert updated["info"]["summary"] == "s"


def test_a_target_only_action_selecting_nothing_is_still_reported_in_strict_mode() -> None:
    assert _apply([{"target": "$.nowhere"}]) == _doc()
    with pytest.raises(OverlayFailed, match=r"action 1, target \$\.nowhere: the target selects nothing"):
        _apply([{"target": "$.nowhere"}], strict=True)


# Which field wins when an action gives several (1.1: "has no impact if ...").


@pytest.mark.parametrize("version", ["1.0.0", "1.1.0"])
def test_update_with_remove_true_removes(version: str) -> None:
    result = _apply([{"target": "$.paths['/carts']", "update": {"x-kept": True}, "remove": True}], version)
    assert "/carts" not in result["paths"]


def test_copy_with_remove_true_removes_in_1_1() -> None:
    result = _apply([{"target": "$.paths['/carts']", "copy": "$.paths['/orders']", "remove": True}])
    assert "/carts" not in result["paths"] and "/orders" in result["paths"]


def test_update_with_copy_changes_nothing_in_1_1() -> None:
    # Each field "has no impact" when the other is given, so neither applies.
    action = {"target": "$.paths['/carts']", "update": {"x-new": 1}, "copy": "$.paths['/orders']"}
    assert _apply([action], strict=True) == _doc()


def test_update_copy_and_remove_true_together_remove() -> None:
    action = {"target": "$.paths['/carts']", "update": {"x-new": 1}, "copy": "$.paths['/orders']", "remove": True}
    assert "/carts" not in _apply([action])["paths"]


# Specification extensions: allowed at the root, in info and in actions.


@pytest.mark.parametrize("version", ["1.0.0", "1.1.0"])
def test_extensions_are_accepted_at_every_level_with_any_value(version: str) -> None:
    document = _overlay(
        [{"target": "$.info", "update": {"summary": "s"}, "x-action": None, "x-": [1, {"a": None}]}],
        version,
        **{"x-root": {"nested": [True]}},
    )
    document["info"]["x-info"] = 3.5
    result = apply_overlay(_doc(), parse_overlay(document))
    assert result["info"]["summary"] == "s"
    assert "x-root" not in result and "x-info" not in result["info"], "extensions annotate the overlay only"


@pytest.mark.parametrize(
    ("place", "key"),
    [("root", "X-upper"), ("root", "extension"), ("info", "license"), ("action", "X-upper"), ("action", "merge")],
)
def test_fields_that_are_neither_fixed_nor_extensions_are_refused(place: str, key: str) -> None:
    document = _overlay([{"target": "$"}])
    holder = {"root": document, "info": document["info"], "action": document["actions"][0]}[place]
    holder[key] = 1
    with pytest.raises(OverlayInvalid, match=f"unknown field '{key}' \\(extensions must start with 'x-'\\)"):
        parse_overlay(document)


# Info Object: title and version in both; description only from 1.1 on.


def test_info_description_is_accepted_in_1_1() -> None:
    document = _overlay([{"target": "$"}])
    document["info"]["description"] = "Adds *nothing*."
    assert parse_overlay(document).title == "t"


def test_info_description_is_refused_in_1_0() -> None:
    document = _overlay([{"target": "$"}], "1.0.0")
    document["info"]["description"] = "Adds nothing."
    with pytest.raises(OverlayInvalid, match=r"info\.description needs overlay version 1\.1 or later"):
        parse_overlay(document)


@pytest.mark.parametrize(
    ("info", "message"),
    [
        ({"title": "t", "version": "1", "description": None}, r"info\.description must be a string"),
        ({"title": "t", "version": 1}, r"info\.version is required and must be a string"),
        ({"title": None, "version": "1"}, r"info\.title is required and must be a string"),
    ],
)
def test_info_fields_must_be_strings(info: dict[str, Any], message: str) -> None:
    with pytest.raises(OverlayInvalid, match=message):
        parse_overlay({"overlay": "1.1.0", "info": info, "actions": [{"target": "$"}]})


# Versions: 1.0.<patch> and 1.1.<patch>; the patch changes nothing.


@pytest.mark.parametrize("version", ["1.0.0", "1.0.1", "1.0.10", "1.1.0", "1.1.3"])
def test_every_patch_version_of_1_0_and_1_1_is_accepted(version: str) -> None:
    assert parse_overlay(_overlay([{"target": "$"}], version)).minor == int(version.split(".")[1])


def test_the_patch_version_does_not_change_how_an_overlay_applies() -> None:
    action = {"target": "$.paths['/orders'].get.tags", "update": ["new"]}
    assert _apply([action], "1.0.9")["paths"]["/orders"]["get"]["tags"] == ["orders", "legacy", ["new"]]
    assert _apply([action], "1.1.9")["paths"]["/orders"]["get"]["tags"] == ["orders", "legacy", "new"]


@pytest.mark.parametrize(
    "version",
    ["1.2.0", "2.0.0", "1.1", "1.1.0\n", "1.1.0 ", "v1.1.0", "1.1.0-rc1", "01.1.0", "1.01.0", "1.1.\u0663", ""],
)
def test_other_version_strings_are_refused_naming_the_rule(version: str) -> None:
    with pytest.raises(OverlayInvalid, match=r"it must be 1\.0\.<patch> or 1\.1\.<patch>"):
        parse_overlay(_overlay([{"target": "$"}], version))


def test_an_unquoted_yaml_version_is_refused_with_a_hint() -> None:
    with pytest.raises(OverlayInvalid, match=r"must be a version string such as '1\.1\.0', got 1\.1 \(quote it"):
        parse_overlay(yamlio.loads("overlay: 1.1\ninfo: {title: t, version: '1'}\nactions: [{target: $}]\n"))


# extends: a URI reference, absolute or relative; informative only.


@pytest.mark.parametrize(
    "extends", ["https://example.com/openapi.yaml", "./openapi.yaml", "/specs/shop.json#/paths", "openapi.yaml", ""]
)
def test_extends_accepts_uri_references_and_changes_nothing_applied(extends: str) -> None:
    overlay = parse_overlay(_overlay([{"target": "$.info", "update": {"summary": "s"}}], extends=extends))
    assert overlay.extends == extends
    assert apply_overlay(_doc(), overlay)["info"]["summary"] == "s"


@pytest.mark.parametrize(
    "extends", ["not a uri", "1http://example.com/x", "%zz.yaml", "a#b#c", "ex\u00e4mple.yaml", None, 3]
)
def test_extends_that_is_not_a_uri_reference_is_refused(extends: Any) -> None:
    with pytest.raises(OverlayInvalid, match="'extends' must be a URI reference string"):
        parse_overlay(_overlay([{"target": "$"}], extends=extends))


# Actions: unique as JSON values, description a string.


def test_actions_equal_as_json_are_duplicates_even_when_written_differently() -> None:
    first = {"target": "$.info", "update": {"x-a": 1, "x-b": 2}}
    second = {"update": {"x-b": 2.0, "x-a": 1}, "target": "$.info"}
    with pytest.raises(OverlayInvalid, match="action 2 repeats an earlier action"):
        parse_overlay(_overlay([first, second]))


def test_an_action_description_of_null_is_refused() -> None:
    with pytest.raises(OverlayInvalid, match="action 1: 'description' must be a string"):
        parse_overlay(_overlay([{"target": "$", "description": None}]))


def test_update_may_be_any_json_value_including_null() -> None:
    result = _apply([{"target": "$.info.title", "update": None}, {"target": "$.info.version", "update": 3}])
    assert result["info"] == {"title": None, "version": 3}


@pytest.mark.parametrize(
    ("yaml_value", "kind"), [("2024-05-01", "date"), ("2024-05-01T10:00:00Z", "datetime"), (".nan", "nan")]
)
def test_yaml_values_without_a_json_form_are_refused(yaml_value: str, kind: str) -> None:
    document = yamlio.loads(
        f"overlay: 1.1.0\ninfo: {{title: t, version: '1'}}\nactions:\n  - target: $.info\n"
        f"    update: {{x-when: {yaml_value}}}\n"
    )
    loaded = document["actions"][0]["update"]["x-when"]
    # The YAML loader really produces the non-JSON value, so the refusal is the engine's.
    assert math.isnan(loaded) if kind == "nan" else isinstance(loaded, datetime.date)
    with pytest.raises(OverlayInvalid, match=r"actions\[0\]\.update\.x-when: .*(no JSON equivalent|not a JSON number)"):
        parse_overlay(document)


# copy (1.1): a JSONPath query selecting exactly one node, merged like update.


def test_copy_is_refused_in_1_0_and_must_be_a_jsonpath_query() -> None:
    with pytest.raises(OverlayInvalid, match=r"'copy' needs overlay version 1\.1 or later"):
        parse_overlay(_overlay([{"target": "$", "copy": "$.info"}], "1.0.0"))
    for bad in (None, "info", 3):
        with pytest.raises(OverlayInvalid, match="'copy' must be a JSONPath query starting with '\\$'"):
            parse_overlay(_overlay([{"target": "$", "copy": bad}]))
    with pytest.raises(OverlayInvalid, match="action 1: 'copy': '\\$\\[' is not an RFC 9535 JSONPath query"):
        parse_overlay(_overlay([{"target": "$", "copy": "$["}]))


@pytest.mark.parametrize(("source", "count"), [("$.nowhere", 0), ("$.paths.*", 2)])
def test_copy_source_must_select_exactly_one_node(source: str, count: int) -> None:
    with pytest.raises(OverlayFailed, match=f"copy source .* must select exactly one node, selected {count}"):
        _apply([{"target": "$.info", "copy": source}])


def test_copy_follows_the_update_rules_for_arrays_and_primitives() -> None:
    result = _apply(
        [
            {"target": "$.paths['/orders'].get.tags", "copy": "$.paths['/orders'].get.tags"},
            {"target": "$.paths['/orders'].get.parameters", "copy": "$.paths['/orders'].get.parameters[0]"},
            {"target": "$.info.title", "copy": "$.paths['/carts'].delete.responses['204'].description"},
        ]
    )
    get = result["paths"]["/orders"]["get"]
    assert get["tags"] == ["orders", "legacy", "orders", "legacy"], "an array source is concatenated"
    assert get["parameters"][-1] == {"name": "page", "in": "query"}, "an object source is appended"
    assert result["info"]["title"] == "Gone", "a primitive source replaces a primitive"
    with pytest.raises(OverlayFailed, match="a primitive node can only be replaced by a primitive value"):
        _apply([{"target": "$.info.title", "copy": "$.paths['/carts']"}])


def test_copying_a_node_into_its_own_descendant_copies_the_node_as_it_was() -> None:
    result = _apply([{"target": "$.paths['/carts'].delete", "copy": "$.paths['/carts']"}])
    delete = result["paths"]["/carts"]["delete"]
    assert delete["delete"] == {"responses": {"204": {"description": "Gone"}}}
    assert "delete" not in delete["delete"]


# 1.0: targets are objects or arrays; primitive array items are not removed one by one.


def test_1_0_refuses_to_update_primitive_nodes_and_1_1_replaces_them() -> None:
    with pytest.raises(OverlayFailed, match=r"in Overlay 1\.0 an update target must select objects or arrays"):
        _apply([{"target": "$.info.title", "update": "New"}], "1.0.0")
    assert _apply([{"target": "$.info.title", "update": "New"}])["info"]["title"] == "New"


def test_1_0_removes_a_primitive_property() -> None:
    # As the specification's compliant set remove-example does with a schema's example.
    result = _apply([{"target": "$.paths['/carts'].delete.responses['204'].description", "remove": True}], "1.0.0")
    assert result["paths"]["/carts"]["delete"]["responses"]["204"] == {}


def test_1_0_refuses_to_remove_primitive_array_items_and_1_1_removes_them() -> None:
    target = "$.paths['/orders'].get.tags[?@ == 'legacy']"
    with pytest.raises(OverlayFailed, match=r"Overlay 1\.0 cannot remove primitive array items one by one"):
        _apply([{"target": target, "remove": True}], "1.0.0")
    assert _apply([{"target": target, "remove": True}])["paths"]["/orders"]["get"]["tags"] == ["orders"]
    kept = _apply([{"target": "$.paths['/orders'].get.parameters[?@.name == 'legacy']", "remove": True}], "1.0.0")
    assert kept["paths"]["/orders"]["get"]["parameters"] == [{"name": "page", "in": "query"}]


# Targets: RFC 9535 only, no implementation's extensions.


@pytest.mark.parametrize("query", ["$.paths.*.get.x-rate", "$..x-rate", "$.paths[?@.get.x-rate]", "$.info.a.b-c.d"])
def test_shorthand_names_outside_rfc_9535_are_refused(query: str) -> None:
    with pytest.raises(OverlayInvalid, match=r"is not an RFC 9535 JSONPath query: .* cannot follow '\.' as a name"):
        parse_overlay(_overlay([{"target": query, "remove": True}]))


def test_bracketed_names_and_non_ascii_shorthand_are_rfc_9535() -> None:
    document = _doc()
    document["paths"]["/orders"]["get"]["x-rate"] = 5
    document["info"]["caf\u00e9"] = "open"
    overlay = parse_overlay(
        _overlay(
            [
                {"target": "$.paths[?@.get['x-rate'] == 5].get['x-rate']", "update": 10},
                {"target": "$.info.caf\u00e9", "update": "closed"},
                {"target": "$.paths[?@.get.tags[0] == '.x-y']", "update": {"x-never": True}},
            ]
        )
    )
    result = apply_overlay(document, overlay)
    assert result["paths"]["/orders"]["get"]["x-rate"] == 10 and result["info"]["caf\u00e9"] == "closed"


def test_match_reads_its_pattern_as_rfc_9485_i_regexp() -> None:
    # I-Regexp has Unicode property classes, and its '.' matches any character but \n and \r.
    document = {"names": ["\u0436", "\u0416", "1", "\u2028", "\n"]}
    overlay = parse_overlay(
        _overlay(
            [
                {"target": "$.names[?match(@, '\\\\p{Lu}')]", "update": "upper"},
                {"target": "$.names[?match(@, '.')]", "remove": True},
            ]
        )
    )
    assert apply_overlay(document, overlay, strict=True) == {"names": ["upper", "\n"]}
