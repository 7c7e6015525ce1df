"""`make docs-diff`: a saved C1 docs page, as HTML or as copied text, against the effective spec.

The pages are written here, in the two forms a maintainer saves, from the
pinned rows (overlays/c1-docs-rows.tsv): the page as it is, then with one edit
each. The command must report exactly that edit, and nothing for the page as it is.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from docs_pages import WRITERS, budgets_of, html_page, text_page

from generator import yamlio
from generator.review import docs_diff, docs_page
from generator.review.docs_page import BUILT_IN_TOOLS, CHAT, GEMINI, INPUT_ITEMS, RESPONSES, DocsRow

REPO = Path(__file__).resolve().parent.parent
PINNED = docs_page.read_rows(REPO / docs_page.ROWS_PATH)


@pytest.fixture(scope="module")
def view(repo: Path) -> docs_diff.SpecView:
    return docs_diff.spec_view(yamlio.load(repo / "generated" / "openapi.yaml"))


@pytest.fixture(scope="module")
def actions(repo: Path) -> list[docs_diff.Action]:
    return docs_diff.overlay_actions(repo / "overlays")


def _differences(page: str, view: docs_diff.SpecView, actions: list[docs_diff.Action]) -> list[docs_diff.Difference]:
    rows = docs_page.parse_page(page, docs_page.Hints.of([*view.rows, *PINNED]))
    return docs_diff.compare(rows, view, actions)


def _summary(differences: list[docs_diff.Difference]) -> list[tuple[str, str, str, str | None, str | None]]:
    return [(d.table, d.row, d.what, d.page, d.spec) for d in differences]


def _edited(rows: list[DocsRow], table: str, row: str, words: str) -> list[DocsRow]:
    assert sum((r.table, r.row) == (table, row) for r in rows) == 1, f"no one row {row!r} of {table!r} to edit"
    return [DocsRow(r.table, r.row, words) if (r.table, r.row) == (table, row) else r for r in rows]


# The cases below are read off the pinned rows, so they hold whatever the docs page says today; an
# edit the tests make writes these words, which no row of the page has.
EDITED_WORDS = "at most 3 per minute"
# A Gemini model the page has no column for.
NEW_MODEL = "9 Probe"
assert all(row.words != EDITED_WORDS for row in PINNED)


def _first_with_words(table: str) -> DocsRow:
    """The table's first pinned row that carries words (a rule), as the docs page has it now."""
    return next(row for row in PINNED if row.table == table and row.words)


def _quoting(actions: list[docs_diff.Action], api: str, row: DocsRow) -> list[docs_diff.Action]:
    """The actions whose description quotes the row's words, as overlays/README.md has them written."""
    found = [action for action in actions if action.description.startswith(f'{api}, {row.row}: "{row.words}"')]
    assert found, f"no overlay action quotes {api}, {row.row}: {row.words!r}"
    return found


@pytest.mark.parametrize("form", WRITERS)
def test_the_page_as_it_is_reads_back_as_the_pinned_rows_and_agrees_with_the_spec(
    form: str, view: docs_diff.SpecView, actions: list[docs_diff.Action]
) -> None:
    page = WRITERS[form](PINNED)
    assert docs_page.parse_page(page, docs_page.Hints.of(view.rows)) == PINNED
    assert _differences(page, view, actions) == []


@pytest.mark.parametrize("form", WRITERS)
def test_changed_words_are_reported_with_the_actions_quoting_them(
    form: str, view: docs_diff.SpecView, actions: list[docs_diff.Action]
) -> None:
    row = _first_with_words(CHAT)
    found = _differences(WRITERS[form](_edited(PINNED, CHAT, row.row, EDITED_WORDS)), view, actions)
    assert _summary(found) == [(CHAT, row.row, "changed words", EDITED_WORDS, row.words)]
    assert list(found[0].actions) == _quoting(actions, "Chat Completions", row)
    assert {a.file for a in found[0].actions} == {"overlays/10-chat-completions.yaml"}
    assert f'"{EDITED_WORDS}"' in found[0].change and f'"{row.words}"' in found[0].change
    assert "x-c1-rule" in found[0].change


