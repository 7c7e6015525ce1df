"""The C1 "Accessing the API" page as rows: read from a saved page, kept in overlays/c1-docs-rows.tsv.

A maintainer saves the page either as HTML or as the text a browser copies
from it. Both come out as the same rows: (table, row, the docs' words), one
per property of the Chat Completions and Responses tables, per input item type
row, per sub-field row, per cell of the Gemini reasoning-budget table and per
tool of the built-in tools sentence.

HTML keeps every cell apart and is read exactly (with html5lib, as a browser
parses it). The copied text glues a row's cells together ("nmust be 1must be
1"), so a row is cut where the name ends and the rest repeats once per model
column, preferring names the spec already knows; Gemini budgets ("none0256")
are cut into numbers without leading zeros, preferring the values the spec
holds. Text copied with tabs between cells is read as exactly as HTML.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROWS_PATH = Path("overlays") / "c1-docs-rows.tsv"

CHAT = "chat completions"
RESPONSES = "responses"
INPUT_ITEMS = "input item types"
GEMINI = "gemini max reasoning tokens"
BUILT_IN_TOOLS = "built-in tools"
SUB_FIELDS_SUFFIX = " sub-fields"
COMING_SOON = "coming soon"

# The headings the page puts above each API's property table.
_SECTIONS = {"chat completions api": CHAT, "responses api": RESPONSES}
_BUILT_IN_SENTENCE = re.compile(r"Built-in tools\s*\(([^)]*)\)\s*will be supported soon")
_BUDGET_SUFFIX = re.compile(r"\s*-\s*Max reasoning \w+\s*$", re.IGNORECASE)
# Marks a page may carry in a cell; the copy the overlays were written from had lost them.
_MARKS = "✅✓✔☑❌✗✘✖⛔⚠\ufe0f"
_PROPERTY = r"[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*"
_ITEM = r"[a-z][a-z0-9_]*(?: \([^)]*\))?"
_ITEM_ROW = re.compile(rf"{_ITEM}(?: / {_ITEM})*")
_PROPERTY_NAME = re.compile(_PROPERTY)

_HEADER = """\
# The tables of the C1 "Accessing the API" page, row by row, in the page's own words.
# Written from a saved page by `make docs-rows DOCS=<page>` (HTML or the text copied from
# the browser); `make docs-diff DOCS=<page>` compares a page with the effective spec, and
# the tests check that these rows agree with it. Review a change here beside the overlay
# edit it calls for (MAINTAINING.md, "When the C1 docs change").
# Columns: table, row, the docs' words. Gemini cells are "<model>, <reasoning_effort>" rows
# holding max reasoning tokens; built-in tools are those the page says "will be supported soon".
"""


@dataclass(frozen=True, order=True)
class DocsRow:
    table: str
    row: str
    words: str


class PageError(Exception):
    """The saved page cannot be read as the C1 docs page."""


@dataclass
class Hints:
    """What the spec already says, to cut the copied text's glued cells where they were."""

    names: set[str] = field(default_factory=set)
    budgets: dict[tuple[str, str], int] = field(default_factory=dict)

    @classmethod
    def of(cls, rows: Iterable[DocsRow]) -> Hints:
        hints = cls()
        for row in rows:
            if row.table == GEMINI:
                model, effort = split_budget_row(row.row)
                if row.words.isdigit():
                    hints.budgets[(model_key(model), effort)] = int(row.words)
            elif row.table != BUILT_IN_TOOLS:
                hints.names.add(row.row)
        return hints


def model_key(label: str) -> str:
    """``3-flash`` for the page's "3 Flash" and for the spec's ``c1/google/gemini-3-flash``."""
    last = label.strip().rsplit("/", 1)[-1].lower()
    return re.sub(r"\s+", "-", last.removeprefix("gemini-"))


def model_label(key: str) -> str:
    """The page's way of naming a Gemini model key: ``3-flash`` -> "3 Flash"."""
    return " ".join(part[:1].upper() + part[1:] for part in model_key(key).split("-"))


def budget_row(model: str, effort: str) -> str:
    return f"{model}, {effort}"


def split_budget_row(row: str) -> tuple[str, str]:
    model, _, effort = row.rpartition(", ")
    return model, effort


def item_types(row: str) -> list[tuple[str, str]]:
    """(type, roles) of each type an input item row names: "a (user/system) / b" -> [(a, user/system), (b, "")]."""
    found = []
    for part in row.split(" / "):
        name, _, roles = part.partition(" (")
        found.append((name.strip(), roles.rstrip(")").strip()))
    return found


# --- the rows file --------------------------------------------------------------


