"""The C1 rules (``x-c1-*`` keys), Gemini's reasoning budget table among them: what a change of each means."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .change import Schema, _Recorder
from .values import _NONE, _leaf_changes, _show

# How strongly an x-c1-support mark limits a property, for telling a tightening from a loosening.
_SUPPORT_RANK = {"supported": 0, "unverified": 1, "restricted": 2, "unsupported": 3}


_C1Change = Iterator[tuple[str, str, bool]]


def _c1_support(key: str, was: Any, now: Any) -> _C1Change:
    rank_was, rank_now = _SUPPORT_RANK.get(str(was), 0), _SUPPORT_RANK.get(str(now), 0)
    kind = "tightened" if rank_now > rank_was else "loosened" if rank_now < rank_was else "changed"
    yield kind, f"C1 support {was} -> {now}", now == "unsupported" and was != "unsupported"


def _c1_rule(key: str, was: Any, now: Any) -> _C1Change:
    if was is _NONE:
        yield "added", f"C1 rule added: {_show(now)}", False
    elif now is _NONE:
        yield "removed", f"C1 rule removed (was {_show(was)})", False
    else:
        # The rule's words are what errors quote; what it enforces is diffed
        # through the schema keywords beside it.
        yield "changed", f"C1 rule {_show(was)} -> {_show(now)}", False


def _c1_default(key: str, was: Any, now: Any) -> _C1Change:
    if was is _NONE or now is _NONE:
        yield (
            "changed",
            f"C1 default {_show(was) if was is not _NONE else 'unstated'} -> "
            f"{_show(now) if now is not _NONE else 'unstated'}",
            False,
        )
    else:
        # A caller who leaves the property out now gets different behaviour.
        yield "changed", f"C1 default {_show(was)} -> {_show(now)}", True


def _c1_requires(key: str, was: Any, now: Any) -> _C1Change:
    was_map = was if isinstance(was, dict) else {}
    now_map = now if isinstance(now, dict) else {}
    for sibling in [s for s in now_map if s not in was_map]:
        yield "tightened", f"C1 now requires {sibling}: {_show(now_map[sibling])}", True
    for sibling in [s for s in was_map if s not in now_map]:
        yield "loosened", f"C1 no longer requires {sibling}: {_show(was_map[sibling])}", False
    for sibling in [s for s in was_map if s in now_map and was_map[s] != now_map[s]]:
        yield "changed", f"C1 requires {sibling}: {_show(was_map[sibling])} -> {_show(now_map[sibling])}", True


def _c1_refused(key: str, was: Any, now: Any) -> _C1Change:
    # The variant or property itself disappears from the schema and is reported
    # (as breaking) there; these lines add the rule a refused caller will read.
    label = {"x-c1-rejected-properties": "property", "x-c1-rejected-types": "type", "x-c1-coming-soon": "type"}[key]
    reason = "coming soon" if key == "x-c1-coming-soon" else "refused by C1"
    was_map = _as_map(was, reason)
    now_map = _as_map(now, reason)
    for name in [n for n in now_map if n not in was_map]:
        yield "tightened", f"{label} {name} now {reason}: {_show(now_map[name])}", False
    for name in [n for n in was_map if n not in now_map]:
        yield "loosened", f"{label} {name} no longer {reason}", False
    for name in [n for n in was_map if n in now_map and was_map[n] != now_map[n]]:
        yield "changed", f"{label} {name}: rule {_show(was_map[name])} -> {_show(now_map[name])}", False


def _as_map(value: Any, reason: str) -> dict[str, Any]:
    if isinstance(value, dict):
        return value
    if isinstance(value, list):
        return {str(item): reason for item in value}
    return {}


def _c1_json_string(key: str, was: Any, now: Any) -> _C1Change:
    if now is True and was is not True:
        yield "tightened", "must now hold a JSON-encoded object", True
    else:
        yield "loosened", "no longer needs to hold a JSON-encoded object", False


def _c1_other(key: str, was: Any, now: Any) -> _C1Change:
    for path, one, other in _leaf_changes(was, now):
        if one is _NONE:
            yield "added", f"{key}{path}: {_show(other)} added", False
        elif other is _NONE:
            yield "removed", f"{key}{path}: {_show(one)} removed", False
        else:
            yield "changed", f"{key}{path}: {_show(one)} -> {_show(other)}", False


def _c1_gemini_budgets(key: str, was: Any, now: Any) -> _C1Change:
    # The docs' table has a column per Gemini model and a row per reasoning
    # effort; a new model is a new column, reported whole, and a changed number
    # is one cell. None of it refuses a request: C1 applies the budget itself.
    was_map = was if isinstance(was, dict) else {}
    now_map = now if isinstance(now, dict) else {}
    table = "Gemini max reasoning tokens"
    for model in [m for m in now_map if m not in was_map]:
        yield "added", f"{table}: new model column {model}: {_budget_cells(now_map[model])}", False
    for model in [m for m in was_map if m not in now_map]:
        yield "removed", f"{table}: model column {model} removed (was {_budget_cells(was_map[model])})", False
    for model in [m for m in was_map if m in now_map]:
        old_column, new_column = was_map[model], now_map[model]
        if not isinstance(old_column, dict) or not isinstance(new_column, dict):
            if old_column != new_column:
                yield "changed", f"{table} for {model}: {_show(old_column)} -> {_show(new_column)}", False
            continue
        for effort in [*old_column, *(e for e in new_column if e not in old_column)]:
            one, other = old_column.get(effort, _NONE), new_column.get(effort, _NONE)
            cell = f"{table} for {model}, reasoning_effort {effort}"
            if one == other:
                continue
            if one is _NONE:
                yield "added", f"{cell}: new row, {_show(other)}", False
            elif other is _NONE:
                yield "removed", f"{cell}: row removed (was {_show(one)})", False
            else:
                yield "changed", f"{cell}: {_show(one)} -> {_show(other)}", False


def _budget_cells(column: Any) -> str:
    if not isinstance(column, dict):
        return _show(column)
    return ", ".join(f"{effort} {_show(tokens)}" for effort, tokens in column.items())


_C1_HANDLERS = {
    "x-c1-support": _c1_support,
    "x-c1-rule": _c1_rule,
    "x-c1-default": _c1_default,
    "x-c1-requires": _c1_requires,
    "x-c1-rejected-properties": _c1_refused,
    "x-c1-rejected-types": _c1_refused,
    "x-c1-coming-soon": _c1_refused,
    "x-c1-json-object-string": _c1_json_string,
    "x-c1-gemini-max-reasoning-tokens": _c1_gemini_budgets,
}


class _C1KeyDiffer(_Recorder):
    """Compares the ``x-c1-*`` keys of one schema, each by its handler above."""

    def c1_keys(self, old: Schema, new: Schema, where: str, flows: set[str]) -> None:
        keys = [k for k in old if k.startswith("x-c1-")] + [k for k in new if k.startswith("x-c1-") and k not in old]
        for key in keys:
            was, now = old.get(key, _NONE), new.get(key, _NONE)
            if was == now:
                continue
            handler = _C1_HANDLERS.get(key, _c1_other)
            for kind, what, breaks in handler(key, was, now):
                self.add(where, kind, what, flows, request=breaks, response=False)
