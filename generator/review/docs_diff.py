"""Where the C1 docs page and the effective spec disagree, row by row, and which overlay action to edit.

The spec's side is read as generated/SUPPORT.md reads it (``support.matrix``,
from the ``x-c1-*`` keys the overlays write): a property with a C1 status is a
docs row, its ``x-c1-rule`` the docs' words. The page's side is
``docs_page.parse_page`` or the pinned rows of overlays/c1-docs-rows.tsv; both
are compared the same way, so the command and the tests agree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import yamlio
from ..pipeline import support
from .docs_page import (
    BUILT_IN_TOOLS,
    CHAT,
    COMING_SOON,
    GEMINI,
    INPUT_ITEMS,
    RESPONSES,
    SUB_FIELDS_SUFFIX,
    DocsRow,
    budget_row,
    item_types,
    model_key,
    model_label,
    split_budget_row,
)

# Each property table of the page, the operation it describes and how the
# overlays' descriptions name it (overlays/README.md: "API, row: words").
_OPERATION_OF_TABLE = {CHAT: "createChatCompletion", RESPONSES: "createResponse"}
_API_OF_TABLE = {CHAT: "Chat Completions", RESPONSES: "Responses", INPUT_ITEMS: "Responses"}
_INPUT_UNION = "input[]"
_TOOLS_UNION = "tools[]"
_GEMINI_PROPERTY = "reasoning_effort"


def _api(table: str) -> str:
    if table.endswith(SUB_FIELDS_SUFFIX):
        return "Responses"
    return _API_OF_TABLE.get(table, "Chat Completions" if table == GEMINI else "Responses")


# --- the spec's rows ------------------------------------------------------------


@dataclass(frozen=True)
class SpecView:
    rows: list[DocsRow]
    properties: dict[str, set[str]]  # table -> every request property the spec has, with a docs row or not
    model_ids: dict[str, str]  # Gemini model key -> the spec's model id prefix


def spec_view(document: dict[str, Any]) -> SpecView:
    """The docs rows the effective spec holds, in the page's table order."""
    endpoints = {endpoint.operation_id: endpoint for endpoint in support.matrix(document)}
    rows: list[DocsRow] = []
    sub_rows: list[DocsRow] = []
    properties: dict[str, set[str]] = {}
    model_ids: dict[str, str] = {}
    for table, operation_id in _OPERATION_OF_TABLE.items():
        endpoint = endpoints.get(operation_id)
        if endpoint is None:
            continue
        body = [row for row in endpoint.rows if row.location == "body"]
        properties[table] = {row.name for row in body}
        for row in body:
            if "." in row.name:
                properties.setdefault(row.name.split(".")[0] + SUB_FIELDS_SUFFIX, set()).add(row.name)
        rules = {row.name: row.rule for row in body}
        for row in body:
            if row.status == support.NO_DOCS_ROW:
                continue
            parent, dot, _ = row.name.partition(".")
            if not dot:
                rows.append(DocsRow(table, row.name, row.rule))
            # A refused sub-field quoting its parent's rule is that rule at work, not a row of its own.
            elif row.rule != rules.get(parent) or row.status == support.UNVERIFIED:
                sub_rows.append(DocsRow(parent + SUB_FIELDS_SUFFIX, row.name, row.rule))
        for reasoning in endpoint.reasoning_tables:
            if reasoning.where != _GEMINI_PROPERTY:
                continue
            for model in reasoning.models:
                model_ids[model_key(model)] = model
            for effort, tokens in reasoning.rows:
                for model, value in zip(reasoning.models, tokens, strict=True):
                    if value != "":
                        rows.append(DocsRow(GEMINI, budget_row(model_label(model), effort), value))
        for type_table in endpoint.type_tables:
            if table == RESPONSES and type_table.where == _INPUT_UNION:
                rows += [DocsRow(INPUT_ITEMS, row.label, row.rule) for row in type_table.rows]
            if table == RESPONSES and type_table.where == _TOOLS_UNION:
                coming = [tag for row in type_table.rows if row.status == support.COMING_SOON for tag in row.types]
                rows += [DocsRow(BUILT_IN_TOOLS, tag, COMING_SOON) for tag in coming]
    return SpecView(rows + sub_rows, properties, model_ids)


