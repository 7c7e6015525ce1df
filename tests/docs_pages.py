"""C1 docs pages written from docs rows, in the two forms a maintainer saves: copied text and HTML.

The tests of `make docs-diff` write the page as it is and with one edit; the
docs-change suite writes the page a docs change leaves, to run `make docs-rows`
and `make docs-diff` on it as MAINTAINING.md says.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from generator.review import docs_page
from generator.review.docs_page import BUILT_IN_TOOLS, CHAT, GEMINI, INPUT_ITEMS, RESPONSES, DocsRow

BUDGET_SUFFIX = " - Max reasoning tks"


def _tables(rows: list[DocsRow]) -> dict[str, list[DocsRow]]:
    tables: dict[str, list[DocsRow]] = {}
    for row in rows:
        tables.setdefault(row.table, []).append(row)
    return tables


def budgets_of(rows: list[DocsRow]) -> tuple[list[str], dict[str, dict[str, str]]]:
    models: list[str] = []
    by_effort: dict[str, dict[str, str]] = {}
    for row in rows:
        model, effort = docs_page.split_budget_row(row.row)
        if model not in models:
            models.append(model)
        by_effort.setdefault(effort, {})[model] = row.words
    return models, by_effort


def _sub_field_tables(tables: dict[str, list[DocsRow]]) -> list[str]:
    return [table for table in tables if table.endswith(docs_page.SUB_FIELDS_SUFFIX)]


def text_page(rows: list[DocsRow]) -> str:
    """The page as a browser copies it: a row's cells run together, as on the real page."""
    tables = _tables(rows)
    models, budgets = budgets_of(tables.get(GEMINI, []))
    lines = ["Skip to main content", "", "Accessing the API", "", "Chat Completions API", ""]
    lines.append(
        "For C1 Gemini models, the reasoning_effort parameter translates to the following max reasoning tokens:"
    )
    lines.append("reasoning_effort" + "".join(model + BUDGET_SUFFIX for model in models))
    lines += [effort + "".join(values[model] for model in models) for effort, values in budgets.items()]
    lines.append("PropertyC1 OpenAI modelsC1 Anthropic Models")
    lines += [row.row + row.words * 2 for row in tables[CHAT]]
    lines += ["", "Responses API", ""]
    tools = [row.row for row in tables.get(BUILT_IN_TOOLS, [])]
    if tools:
        lines.append(f"Built-in tools ({', '.join(tools)}) will be supported soon.")
    lines.append("PropertySupported")
    lines += [f"{row.row} {row.words}".rstrip() for row in tables[RESPONSES]]
    lines += ["", "input item types", "", "Input Item TypeSupported"]
    lines += [f"{row.row} {row.words}".rstrip() for row in tables[INPUT_ITEMS]]
    for table in _sub_field_tables(tables):
        lines += ["", table, "", "PropertySupported"]
        lines += [f"{row.row} {row.words}".rstrip() for row in tables[table]]
    return "\n".join(lines)


def html_page(rows: list[DocsRow]) -> str:
    """The page as a browser saves it: headings, tables with marks in their cells, prose around them."""
    tables = _tables(rows)
    models, budgets = budgets_of(tables.get(GEMINI, []))

    def table(header: list[str], body: list[list[str]]) -> str:
        head = "".join(f"<th>{html.escape(cell)}</th>" for cell in header)
        trs = "".join(
            "<tr>"
            + f"<td><code>{html.escape(cells[0])}</code></td>"
            # A mark before the words, as the live page draws one.
            + "".join(f'<td><span aria-hidden="true">✅</span> {html.escape(cell)}</td>' for cell in cells[1:])
            + "</tr>"
            for cells in body
        )
        return f"<table><thead><tr>{head}</tr></thead><tbody>{trs}</tbody></table>"

    parts = ['<!DOCTYPE html><html><head><title>Accessing the API</title></head><body><nav><a href="#">Skip</a></nav>']
    parts.append("<h1>Accessing the API</h1><h2>Chat Completions API</h2>")
    parts.append("<p>For C1 Gemini models, the <code>reasoning_effort</code> parameter translates to:</p>")
    parts.append(
        table(
            ["reasoning_effort", *[model + BUDGET_SUFFIX for model in models]],
            [[effort, *[values[model] for model in models]] for effort, values in budgets.items()],
        )
    )
    parts.append(
        table(
            ["Property", "C1 OpenAI models", "C1 Anthropic Models"], [[r.row, r.words, r.words] for r in tables[CHAT]]
        )
    )
    parts.append("<h2>Responses API</h2>")
    tools = [row.row for row in tables.get(BUILT_IN_TOOLS, [])]
    if tools:
        names = ", ".join(f"<code>{tool}</code>" for tool in tools)
        parts.append(f"<div class='callout'><p>Built-in tools ({names}) will be\n supported soon.</p></div>")
    parts.append(table(["Property", "Supported"], [[r.row, r.words] for r in tables[RESPONSES]]))
    parts.append("<h3>input item types</h3>")
    parts.append(table(["Input Item Type", "Supported"], [[r.row, r.words] for r in tables[INPUT_ITEMS]]))
    for name in _sub_field_tables(tables):
        parts.append(f"<h3>{name}</h3>")
        parts.append(table(["Property", "Supported"], [[r.row, r.words] for r in tables[name]]))
    return "".join(parts) + "</body></html>"


WRITERS: dict[str, Callable[[list[DocsRow]], str]] = {"text": text_page, "html": html_page}