def _unlisted_chat_property(view: docs_diff.SpecView, actions: list[docs_diff.Action]) -> str:
    """A request property the wire format has that the page does not list and no overlay action names."""
    listed = {row.row for row in PINNED if row.table == CHAT}
    named = " ".join(action.description for action in actions)
    return min(
        name
        for name in view.properties[CHAT]
        if "." not in name and name not in listed and not re.search(rf"\b{re.escape(name)}\b", named)
    )


@pytest.mark.parametrize("form", WRITERS)
def test_a_new_row_is_reported(form: str, view: docs_diff.SpecView, actions: list[docs_diff.Action]) -> None:
    rows = list(PINNED)
    name = _unlisted_chat_property(view, actions)
    at = rows.index(next(r for r in rows if r.table == CHAT)) + 1
    rows.insert(at, DocsRow(CHAT, name, EDITED_WORDS))
    found = _differences(WRITERS[form](rows), view, actions)
    assert _summary(found) == [(CHAT, name, "new row", EDITED_WORDS, None)]
    assert found[0].actions == ()
    assert "overlays/10-chat-completions.yaml" in found[0].change
    assert f"x-c1-rule: {EDITED_WORDS}" in found[0].change


@pytest.mark.parametrize("form", WRITERS)
def test_a_removed_row_is_reported(form: str, view: docs_diff.SpecView, actions: list[docs_diff.Action]) -> None:
    row = _first_with_words(RESPONSES)
    rows = [r for r in PINNED if r != row]
    found = _differences(WRITERS[form](rows), view, actions)
    assert _summary(found) == [(RESPONSES, row.row, "removed row", None, row.words)]
    assert list(found[0].actions) == _quoting(actions, "Responses", row)


@pytest.mark.parametrize("form", WRITERS)
def test_a_new_gemini_column_is_reported(form: str, view: docs_diff.SpecView, actions: list[docs_diff.Action]) -> None:
    rows = list(PINNED)
    models, budgets = budgets_of([r for r in rows if r.table == GEMINI])
    assert models and NEW_MODEL not in models
    efforts = list(budgets)
    new = [
        DocsRow(GEMINI, docs_page.budget_row(NEW_MODEL, effort), str(1 << (10 + i))) for i, effort in enumerate(efforts)
    ]
    last = max(i for i, r in enumerate(rows) if r.table == GEMINI)
    # The text form lists cells effort by effort, so the new column's cells fall in line there.
    rows = rows[: last + 1] + new + rows[last + 1 :]
    found = _differences(WRITERS[form](rows), view, actions)
    cells = ", ".join(f"{effort}: {1 << (10 + i)}" for i, effort in enumerate(efforts))
    assert _summary(found) == [(GEMINI, NEW_MODEL, "new column", cells, None)]
    assert [a.file for a in found[0].actions] == ["overlays/10-chat-completions.yaml"]
    model_id = "c1/google/gemini-" + docs_page.model_key(NEW_MODEL)
    assert found[0].change == f"add {model_id} with {{{cells}}} to x-c1-gemini-max-reasoning-tokens in this action"


@pytest.mark.parametrize("form", WRITERS)
def test_a_changed_gemini_cell_an_item_type_and_a_built_in_tool_are_reported(
    form: str, view: docs_diff.SpecView, actions: list[docs_diff.Action]
) -> None:
    cell = next(r for r in PINNED if r.table == GEMINI)
    item = next(r for r in PINNED if r.table == INPUT_ITEMS and r.words == docs_page.COMING_SOON and "/" not in r.row)
    tool = [r for r in PINNED if r.table == BUILT_IN_TOOLS][-1]
    # The wire name, which may carry a suffix the page leaves out (computer_use -> computer_use_preview).
    (wire,) = (
        r.row
        for r in view.rows
        if r.table == BUILT_IN_TOOLS and (r.row == tool.row or r.row.startswith(tool.row + "_"))
    )
    value = str(int(cell.words) + 1)
    rows = _edited(PINNED, GEMINI, cell.row, value)
    rows = _edited(rows, INPUT_ITEMS, item.row, "")
    rows = [r for r in rows if r != tool]
    found = _differences(WRITERS[form](rows), view, actions)
    assert _summary(found) == [
        (INPUT_ITEMS, item.row, "changed words", "", docs_page.COMING_SOON),
        (GEMINI, cell.row, "changed cell", value, cell.words),
        (BUILT_IN_TOOLS, wire, "removed row", None, docs_page.COMING_SOON),
    ]
    recorded = [a for a in actions if a.description.startswith(f"Responses, input item types, {item.row}: ")]
    assert len(recorded) == 2 and list(found[0].actions) == recorded, "the action recording it and the one removing it"


