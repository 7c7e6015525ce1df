"""generated/SUPPORT.md against the C1 docs page's tables (the pinned overlays/c1-docs-rows.tsv) and the overlays."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from generator import yamlio
from generator.pipeline import generation, support
from generator.pipeline.codegen import spec_sha256
from generator.review import docs_diff, docs_page
from generator.review.docs_page import DocsRow

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

# With the page's marks lost, the words decide what status a row can have.
STATUSES_OF_ROWS_WITH_WORDS = {support.RESTRICTED, support.NOT_SUPPORTED}
STATUSES_OF_ROWS_WITHOUT_WORDS = {support.SUPPORTED, support.UNVERIFIED}


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


ALL_ROWS = docs_page.read_rows(Path(__file__).resolve().parent.parent / docs_page.ROWS_PATH)
DOCS_ROWS = [row for row in ALL_ROWS if row.table in SECTION_OF_TABLE]


def test_the_docs_rows_file_covers_every_table_of_the_page() -> None:
    tables = {row.table for row in ALL_ROWS}
    assert tables == {*SECTION_OF_TABLE, docs_page.GEMINI, docs_page.BUILT_IN_TOOLS}


def test_the_pinned_docs_rows_agree_with_the_effective_spec(repo: Path) -> None:
    # The comparison `make docs-diff` makes, with the pinned rows standing for the page.
    view = docs_diff.spec_view(yamlio.load(repo / "generated" / "openapi.yaml"))
    differences = docs_diff.compare(ALL_ROWS, view, docs_diff.overlay_actions(repo / "overlays"))
    assert differences == [], "\n".join(difference.render() for difference in differences)


@pytest.mark.parametrize("row", DOCS_ROWS, ids=lambda row: f"{row.table}: {row.row}")
def test_every_docs_row_has_a_status_its_words_allow_and_the_docs_words(
    matrix: dict[str, list[list[str]]], row: DocsRow
) -> None:
    section = matrix[SECTION_OF_TABLE[row.table]]
    if row.table == "input item types":
        by_type = _type_rows(section)
        for name, roles in docs_page.item_types(row.row):
            assert name in by_type, f"SUPPORT.md has no input item type {name}"
            # Item rows say "coming soon" or nothing, and nothing means accepted.
            status = support.COMING_SOON if row.words == docs_page.COMING_SOON else support.SUPPORTED
            assert (by_type[name][1], by_type[name][2]) == (status, row.words), by_type[name]
            if roles:
                assert f"({roles})" in by_type[name][0], "the roles are listed as on the page"
        return
    found = _property_rows(section).get(row.row)
    assert found is not None, f"SUPPORT.md has no row for {row.row}"
    allowed = STATUSES_OF_ROWS_WITH_WORDS if row.words else STATUSES_OF_ROWS_WITHOUT_WORDS
    assert found[1] in allowed, f"{row.row}: status {found[1]!r} with words {row.words!r}"
    assert found[2] == row.words


def test_properties_the_docs_do_not_list_are_marked_as_such(matrix: dict[str, list[list[str]]]) -> None:
    for table, heading in (("chat completions", CHAT), ("responses", RESPONSES)):
        listed = {row.row for row in DOCS_ROWS if row.table in (table, "text sub-fields")}
        for name, cells in _property_rows(matrix[heading]).items():
            parent = name.split(".")[0]
            if name not in listed and parent not in ("metadata", "reasoning"):
                assert cells[1] == support.NO_DOCS_ROW, f"{heading}: {name} has a status but no docs row"


# Every property row is marked by an action (even "supported" and "unverified" ones); an input item
# row needs one only when it has words, as an accepted type is left as the wire format has it.
@pytest.mark.parametrize("row", [r for r in DOCS_ROWS if r.table != "input item types" or r.words], ids=str)
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
    # The last of the tools the spec has as coming soon stops being one; the others stay.
    coming_soon: list[str] = changed["components"]["schemas"]["ResponseTool"]["x-c1-coming-soon"]
    assert len(coming_soon) > 1, coming_soon
    dropped = coming_soon.pop()

    rows = _property_rows(_sections(support.render(changed, "0" * 64))[RESPONSES])
    assert rows["temperature"][1:3] == [support.NOT_SUPPORTED, ""]
    # A bound beside the nullable `anyOf` tightens the number branch's own 0 to 1.
    assert rows["top_p"][1:4] == [support.RESTRICTED, "at most 0.9", "accepts 0 to 0.9"]
    tools = _type_rows(_sections(support.render(changed, "0" * 64))["### `tools[]` types"])
    assert dropped not in tools
    assert {tag: tools[tag][1] for tag in coming_soon} == dict.fromkeys(coming_soon, support.COMING_SOON)


REQUEST_SCHEMAS = {CHAT: "CreateChatCompletionRequest", RESPONSES: "CreateResponseRequest"}


def _ruled_nullables(document: dict[str, Any], schema: str) -> dict[str, tuple[str, dict[str, Any]]]:
    """The restricted nullable properties of a request whose non-null branch enforces the rule: rule, branch."""
    found = {}
    for name, prop in document["components"]["schemas"][schema]["properties"].items():
        values = [branch for branch in prop.get("anyOf", []) if branch != {"type": "null"}]
        nullable = len(values) == len(prop.get("anyOf", [])) - 1 == 1
        if nullable and prop.get("x-c1-support") == "restricted" and {"const", "minimum", "maximum"} & set(values[0]):
            found[name] = (prop["x-c1-rule"], values[0])
    return found


def _enforced(branch: dict[str, Any]) -> str:
    """What SUPPORT.md says a branch's keywords accept, worked out here from the keywords themselves."""
    if "const" in branch:
        return f"only `{json.dumps(branch['const'])}` is accepted"
    low, high = branch.get("minimum"), branch.get("maximum")
    if low is not None and high is not None:
        return f"accepts {low} to {high}"
    return f"accepts at least {low}" if low is not None else f"accepts at most {high}"


