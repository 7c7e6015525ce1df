"""The API diff on edits of the real effective spec, through its API and its command line."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import yamlio
from generator.review import api_diff

Spec = dict[str, Any]


@pytest.fixture(scope="module")
def spec(repo: Path) -> Spec:
    document: Spec = yamlio.load(repo / "generated" / "openapi.yaml")
    return document


def _changed(spec: Spec, edit: Callable[[Spec], None]) -> Spec:
    new = copy.deepcopy(spec)
    edit(new)
    return new


def _schemas(document: Spec) -> dict[str, Any]:
    schemas: dict[str, Any] = document["components"]["schemas"]
    return schemas


def _only(changes: list[api_diff.Change], where: str) -> list[tuple[str, bool]]:
    return [(change.kind, change.breaking) for change in changes if change.where == where]


def test_identical_specs_and_prose_edits_show_no_change(spec: Spec) -> None:
    assert api_diff.diff(spec, copy.deepcopy(spec)) == []

    def reword(document: Spec) -> None:
        _schemas(document)["CreateChatCompletionRequest"]["properties"]["n"]["description"] = "Reworded."
        document["paths"]["/embed/responses"]["post"]["summary"] = "Reworded"

    assert api_diff.diff(spec, _changed(spec, reword)) == []


def _n_integer(document: Spec) -> tuple[dict[str, Any], dict[str, Any]]:
    n: dict[str, Any] = _schemas(document)["CreateChatCompletionRequest"]["properties"]["n"]
    (integer,) = [branch for branch in n["anyOf"] if branch.get("type") == "integer"]
    return n, integer


def test_n_up_to_4_is_a_loosening_and_back_to_1_a_breaking_tightening(spec: Spec) -> None:
    # The rule's words sit on `n`; the keyword enforcing them on its integer branch (null is also accepted).
    # Both sides are set here, so that the diff is tested whatever the overlays say of `n` today.
    def must_be_1(document: Spec) -> None:
        n, integer = _n_integer(document)
        integer.update({"minimum": 1, "const": 1})
        integer.pop("maximum", None)
        n["x-c1-rule"] = "must be 1"

    def up_to_4(document: Spec) -> None:
        n, integer = _n_integer(document)
        integer.pop("const", None)
        integer.update({"minimum": 1, "maximum": 4})
        n["x-c1-rule"] = "up to 4"

    spec = _changed(spec, must_be_1)

    loosened = api_diff.diff(spec, _changed(spec, up_to_4))
    # Reported on `n` itself: the null branch beside the integer one is not a second place to look.
    where = "CreateChatCompletionRequest.n"
    assert _only(loosened, where) == [("changed", False), ("loosened", False)]
    assert len(loosened) == 2 and "was exactly 1, now an integer from 1 to 4" in loosened[1].what
    assert all(change.usage == "request" for change in loosened)

    tightened = api_diff.diff(_changed(spec, up_to_4), spec)
    assert ("tightened", True) in _only(tightened, where)


def test_removing_a_request_property_breaks_callers(spec: Spec) -> None:
    new = _changed(spec, lambda d: _schemas(d)["CreateResponseRequest"]["properties"].pop("temperature"))
    assert _only(api_diff.diff(spec, new), "CreateResponseRequest.temperature") == [("removed", True)]
    assert _only(api_diff.diff(new, spec), "CreateResponseRequest.temperature") == [("added", False)]


def test_a_newly_required_request_property_breaks_callers(spec: Spec) -> None:
    new = _changed(spec, lambda d: _schemas(d)["CreateResponseRequest"].setdefault("required", []).append("model"))
    assert _only(api_diff.diff(spec, new), "CreateResponseRequest.model") == [("tightened", True)]


def test_enum_values_removed_from_a_request_break_and_added_ones_do_not(spec: Spec) -> None:
    def drop_high(document: Spec) -> None:
        _schemas(document)["ResponseReasoningEffort"]["enum"].remove("high")

    changes = api_diff.diff(spec, _changed(spec, drop_high))
    assert [(c.kind, c.breaking, c.what) for c in changes] == [("removed", True, 'enum values removed: "high"')]
    back = api_diff.diff(_changed(spec, drop_high), spec)
    assert [(c.kind, c.breaking) for c in back] == [("added", False)]


def test_response_fields_removed_or_made_optional_break_readers(spec: Spec) -> None:
    def edit(document: Spec) -> None:
        completion = _schemas(document)["ChatCompletion"]
        completion["properties"].pop("created")
        completion["required"].remove("model")

    changes = api_diff.diff(spec, _changed(spec, edit))
    assert _only(changes, "ChatCompletion.created") == [("removed", True)]
    assert _only(changes, "ChatCompletion.model") == [("loosened", True)]
    assert {c.usage for c in changes} == {"response"}


def test_operations_and_union_variants(spec: Spec) -> None:
    def edit(document: Spec) -> None:
        document["paths"].pop("/conversations")
        _schemas(document)["ResponseInputItem"]["anyOf"].pop()

    changes = api_diff.diff(spec, _changed(spec, edit))
    assert _only(changes, "POST /conversations") == [("removed", True)]
    variant = [c for c in changes if c.where == "ResponseInputItem"]
    assert [(c.kind, c.breaking, c.what) for c in variant] == [
        ("removed", True, "variant ResponseCustomToolCallOutputItem removed")
    ]


def test_c1_rules_requirements_and_defaults(spec: Spec) -> None:
    # The starting point is set here, so that the diff is tested whatever the overlays say of these rows today.
    def before(document: Spec) -> None:
        properties = _schemas(document)["CreateResponseRequest"]["properties"]
        properties["store"]["x-c1-default"] = True
        properties["instructions"].pop("x-c1-requires", None)
        properties["include"]["x-c1-support"] = "unverified"
        properties["metadata"]["x-c1-rule"] = "thesys metadata only"
        coming_soon = _schemas(document)["ResponseInputItem"].setdefault("x-c1-coming-soon", [])
        if "compaction" not in coming_soon:
            coming_soon.append("compaction")

    def edit(document: Spec) -> None:
        properties = _schemas(document)["CreateResponseRequest"]["properties"]
        properties["store"]["x-c1-default"] = False
        properties["instructions"]["x-c1-requires"] = {"store": True}
        properties["include"]["x-c1-support"] = "unsupported"
        properties["metadata"]["x-c1-rule"] = "thesys metadata only, at most 8 keys"
        _schemas(document)["ResponseInputItem"]["x-c1-coming-soon"].remove("compaction")

    spec = _changed(spec, before)
    changes = {(c.where, c.what): (c.kind, c.breaking) for c in api_diff.diff(spec, _changed(spec, edit))}
    assert changes[("CreateResponseRequest.store", "C1 default true -> false")] == ("changed", True)
    assert changes[("CreateResponseRequest.instructions", "C1 now requires store: true")] == ("tightened", True)
    assert changes[("CreateResponseRequest.include", "C1 support unverified -> unsupported")] == ("tightened", True)
    rule = (
        "CreateResponseRequest.metadata",
        'C1 rule "thesys metadata only" -> "thesys metadata only, at most 8 keys"',
    )
    assert changes[rule] == ("changed", False)
    assert changes[("ResponseInputItem", "type compaction no longer coming soon")] == ("loosened", False)


def _function_name(document: Spec) -> dict[str, Any]:
    name: dict[str, Any] = _schemas(document)["ResponseFunctionTool"]["properties"]["name"]
    return name


def test_a_tightened_pattern_in_a_request_breaks_callers(spec: Spec) -> None:
    assert _function_name(spec)["pattern"] == "^[a-zA-Z0-9_-]+$"  # the edit below must change something
    new = _changed(spec, lambda d: _function_name(d).update(pattern="^[a-z]+$"))
    changes = [c for c in api_diff.diff(spec, new) if c.where == "ResponseFunctionTool.name"]
    assert [(c.kind, c.breaking, c.what) for c in changes] == [
        ("changed", True, 'pattern "^[a-zA-Z0-9_-]+$" -> "^[a-z]+$"')
    ]
    assert "request" in changes[0].usage
    # A pattern where there was none refuses values too; dropping one refuses nothing.
    added = _changed(
        spec, lambda d: _schemas(d)["ResponseFunctionTool"]["properties"]["description"].update(pattern="^[A-Z]")
    )
    assert _only(api_diff.diff(spec, added), "ResponseFunctionTool.description") == [("tightened", True)]
    removed = _changed(spec, lambda d: _function_name(d).pop("pattern"))
    assert _only(api_diff.diff(spec, removed), "ResponseFunctionTool.name") == [("loosened", False)]


def test_a_loosened_max_length_does_not_break_callers(spec: Spec) -> None:
    def longer(document: Spec) -> None:
        _function_name(document)["maxLength"] = _function_name(spec)["maxLength"] * 2

    changes = api_diff.diff(spec, _changed(spec, longer))
    assert _only(changes, "ResponseFunctionTool.name") == [("loosened", False)]
    assert _only(api_diff.diff(_changed(spec, longer), spec), "ResponseFunctionTool.name") == [("tightened", True)]


def test_a_keyword_the_diff_does_not_know_is_still_reported(spec: Spec) -> None:
    new = _changed(spec, lambda d: _function_name(d).update({"x-unheard-of": 1, "mustRhyme": True}))
    changes = {c.what: (c.kind, c.breaking) for c in api_diff.diff(spec, new) if c.where == "ResponseFunctionTool.name"}
    # An unknown keyword may refuse values; an unknown extension only marks the schema for some tool.
    assert changes == {"mustRhyme none -> true": ("tightened", True), "x-unheard-of none -> 1": ("changed", False)}


def test_validation_keywords_each_move_the_way_they_constrain(spec: Spec) -> None:
    where = "CreateChatCompletionRequest.n"

    def kinds(before: dict[str, Any], after: dict[str, Any]) -> list[tuple[str, bool]]:
        old = _changed(spec, lambda d: _schemas(d)["CreateChatCompletionRequest"]["properties"]["n"].update(before))
        new = _changed(spec, lambda d: _schemas(d)["CreateChatCompletionRequest"]["properties"]["n"].update(after))
        return _only(api_diff.diff(old, new), where)

    assert kinds({"multipleOf": 2}, {"multipleOf": 4}) == [("tightened", True)]
    assert kinds({"multipleOf": 4}, {"multipleOf": 2}) == [("loosened", False)]
    assert kinds({"multipleOf": 2}, {"multipleOf": 3}) == [("changed", True)]
    assert kinds({"format": "int32"}, {"format": "int64"}) == [("changed", True)]
    assert kinds({"uniqueItems": False}, {}) == []
    assert kinds({"deprecated": False}, {"deprecated": True}) == [("changed", False)]
    assert kinds({"not": {"const": 3}}, {"not": {"const": 3, "description": "Reworded."}}) == []
    assert kinds({"not": {"const": 3}}, {"not": {"const": 2}}) == [("changed", True)]


def test_subschemas_are_followed_and_their_appearance_tightens(spec: Spec) -> None:
    def edit(document: Spec) -> None:
        metadata = _schemas(document)["CreateResponseRequest"]["properties"]["metadata"]
        metadata["propertyNames"] = {"type": "string", "maxLength": 64}
        metadata["allOf"] = [{"minProperties": 1}]

    changes = api_diff.diff(spec, _changed(spec, edit))
    assert _only(changes, "CreateResponseRequest.metadata<propertyNames>") == [("tightened", True)]
    assert _only(changes, "CreateResponseRequest.metadata<allOf 0>") == [("tightened", True)]

    def shorter_names(document: Spec) -> None:
        edit(document)
        _schemas(document)["CreateResponseRequest"]["properties"]["metadata"]["propertyNames"]["maxLength"] = 32

    inner = api_diff.diff(_changed(spec, edit), _changed(spec, shorter_names))
    assert [(c.where, c.kind, c.breaking) for c in inner] == [
        ("CreateResponseRequest.metadata<propertyNames>", "tightened", True)
    ]


def test_render_puts_breaking_changes_first_and_asks_for_a_bump(spec: Spec) -> None:
    new = _changed(spec, lambda d: _schemas(d)["CreateResponseRequest"]["properties"].pop("temperature"))
    text = api_diff.render(api_diff.diff(spec, new), "old.yaml", "new.yaml", "0.1.0", "0.1.0")
    assert text.splitlines()[:4] == [
        "API diff: old.yaml (version 0.1.0) -> new.yaml (version 0.1.0)",
        "",
        "Breaking changes (1):",
        "  ! CreateResponseRequest.temperature [request]: removed: property removed",
    ]
    assert "info.version is still 0.1.0: bump it in spec/openapi.yaml" in text


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "api-diff", *args], cwd=cwd, capture_output=True, text=True, check=False
    )


def test_cli_on_two_files_exits_1_for_breaking_0_otherwise_2_for_bad_input(
    spec: Spec, repo: Path, tmp_path: Path
) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(yamlio.dumps(spec))
    new.write_text(yamlio.dumps(_changed(spec, lambda d: _schemas(d)["ResponseReasoningEffort"]["enum"].pop())))

    breaking = _cli(str(old), str(new), cwd=repo)
    assert breaking.returncode == 1, breaking.stderr
    assert "Breaking changes (1):" in breaking.stdout and "ResponseReasoningEffort" in breaking.stdout

    additive = _cli(str(new), str(old), cwd=repo)
    assert additive.returncode == 0 and "0 breaking" in additive.stdout

    same = _cli(str(old), str(old), cwd=repo)
    assert same.returncode == 0 and "No API changes." in same.stdout

    missing = _cli(str(tmp_path / "nope.yaml"), str(new), cwd=repo)
    assert missing.returncode == 2 and "is not a spec file, a git commit, nor a version" in missing.stderr
    (tmp_path / "bad.yaml").write_text("just: text\n")
    bad = _cli(str(tmp_path / "bad.yaml"), str(new), cwd=repo)
    assert bad.returncode == 2 and "not an OpenAPI document" in bad.stderr


def test_a_property_that_becomes_nullable_is_one_loosening_not_a_new_type(spec: Spec) -> None:
    def not_nullable(document: Spec) -> None:
        store = _schemas(document)["CreateResponseRequest"]["properties"]["store"]
        (boolean,) = [branch for branch in store.pop("anyOf") if branch != {"type": "null"}]
        store.update(boolean)

    old = _changed(spec, not_nullable)
    where = "CreateResponseRequest.store"
    assert [(c.where, c.kind, c.what, c.breaking) for c in api_diff.diff(old, spec)] == [
        (where, "loosened", "now also accepts null", False)
    ]
    assert [(c.where, c.kind, c.what, c.breaking) for c in api_diff.diff(spec, old)] == [
        (where, "tightened", "no longer accepts null", True)
    ]


def test_an_inline_schema_moved_into_a_named_one_is_compared_by_content(spec: Spec) -> None:
    def inline_metadata(document: Spec) -> None:
        schemas = _schemas(document)
        metadata = schemas["CreateChatCompletionRequest"]["properties"]["metadata"]
        metadata["anyOf"] = [copy.deepcopy(schemas["ChatCompletionRequestMetadata"]), {"type": "null"}]

    inlined = _changed(spec, inline_metadata)
    assert [c for c in api_diff.diff(inlined, spec) if "metadata" in c.where] == []

    def tighter(document: Spec) -> None:
        _schemas(document)["ChatCompletionRequestMetadata"]["required"] = ["thesys"]

    changes = api_diff.diff(inlined, _changed(spec, tighter))
    assert any(c.breaking and c.where.startswith("CreateChatCompletionRequest.metadata") for c in changes), changes


def _gemini_tables(document: Spec) -> list[dict[str, Any]]:
    """Every Gemini reasoning-budget table in the spec, wherever an overlay put one."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            table = node.get("x-c1-gemini-max-reasoning-tokens")
            if isinstance(table, dict):
                found.append(table)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document)
    return found