# --- the overlay actions a row concerns ----------------------------------------


@dataclass(frozen=True)
class Action:
    file: str
    number: int
    description: str
    writes: frozenset[str]  # the x-c1-* keys its update writes

    def label(self) -> str:
        text = self.description if len(self.description) <= 110 else self.description[:107] + "..."
        return f"{self.file}, action {self.number}: {text}"


def overlay_actions(overlays_dir: Path) -> list[Action]:
    actions = []
    for path in sorted(overlays_dir.glob("*.yaml")):
        for number, action in enumerate(yamlio.load(path).get("actions", []), 1):
            update = action.get("update")
            writes = frozenset(key for key in update if key.startswith("x-c1-")) if isinstance(update, dict) else ()
            description = " ".join(str(action.get("description", "")).split())
            actions.append(Action(f"overlays/{path.name}", number, description, frozenset(writes)))
    return actions


def _named_rows(action: Action, table: str) -> set[str]:
    """The rows an action's description names for a table: 'API, [table, ]a, b and c: ...'."""
    head = _api(table) + ", "
    if not action.description.startswith(head):
        return set()
    rest = action.description[len(head) :]
    qualifier = table + ", " if table in (INPUT_ITEMS,) or table.endswith(SUB_FIELDS_SUFFIX) else ""
    if qualifier:
        if not rest.startswith(qualifier):
            return set()
        rest = rest[len(qualifier) :]
    elif re.match(r"[a-z ]+(?: sub-fields| types), ", rest):
        return set()
    names = rest.split(":", 1)[0]
    return {name.strip() for name in re.split(r",|\band\b|/", names) if name.strip()}


def concerned(actions: list[Action], table: str, row: str) -> list[Action]:
    if table == GEMINI:
        return [action for action in actions if "x-c1-gemini-max-reasoning-tokens" in action.writes]
    if table == BUILT_IN_TOOLS:
        return [
            action
            for action in actions
            if "tools" in _named_rows(action, RESPONSES) and "built-in tools (" in action.description.lower()
        ]
    names = {name for name, _ in item_types(row)} if table == INPUT_ITEMS else {row}
    return [action for action in actions if names & _named_rows(action, table)]


def _home_file(actions: list[Action], table: str) -> str:
    head = _api(table) + ", "
    return next((a.file for a in actions if a.description.startswith(head)), "overlays/")


# --- comparing -----------------------------------------------------------------


@dataclass(frozen=True)
class Difference:
    table: str
    row: str
    what: str  # "new row", "removed row", "changed words", "new column", ...
    page: str | None
    spec: str | None
    actions: tuple[Action, ...]
    change: str

    def render(self) -> str:
        if self.what in ("changed words", "changed cell", "changed roles"):
            detail = f'the page says "{self.page}", the spec "{self.spec}"'
        elif self.page is not None:
            detail = f'the page says "{self.page}"' if self.page else "the page gives no words"
        else:
            detail = f'the spec says "{self.spec}"' if self.spec else "the spec has it, with no words"
        lines = [f"{self.table}, {self.row}: {self.what}: {detail}"]
        lines += [f"    {action.label()}" for action in self.actions]
        lines.append(f"    -> {self.change}")
        return "\n".join(lines)


def compare(page: Iterable[DocsRow], spec: SpecView, actions: list[Action]) -> list[Difference]:
    page_rows = list(page)
    found: list[Difference] = []
    found += _property_tables(page_rows, spec, actions)
    found += _input_items(page_rows, spec, actions)
    found += _gemini(page_rows, spec, actions)
    found += _tools(page_rows, spec, actions)
    return found