def test_a_rule_on_the_non_null_branch_of_a_nullable_property_is_shown(repo: Path) -> None:
    document = yamlio.load(repo / "generated" / "openapi.yaml")
    sections = _sections(support.render(document, "0" * 64))
    seen = []
    for heading, schema in REQUEST_SCHEMAS.items():
        rows = _property_rows(sections[heading])
        for name, (rule, branch) in _ruled_nullables(document, schema).items():
            seen.append(name)
            assert rows[name][1:3] == [support.RESTRICTED, rule], rows[name]
            assert rows[name][3].split("; ")[0] == _enforced(branch), rows[name]
    assert seen, "the spec has no restricted nullable property whose non-null branch enforces its rule"

    # Both kinds of rule, made here on properties that take null: a single value, and a bound.
    changed = copy.deepcopy(document)
    n = changed["components"]["schemas"]["CreateChatCompletionRequest"]["properties"]["n"]
    integer = next(branch for branch in n["anyOf"] if branch.get("type") == "integer")
    integer.pop("maximum", None)
    integer["const"] = 2
    n.update({"x-c1-support": "restricted", "x-c1-rule": "two at a time"})
    top_p = changed["components"]["schemas"]["CreateResponseRequest"]["properties"]["top_p"]
    number = next(branch for branch in top_p["anyOf"] if branch.get("type") == "number")
    number["maximum"] = 0.5
    top_p.update({"x-c1-support": "restricted", "x-c1-rule": "at most 0.5"})
    sections = _sections(support.render(changed, "0" * 64))
    assert _property_rows(sections[CHAT])["n"][1:4] == [support.RESTRICTED, "two at a time", "only `2` is accepted"]
    rows = _property_rows(sections[RESPONSES])
    assert rows["top_p"][1:4] == [support.RESTRICTED, "at most 0.5", f"accepts {number['minimum']} to 0.5"]


def test_the_pipeline_writes_the_matrix_with_the_version_and_spec_hash(repo: Path, tmp_path: Path) -> None:
    document, text = generation.effective_spec(generation.Inputs.of_repo(repo))
    written = (repo / "generated" / generation.SUPPORT_MATRIX).read_text(encoding="utf-8")
    assert written == support.render(document, spec_sha256(text))
    assert f"thesys-c1 {document['info']['version']}, spec sha256 `{spec_sha256(text)[:16]}`" in written