def test_text_copied_with_tabs_between_cells_reads_the_same(view: docs_diff.SpecView) -> None:
    row = _first_with_words(CHAT)
    page = text_page(PINNED).replace("PropertyC1 OpenAI modelsC1 Anthropic Models", "Property\tC1 OpenAI\tC1 Anthropic")
    # Cells apart, so a rule that differs between the model columns is seen as such.
    glued = f"\n{row.row}{row.words}{row.words}\n"
    assert glued in page
    page = page.replace(glued, f"\n{row.row}\t{row.words}\t{EDITED_WORDS}\n")
    rows = docs_page.parse_page(page, docs_page.Hints.of(view.rows))
    assert DocsRow(CHAT, row.row, f"{row.words} | {EDITED_WORDS}") in rows
    assert len(rows) == len(PINNED)


def test_a_page_without_its_tables_is_refused() -> None:
    with pytest.raises(docs_page.PageError, match="no Chat Completions or Responses property table"):
        docs_page.parse_page("<html><body><p>Rate limits</p></body></html>")


def _run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True, timeout=300, check=False
    )


def _action_lines(repo: Path, api: str, row: DocsRow) -> list[str]:
    """How the report names the actions quoting a row: file, number in its file, description (cut at 110)."""
    lines = []
    for path in sorted((repo / "overlays").glob("*.yaml")):
        for number, action in enumerate(yamlio.load(path)["actions"], 1):
            description = " ".join(str(action.get("description", "")).split())
            if description.startswith(f'{api}, {row.row}: "{row.words}"'):
                text = description if len(description) <= 110 else description[:107] + "..."
                lines.append(f"    overlays/{path.name}, action {number}: {text}")
    assert lines, f"no overlay action quotes {api}, {row.row}: {row.words!r}"
    return lines


def test_the_command_exits_0_on_the_page_as_it_is_and_1_naming_the_edit(tmp_path: Path, repo: Any) -> None:
    same = tmp_path / "page.html"
    same.write_text(html_page(PINNED), encoding="utf-8")
    # No --spec: the effective spec of this working tree, as the make target reads it.
    done = _run("docs-diff", str(same))
    assert (done.returncode, done.stdout) == (0, f"{same} and the effective spec agree: no difference\n"), done.stderr

    row = _first_with_words(RESPONSES)
    edited = tmp_path / "page.txt"
    edited.write_text(text_page(_edited(PINNED, RESPONSES, row.row, EDITED_WORDS)), encoding="utf-8")
    done = _run("docs-diff", str(edited), "--spec", str(repo / "generated" / "openapi.yaml"))
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines() == [
        f'responses, {row.row}: changed words: the page says "{EDITED_WORDS}", the spec "{row.words}"',
        *_action_lines(repo, "Responses", row),
        f'    -> quote "{EDITED_WORDS}" instead of "{row.words}" in these descriptions and in x-c1-rule;'
        " make the schema keyword say it",
        "",
        f"1 difference(s) between {edited} and the effective spec",
        f"note: {docs_page.ROWS_PATH} does not hold this page's rows; `make docs-rows DOCS={edited}` rewrites it",
    ]


def test_docs_rows_writes_the_pinned_file_from_a_page(tmp_path: Path, repo: Path) -> None:
    row = _first_with_words(CHAT)
    page = tmp_path / "page.txt"
    page.write_text(text_page(_edited(PINNED, CHAT, row.row, EDITED_WORDS)), encoding="utf-8")
    out = tmp_path / "rows.tsv"
    done = _run("docs-rows", str(page), "-o", str(out), "--spec", str(repo / "generated" / "openapi.yaml"))
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8") == docs_page.format_rows(_edited(PINNED, CHAT, row.row, EDITED_WORDS))
    assert (repo / docs_page.ROWS_PATH).read_text(encoding="utf-8") == docs_page.format_rows(PINNED)


def test_a_missing_page_is_a_clear_error(tmp_path: Path) -> None:
    done = _run("docs-diff", str(tmp_path / "nowhere.html"), "--spec", str(REPO / "generated" / "openapi.yaml"))
    assert done.returncode == 2
    assert "nowhere.html: cannot be read" in done.stderr