def _property_tables(page: list[DocsRow], spec: SpecView, actions: list[Action]) -> list[Difference]:
    tables = [t for t in dict.fromkeys(row.table for row in [*page, *spec.rows]) if _is_property_table(t)]
    found = []
    for table in tables:
        ours = {row.row: row.words for row in page if row.table == table}
        theirs = {row.row: row.words for row in spec.rows if row.table == table}
        home = _home_file(actions, table)
        api = _api(table)
        for name, words in ours.items():
            concerns = tuple(concerned(actions, table, name))
            if name not in theirs:
                known = name in spec.properties.get(table, set())
                if not known:
                    change = f"the spec has no request property {name}: add it to spec/, then record its rule"
                elif words:
                    change = (
                        f"add an action to {home} described '{api}, {name}: \"{words}\"' that writes"
                        f" x-c1-rule: {words} and x-c1-support on the property (and the keyword that enforces it)"
                    )
                else:
                    change = f"add {name} to the action of {home} that marks the rows without words as unverified"
                found.append(Difference(table, name, "new row", words, None, concerns, change))
            elif theirs[name] != words:
                found.append(
                    Difference(
                        table, name, "changed words", words, theirs[name], concerns, _words_change(theirs[name], words)
                    )
                )
        for name, words in theirs.items():
            if name not in ours:
                change = (
                    f"the page no longer lists {name}: take it out of these actions (or drop them) so that it has"
                    " no x-c1-* mark, and check the page for what replaced it"
                )
                found.append(
                    Difference(table, name, "removed row", None, words, tuple(concerned(actions, table, name)), change)
                )
    return found


def _is_property_table(table: str) -> bool:
    return table in _OPERATION_OF_TABLE or table.endswith(SUB_FIELDS_SUFFIX)


def _words_change(old: str, new: str) -> str:
    if not old:
        return (
            f"the row has words now: record x-c1-rule: {new} (with x-c1-support: restricted or unsupported and the"
            f' keyword that enforces it) in an action quoting "{new}", and take the row out of the unverified list'
        )
    if not new:
        return (
            "the row lost its words: remove the rule these actions write (x-c1-rule and the keyword enforcing it)"
            " and mark the row supported or unverified"
        )
    return f'quote "{new}" instead of "{old}" in these descriptions and in x-c1-rule; make the schema keyword say it'


def _input_items(page: list[DocsRow], spec: SpecView, actions: list[Action]) -> list[Difference]:
    def by_type(rows: Iterable[DocsRow]) -> dict[str, tuple[str, str, str]]:
        typed = {}
        for row in rows:
            if row.table == INPUT_ITEMS:
                for name, roles in item_types(row.row):
                    typed[name] = (row.row, roles, row.words)
        return typed

    ours, theirs = by_type(page), by_type(spec.rows)
    found = []
    for name, (row, roles, words) in ours.items():
        concerns = tuple(concerned(actions, INPUT_ITEMS, name))
        if name not in theirs:
            change = f"the spec has no input item type {name}: add its schema to ResponseInputItem in spec/"
            if words == COMING_SOON:
                change += ", then record it as coming soon (x-c1-coming-soon) and remove its variant"
            found.append(Difference(INPUT_ITEMS, row, "new row", words, None, concerns, change))
            continue
        _, their_roles, their_words = theirs[name]
        if their_words != words:
            if words == COMING_SOON:
                change = (
                    f"add two actions to {_home_file(actions, INPUT_ITEMS)}: one records {name} in x-c1-coming-soon"
                    f" of ResponseInputItem, one removes its variant (described 'Responses, input item types,"
                    f' {name}: "coming soon"\')'
                )
            elif their_words == COMING_SOON:
                change = f"{name} is accepted now: remove these actions (or {name} from them)"
            else:
                change = _words_change(their_words, words)
            label = row if row == name else f"{row} ({name})"
            found.append(Difference(INPUT_ITEMS, label, "changed words", words, their_words, concerns, change))
        if roles != their_roles:
            change = f"make the role enum of the {name} item (in spec/, or an overlay narrowing it) {roles or 'empty'}"
            found.append(Difference(INPUT_ITEMS, row, "changed roles", roles, their_roles, concerns, change))
    for name, (_, _, words) in theirs.items():
        if name not in ours:
            change = (
                f"the page no longer lists {name}: remove its variant from ResponseInputItem (an overlay action"
                " recording the page's rule) or check the page for where it went"
            )
            concerns = tuple(concerned(actions, INPUT_ITEMS, name))
            found.append(Difference(INPUT_ITEMS, name, "removed row", None, words, concerns, change))
    return found