def format_rows(rows: Iterable[DocsRow]) -> str:
    lines = [_HEADER.rstrip("\n")]
    for row in rows:
        for cell in (row.table, row.row, row.words):
            if "\t" in cell or "\n" in cell:
                raise PageError(f"a cell holds a tab or a line break: {cell!r}")
        lines.append(f"{row.table}\t{row.row}\t{row.words}")
    return "\n".join(lines) + "\n"


def parse_rows(text: str, source: str) -> list[DocsRow]:
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 3:
            raise PageError(f"{source}:{number}: want 3 tab-separated columns (table, row, words), not {len(cells)}")
        rows.append(DocsRow(*cells))
    return rows


def read_rows(path: Path) -> list[DocsRow]:
    return parse_rows(path.read_text(encoding="utf-8"), str(path))


# --- a saved page ---------------------------------------------------------------


def is_html(text: str) -> bool:
    return re.search(r"<(?:!doctype|html|body|table)\b", text[:20000], re.IGNORECASE) is not None


def parse_page(text: str, hints: Hints | None = None) -> list[DocsRow]:
    """Every row of the page's tables, in the page's order, then the built-in tools of its sentence."""
    hints = hints or Hints()
    if is_html(text):
        blocks, prose = _html_blocks(text)
    else:
        blocks, prose = _text_blocks(text, hints), text
    rows: list[DocsRow] = []
    section = ""
    for block in blocks:
        if isinstance(block, str):
            section = _SECTIONS.get(_words(block).lower(), section)
            continue
        rows += _table_rows(block, section, hints)
    if not any(row.table in (CHAT, RESPONSES) for row in rows):
        raise PageError("found no Chat Completions or Responses property table: is this the C1 docs page?")
    sentence = _BUILT_IN_SENTENCE.search(" ".join(prose.split()))
    if sentence is not None:
        tools = [tool.strip() for tool in sentence.group(1).split(",") if tool.strip()]
        rows += [DocsRow(BUILT_IN_TOOLS, tool, COMING_SOON) for tool in tools]
    return rows


@dataclass
class _Table:
    kind: str  # "models", "property", "items", "gemini"
    columns: list[str]  # the header cells after the first
    rows: list[list[str]]  # each row's cells, the first being its name
    where: str


def _words(cell: str) -> str:
    text = " ".join(cell.translate({ord(mark): " " for mark in _MARKS}).split())
    # The page writes some rules in parentheses: "(audio not supported)".
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()
    return text


def _classify(header: list[str]) -> str | None:
    first = " ".join(header[0].split()).lower() if header else ""
    rest = [" ".join(cell.split()) for cell in header[1:]]
    if first == "property" and rest and all(cell.lower().startswith("c1 ") for cell in rest):
        return "models"
    if first == "property" and [cell.lower() for cell in rest] == ["supported"]:
        return "property"
    if first == "input item type":
        return "items"
    if first == "reasoning_effort" and rest:
        return "gemini"
    return None


def _table_rows(table: _Table, section: str, hints: Hints) -> Iterator[DocsRow]:
    if table.kind == "items":
        for cells in table.rows:
            yield DocsRow(INPUT_ITEMS, " ".join(cells[0].split()), _words(" ".join(cells[1:])))
        return
    if table.kind == "gemini":
        models = [_BUDGET_SUFFIX.sub("", " ".join(cell.split())) for cell in table.columns]
        for cells in table.rows:
            effort = cells[0].strip()
            for model, value in zip(models, cells[1:], strict=False):
                yield DocsRow(GEMINI, budget_row(model, effort), _words(value))
        return
    names = [" ".join(cells[0].split()) for cells in table.rows]
    parents = {name.split(".")[0] for name in names}
    if names and all("." in name for name in names) and len(parents) == 1:
        name_of_table = parents.pop() + SUB_FIELDS_SUFFIX
    elif section:
        name_of_table = section
    else:
        raise PageError(f"{table.where}: a property table outside the Chat Completions and Responses sections")
    for name, cells in zip(names, table.rows, strict=True):
        columns = [_words(cell) for cell in cells[1:]] or [""]
        # One rule for every model column is one row; columns that differ are shown side by side.
        words = columns[0] if len(set(columns)) == 1 else " | ".join(columns)
        yield DocsRow(name_of_table, name, words)


# --- HTML ---


def _html_blocks(text: str) -> tuple[list[str | _Table], str]:
    from bs4 import BeautifulSoup, Tag

    soup = BeautifulSoup(text, "html5lib")
    blocks: list[str | _Table] = []
    for index, element in enumerate(soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "table"])):
        if element.name != "table":
            blocks.append(element.get_text(" ", strip=True))
            continue
        rows = [
            [cell.get_text(" ", strip=True) for cell in tr.find_all(["th", "td"])]
            for tr in element.find_all("tr")
            if isinstance(tr, Tag)
        ]
        rows = [row for row in rows if row]
        kind = _classify(rows[0]) if rows else None
        if kind is not None:
            blocks.append(_Table(kind, rows[0][1:], rows[1:], f"table {index + 1}"))
    return blocks, soup.get_text(" ")