def test_a_new_gemini_model_column_is_reported_with_its_cells(spec: Spec) -> None:
    assert _gemini_tables(spec), "the spec holds the docs' Gemini reasoning-budget table"
    model, column = next(iter(_gemini_tables(spec)[0].items()))
    new_model = model + "-next"

    def add_column(document: Spec) -> None:
        _gemini_tables(document)[0][new_model] = dict(column)

    changes = api_diff.diff(spec, _changed(spec, add_column))
    assert [(c.kind, c.breaking) for c in changes] == [("added", False)]
    cells = ", ".join(f"{effort} {tokens}" for effort, tokens in column.items())
    assert changes[0].what == f"Gemini max reasoning tokens: new model column {new_model}: {cells}"
    rendered = api_diff.render(changes, "old", "new", "1", "2").splitlines()
    assert [line for line in rendered if new_model in line] == [
        f"  + {changes[0].where} [request]: added: {changes[0].what}"
    ]


def test_a_changed_gemini_budget_shows_the_one_cell_that_changed(spec: Spec) -> None:
    model, column = next(iter(_gemini_tables(spec)[0].items()))
    effort, tokens = next(reversed(column.items()))

    def bump(document: Spec) -> None:
        _gemini_tables(document)[0][model][effort] = tokens * 2

    changes = api_diff.diff(spec, _changed(spec, bump))
    assert [(c.kind, c.breaking, c.what) for c in changes] == [
        (
            "changed",
            False,
            f"Gemini max reasoning tokens for {model}, reasoning_effort {effort}: {tokens} -> {tokens * 2}",
        )
    ]


def test_other_c1_maps_and_lists_are_reported_per_entry_and_never_cut(spec: Spec) -> None:
    long_words = "a rule worded at length, " * 6

    def before(document: Spec) -> None:
        n = _schemas(document)["CreateChatCompletionRequest"]["properties"]["n"]
        n["x-c1-table"] = {"row": [1, 2, 3], "note": long_words + "first"}

    def after(document: Spec) -> None:
        before(document)
        table = _schemas(document)["CreateChatCompletionRequest"]["properties"]["n"]["x-c1-table"]
        table["row"][1] = 20
        table["note"] = long_words + "second"
        table["new"] = True

    changes = api_diff.diff(_changed(spec, before), _changed(spec, after))
    assert {(c.kind, c.what) for c in changes if c.where == "CreateChatCompletionRequest.n"} == {
        ("changed", 'x-c1-table["row"][1]: 2 -> 20'),
        ("changed", f'x-c1-table["note"]: "{long_words}first" -> "{long_words}second"'),
        ("added", 'x-c1-table["new"]: true added'),
    }
