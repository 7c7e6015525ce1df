"""generated/SUPPORT.md against the C1 docs page's tables (the docs rows, ``docs_rows``) and the overlays."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
from docs_rows import DocsRow, docs_rows

from generator import pipeline, support, yamlio
from generator.codegen import spec_sha256

CHAT = "## POST /embed/chat/completions"
RESPONSES = "## POST /embed/responses"
ITEMS = "### `input[]` types"
SECTION_OF_TABLE = {
    "chat completions": CHAT,
    "responses": RESPONSES,
    "text sub-fields": RESPONSES,
    "input item types": ITEMS,
}
OVERLAY_OF_TABLE = {
    "chat completions": ("10-chat-completions.yaml", "Chat Completions, "),
    "responses": ("20-responses.yaml", "Responses, "),
    "text sub-fields": ("20-responses.yaml", "Responses, text sub-fields, "),
    "input item types": ("20-responses.yaml", "Responses, input item types, "),
}


def _sections(markdown: str) -> dict[str, list[list[str]]]:
    """Every table row under every heading, as its cells."""
    sections: dict[str, list[list[str]]] = {}
    heading = ""
    for line in markdown.splitlines():
        if line.startswith("#"):
            heading = line
            sections.setdefault(heading, [])
        elif line.startswith("| ") and not line.startswith("| ---"):
            cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]]
            sections[heading].append(cells)
    return sections


def _property_rows(rows: list[list[str]]) -> dict[str, list[str]]:
    # The first row of each table is its header.
    return {cells[0].split("`")[1]: cells for cells in rows if cells[0].startswith("`")}


def _type_rows(rows: list[list[str]]) -> dict[str, list[str]]:
    found = {}
    for cells in rows[1:]:
        for label in cells[0].split(" / "):
            found[label.split(" (")[0]] = cells
    return found


@pytest.fixture(scope="module")
def matrix(repo: Path) -> dict[str, list[list[str]]]:
    return _sections((repo / "generated" / "SUPPORT.md").read_text(encoding="utf-8"))


DOCS_ROWS = docs_rows()


def test_the_docs_rows_file_covers_all_four_tables_of_the_page() -> None:
    counts = {table: sum(row.table == table for row in DOCS_ROWS) for table in SECTION_OF_TABLE}
    assert counts == {"chat completions": 28, "responses": 25, "input item types": 16, "text sub-fields": 2}


@pytest.mark.parametrize("row", DOCS_ROWS, ids=lambda row: f"{row.table}: {row.row}")
def test_every_docs_row_has_the_overlays_status_and_the_docs_words(
    matrix: dict[str, list[list[str]]], row: DocsRow
) -> None:
    section = matrix[SECTION_OF_TABLE[row.table]]
    if row.table == "input item types":
        by_type = _type_rows(section)
        labels = row.row.split(" / ")
        for label in labels:
            name = label.split(" (")[0]
            assert name in by_type, f"SUPPORT.md has no input item type {name}"
            assert (by_type[name][1], by_type[name][2]) == (row.status, row.words), by_type[name]
        if "(" in row.row:
            assert row.row.split(" (")[1] in by_type[row.row.split(" (")[0]][0], "the roles are listed as on the page"
        return
    found = _property_rows(section).get(row.row)
    assert found is not None, f"SUPPORT.md has no row for {row.row}"
    assert found[1] == row.status
    assert found[2] == row.words


def test_properties_the_docs_do_not_list_are_marked_as_such(matrix: dict[str, list[list[str]]]) -> None:
    for table, heading in (("chat completions", CHAT), ("responses", RESPONSES)):
        listed = {row.row for row in DOCS_ROWS if row.table in (table, "text sub-fields")}
        for name, cells in _property_rows(matrix[heading]).items():
            parent = name.split(".")[0]
            if name not in listed and parent not in ("metadata", "reasoning"):
                assert cells[1] == support.NO_DOCS_ROW, f"{heading}: {name} has a status but no docs row"


@pytest.mark.parametrize("row", [r for r in DOCS_ROWS if r.status != "supported" or r.words], ids=str)
def test_every_marked_docs_row_is_an_overlay_action(repo: Path, row: DocsRow) -> None:
    file_name, api = OVERLAY_OF_TABLE[row.table]
    actions = yamlio.load(repo / "overlays" / file_name)["actions"]
    descriptions = [" ".join(str(action.get("description", "")).split()) for action in actions]
    names = [label.split(" (")[0] for label in row.row.split(" / ")]
    for name in names:
        assert any(d.startswith(api) and re.search(rf"\b{re.escape(name)}\b", d) for d in descriptions), (
            f"no action in overlays/{file_name} names {name}"
        )
        if row.words and row.words != "coming soon":
            assert any(f'"{row.words}"' in d for d in descriptions), f"no action quotes {row.words!r}"


def test_the_matrix_follows_the_x_c1_keys_of_the_spec(repo: Path) -> None:
    document = yamlio.load(repo / "generated" / "openapi.yaml")
    changed = copy.deepcopy(document)
    properties: dict[str, Any] = changed["components"]["schemas"]["CreateResponseRequest"]["properties"]
    properties["temperature"]["x-c1-support"] = "unsupported"
    properties["top_p"].update({"x-c1-support": "restricted", "x-c1-rule": "at most 0.9", "maximum": 0.9})
    # Two tool types of its own, so that the test needs none of today's coming-soon ones; one of them arrives.
    tool = changed["components"]["schemas"]["ResponseTool"]
    tool["x-c1-coming-soon"] = [*tool.get("x-c1-coming-soon", ()), "future_tool", "arriving_tool"]
    tool["x-c1-coming-soon"].remove("arriving_tool")

    rows = _property_rows(_sections(support.render(changed, "0" * 64))[RESPONSES])
    assert rows["temperature"][1:3] == [support.NOT_SUPPORTED, ""]
    # A bound beside the nullable `anyOf` tightens the number branch's own 0 to 1.
    assert rows["top_p"][1:4] == [support.RESTRICTED, "at most 0.9", "accepts 0 to 0.9"]
    tools = _type_rows(_sections(support.render(changed, "0" * 64))["### `tools[]` types"])
    assert "arriving_tool" not in tools and tools["future_tool"][1] == support.COMING_SOON


def test_a_rule_on_the_non_null_branch_of_a_nullable_property_is_shown(repo: Path) -> None:
    document = yamlio.load(repo / "generated" / "openapi.yaml")
    # The rules are set here, so that the rendering is tested whatever the overlays say today.
    changed = copy.deepcopy(document)
    schemas = changed["components"]["schemas"]
    for request, name, kind, value, words in (
        ("CreateChatCompletionRequest", "n", "integer", 1, "must be 1"),
        ("CreateResponseRequest", "background", "boolean", False, "Always false"),
    ):
        prop = schemas[request]["properties"][name]
        branch = next(branch for branch in prop["anyOf"] if branch.get("type") == kind)
        for bound in ("minimum", "maximum"):
            branch.pop(bound, None)
        branch["const"] = value
        prop.update({"x-c1-support": "restricted", "x-c1-rule": words})
    chat = _property_rows(_sections(support.render(changed, "0" * 64))[CHAT])
    responses = _property_rows(_sections(support.render(changed, "0" * 64))[RESPONSES])
    assert chat["n"][1:4] == [support.RESTRICTED, "must be 1", "only `1` is accepted"]
    assert responses["background"][1:4] == [support.RESTRICTED, "Always false", "only `false` is accepted"]

    top_p = changed["components"]["schemas"]["CreateResponseRequest"]["properties"]["top_p"]
    number = next(branch for branch in top_p["anyOf"] if branch.get("type") == "number")
    number["maximum"] = 0.5
    top_p.update({"x-c1-support": "restricted", "x-c1-rule": "at most 0.5"})
    rows = _property_rows(_sections(support.render(changed, "0" * 64))[RESPONSES])
    assert rows["top_p"][1:4] == [support.RESTRICTED, "at most 0.5", "accepts 0 to 0.5"]


def test_the_pipeline_writes_the_matrix_with_the_version_and_spec_hash(repo: Path, tmp_path: Path) -> None:
    document, text = pipeline.effective_spec(pipeline.Inputs.of_repo(repo))
    written = (repo / "generated" / pipeline.SUPPORT_MATRIX).read_text(encoding="utf-8")
    assert written == support.render(document, spec_sha256(text))
    assert f"thesys-c1 {document['info']['version']}, spec sha256 `{spec_sha256(text)[:16]}`" in written