# --- text copied from the browser ---


def _text_header(line: str) -> tuple[str, list[str]] | None:
    tabbed = "\t" in line
    cells = [cell.strip() for cell in line.split("\t")] if tabbed else _glued_header(" ".join(line.split()))
    kind = _classify(cells) if cells else None
    return None if kind is None else (kind, cells[1:])


def _glued_header(line: str) -> list[str]:
    for first in ("Property", "Input Item Type", "reasoning_effort"):
        if line.startswith(first):
            rest = line[len(first) :].strip()
            if first == "Property" and rest.startswith("C1 "):
                return [first, *re.findall(r"C1 .*?(?=C1 |$)", rest)]
            if first == "reasoning_effort":
                return [first, *re.findall(r".+?Max reasoning [a-z]+", rest)]
            return [first, rest]
    return []


def _text_blocks(text: str, hints: Hints) -> list[str | _Table]:
    blocks: list[str | _Table] = []
    table: _Table | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.replace("\xa0", " ").rstrip()
        header = _text_header(line) if line else None
        if header is not None:
            table = _Table(header[0], header[1], [], f"line {number}")
            blocks.append(table)
            continue
        if not line.strip():
            table = None
            continue
        if table is None:
            blocks.append(line)
            continue
        cells = [cell.strip() for cell in line.split("\t")] if "\t" in line else _glued_row(table, line.strip(), hints)
        if cells is None:
            raise PageError(f"line {number}: cannot read {line.strip()!r} as a row of the table at {table.where}")
        table.rows.append(cells)
    return blocks


def _glued_row(table: _Table, line: str, hints: Hints) -> list[str] | None:
    if table.kind == "items":
        found = _ITEM_ROW.match(line)
        return None if found is None else [found.group(0), line[found.end() :].strip()]
    if table.kind == "gemini":
        keys = [model_key(_BUDGET_SUFFIX.sub("", column)) for column in table.columns]
        return _budget_cells(line, keys, hints)
    return _property_cells(line, len(table.columns) if table.kind == "models" else 1, hints)


def _property_cells(line: str, columns: int, hints: Hints) -> list[str] | None:
    candidates: list[tuple[bool, int, list[str]]] = []
    for end in range(1, len(line) + 1):
        name, rest = line[:end], line[end:]
        if not _PROPERTY_NAME.fullmatch(name) or name.endswith("_"):
            continue
        if columns == 1 and rest and not (rest[0].isspace() or rest[0] == "("):
            continue  # one column: the copy keeps a space between the name and the words
        if rest[:1] in ("_", "."):
            continue  # the name goes on
        cells = _repeated(rest, columns)
        if cells is not None:
            candidates.append((name in hints.names, end, [name, *cells]))
    if candidates:
        # A name the spec knows first, then the longest: "class" is not "cla" + "s" twice.
        return max(candidates, key=lambda candidate: candidate[:2])[2]
    # Columns that differ cannot be cut apart; a known name still tells where the row's words start.
    for name in sorted(hints.names, key=len, reverse=True):
        if line.startswith(name) and line[len(name) : len(name) + 1] not in ("_", "."):
            return [name, line[len(name) :].strip()]
    return None


def _repeated(rest: str, columns: int) -> list[str] | None:
    if not rest.strip():
        return [""] * columns
    if columns == 1:
        return [rest.strip()]
    if len(rest) % columns:
        return None
    size = len(rest) // columns
    part = rest[:size]
    return [part.strip()] * columns if part * columns == rest else None


def _budget_cells(line: str, models: list[str], hints: Hints) -> list[str] | None:
    columns = len(models)
    found = re.fullmatch(r"([a-z_]+)\s*([\d\s]+)", line)
    if found is None:
        return None
    effort, digits = found.group(1), found.group(2)
    if " " in digits.strip():
        values = digits.split()
        return [effort, *values] if len(values) == columns else None
    best: tuple[tuple[int, int, int], list[str]] | None = None
    for cuts in itertools.combinations(range(1, len(digits)), columns - 1):
        bounds = [0, *cuts, len(digits)]
        values = [digits[a:b] for a, b in itertools.pairwise(bounds)]
        if any(len(value) > 1 and value.startswith("0") for value in values):
            continue
        pairs = zip(models, values, strict=True)
        known = sum(hints.budgets.get((model, effort)) == int(value) for model, value in pairs)
        round_numbers = sum(1 for value in values if int(value) & (int(value) - 1) == 0)
        spread = max(map(len, values)) - min(map(len, values))
        score = (known, round_numbers, -spread)
        if best is None or score > best[0]:
            best = (score, values)
    return None if best is None else [effort, *best[1]]