def _gemini(page: list[DocsRow], spec: SpecView, actions: list[Action]) -> list[Difference]:
    def cells(rows: Iterable[DocsRow]) -> dict[str, dict[str, str]]:
        table: dict[str, dict[str, str]] = {}
        for row in rows:
            if row.table == GEMINI:
                model, effort = split_budget_row(row.row)
                table.setdefault(model, {})[effort] = row.words
        return table

    ours, theirs = cells(page), cells(spec.rows)
    our_keys = {model_key(model): model for model in ours}
    their_keys = {model_key(model): model for model in theirs}
    concerns = tuple(concerned(actions, GEMINI, ""))
    found = []
    for key, model in our_keys.items():
        model_id = spec.model_ids.get(key, f"c1/google/gemini-{key}")
        budgets = ", ".join(f"{effort}: {value}" for effort, value in ours[model].items())
        if key not in their_keys:
            change = f"add {model_id} with {{{budgets}}} to x-c1-gemini-max-reasoning-tokens in this action"
            found.append(Difference(GEMINI, model, "new column", budgets, None, concerns, change))
            continue
        spec_cells = theirs[their_keys[key]]
        for effort, value in ours[model].items():
            row = budget_row(model, effort)
            if effort not in spec_cells:
                change = f"add {effort}: {value} under {model_id} in x-c1-gemini-max-reasoning-tokens"
                found.append(Difference(GEMINI, row, "new row", value, None, concerns, change))
            elif spec_cells[effort] != value:
                change = f"set {model_id}'s {effort} to {value} in x-c1-gemini-max-reasoning-tokens"
                found.append(Difference(GEMINI, row, "changed cell", value, spec_cells[effort], concerns, change))
        for effort, value in spec_cells.items():
            if effort not in ours[model]:
                change = f"remove {effort} under {model_id} from x-c1-gemini-max-reasoning-tokens"
                row = budget_row(model, effort)
                found.append(Difference(GEMINI, row, "removed row", None, value, concerns, change))
    for key, model in their_keys.items():
        if key not in our_keys:
            model_id = spec.model_ids.get(key, key)
            budgets = ", ".join(f"{effort}: {value}" for effort, value in theirs[model].items())
            change = f"remove {model_id} from x-c1-gemini-max-reasoning-tokens in this action"
            found.append(Difference(GEMINI, model, "removed column", None, budgets, concerns, change))
    return found


def _tools(page: list[DocsRow], spec: SpecView, actions: list[Action]) -> list[Difference]:
    ours = [row.row for row in page if row.table == BUILT_IN_TOOLS]
    theirs = [row.row for row in spec.rows if row.table == BUILT_IN_TOOLS]

    # The wire names may carry a suffix the page leaves out (computer_use -> computer_use_preview).
    def matches(page_name: str, wire: str) -> bool:
        return wire == page_name or wire.startswith(page_name + "_")

    concerns = tuple(concerned(actions, BUILT_IN_TOOLS, ""))
    found = []
    for name in ours:
        if not any(matches(name, wire) for wire in theirs):
            change = f"add {name}'s type to x-c1-coming-soon of ResponseTool and remove its variant, in these actions"
            found.append(Difference(BUILT_IN_TOOLS, name, "new row", COMING_SOON, None, concerns, change))
    for wire in theirs:
        if not any(matches(name, wire) for name in ours):
            change = (
                f"the sentence no longer lists {wire}: take it out of x-c1-coming-soon and out of the variants"
                " these actions remove (the page's tools row says what it accepts)"
            )
            found.append(Difference(BUILT_IN_TOOLS, wire, "removed row", None, COMING_SOON, concerns, change))
    return found


def render(differences: list[Difference], page_label: str) -> str:
    if not differences:
        return f"{page_label} and the effective spec agree: no difference\n"
    body = "\n".join(difference.render() for difference in differences)
    return f"{body}\n\n{len(differences)} difference(s) between {page_label} and the effective spec\n"
