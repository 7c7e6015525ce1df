"""What changed between two effective specs, as a reviewer of a docs change needs to see it.

The comparison walks operations, parameters and every component schema, and
reports properties, enum values, bounds, union variants and C1 rules (the
``x-c1-*`` keys) that were added, removed, tightened or loosened. Every other
schema keyword is compared too, whether or not this module knows it: a keyword
that appears constrains more, one that goes away constrains less, and a changed
value is "changed" unless its direction is plain (see ``_keyword_direction``),
so a keyword nobody planned for still shows up. Prose (descriptions, titles,
examples, summaries) is not compared: it changes no caller's code.

Whether a change breaks callers depends on which way data flows through the
schema, so each component is classed by where the operations use it:
- in a request (body or parameter), anything that refuses what used to be
  accepted breaks a caller: a property, value or variant removed, a bound
  tightened, a property newly required, a C1 requirement or default changed;
- in a response, anything a caller may rely on reading breaks it: a property
  removed or no longer required, a type or constant changed.
A schema used both ways is judged both ways.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ...speclib import specdoc

Schema = dict[str, Any]

REQUEST = "request"
RESPONSE = "response"
_METHODS = specdoc.HTTP_METHODS
_SIZE_KEYWORDS = (
    ("minLength", "maxLength", "characters"),
    ("minItems", "maxItems", "items"),
    ("minProperties", "maxProperties", "entries"),
)
# How strongly an x-c1-support mark limits a property, for telling a tightening from a loosening.
_SUPPORT_RANK = {"supported": 0, "unverified": 1, "restricted": 2, "unsupported": 3}


@dataclass(frozen=True)
class Change:
    where: str
    kind: str  # added | removed | tightened | loosened | changed
    what: str
    breaking: bool
    usage: str = ""  # request, response, "request+response" or "" for operations


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every API change from ``old`` to ``new``; empty when callers see no difference."""
    usage = _usage(old)
    for name, flows in _usage(new).items():
        usage.setdefault(name, set()).update(flows)
    differ = _Differ(usage, old, new)
    differ.operations(old, new)
    differ.components(old, new)
    return differ.changes


def render(changes: list[Change], old_label: str, new_label: str, old_version: str, new_version: str) -> str:
    lines = [f"API diff: {old_label} (version {old_version}) -> {new_label} (version {new_version})", ""]
    if not changes:
        lines.append("No API changes.")
        return "\n".join(lines) + "\n"
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    for title, group, mark in (("Breaking changes", breaking, "!"), ("Other changes", other, "")):
        if not group:
            continue
        lines.append(f"{title} ({len(group)}):")
        for change in group:
            usage = f" [{change.usage}]" if change.usage else ""
            sign = mark or {"added": "+", "removed": "-"}.get(change.kind, "~")
            lines.append(f"  {sign} {change.where}{usage}: {change.kind}: {change.what}")
        lines.append("")
    lines.append(f"{len(changes)} change(s), {len(breaking)} breaking.")
    if old_version == new_version:
        lines.append(f"info.version is still {new_version}: bump it in spec/openapi.yaml before releasing.")
    return "\n".join(lines) + "\n"


def _usage(document: dict[str, Any]) -> dict[str, set[str]]:
    """Component schema name -> whether requests, responses or both reach it."""
    schemas: dict[str, Schema] = document.get("components", {}).get("schemas", {})
    usage: dict[str, set[str]] = {}

    def reach(node: Any, flow: str) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[-1]
                if flow in usage.setdefault(name, set()):
                    return
                usage[name].add(flow)
                reach(schemas.get(name, {}), flow)
            for value in node.values():
                reach(value, flow)
        elif isinstance(node, list):
            for value in node:
                reach(value, flow)

    for item in document.get("paths", {}).values():
        for method, operation in item.items():
            if method == "parameters":
                reach(_resolved_all(operation, document), REQUEST)
            if method not in _METHODS:
                continue
            reach(_resolved_all(operation.get("parameters", []), document), REQUEST)
            reach(_resolve(operation.get("requestBody", {}), document), REQUEST)
            for response in operation.get("responses", {}).values():
                reach(_resolve(response, document), RESPONSE)
    return usage


def _resolve(node: Any, document: dict[str, Any]) -> Any:
    # Parameters, bodies and responses may be references to components; schemas
    # are compared by name instead and never resolved here.
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and "/schemas/" not in node["$ref"]:
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            break
        seen.add(ref)
        target: Any = document
        for part in ref[2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
        node = target
    return node


def _resolved_all(nodes: Any, document: dict[str, Any]) -> list[Any]:
    return [_resolve(node, document) for node in nodes] if isinstance(nodes, list) else []


def _show(value: Any) -> str:
    # Never cut: two long values that differ late would print identically around the arrow.
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _leaf_changes(was: Any, now: Any, path: str = "") -> Iterator[tuple[str, Any, Any]]:
    """(path, old, new) of each entry or element that differs, ``_NONE`` standing for absent.

    Maps are compared key by key and lists of the same length element by
    element, so a reviewer reads the one cell that changed; a list that grew or
    shrank is compared as a set of values.
    """
    if isinstance(was, dict) and isinstance(now, dict):
        for key in [*was, *(k for k in now if k not in was)]:
            yield from _leaf_changes(was.get(key, _NONE), now.get(key, _NONE), f"{path}[{_show(key)}]")
    elif isinstance(was, list) and isinstance(now, list) and len(was) == len(now):
        for index, (one, other) in enumerate(zip(was, now, strict=True)):
            yield from _leaf_changes(one, other, f"{path}[{index}]")
    elif isinstance(was, list) and isinstance(now, list):
        old_items, new_items = {_show(v): v for v in was}, {_show(v): v for v in now}
        for text, value in new_items.items():
            if text not in old_items:
                yield path, _NONE, value
        for text, value in old_items.items():
            if text not in new_items:
                yield path, value, _NONE
    elif was != now:
        yield path, was, now


def _ref_name(schema: Schema) -> str:
    return str(schema["$ref"]).rsplit("/", 1)[-1]


class _Differ:
    def __init__(self, usage: dict[str, set[str]], old_doc: dict[str, Any], new_doc: dict[str, Any]) -> None:
        self.usage = usage
        self.old_doc = old_doc
        self.new_doc = new_doc
        self.changes: list[Change] = []

    def add(self, where: str, kind: str, what: str, flows: set[str], *, request: bool, response: bool) -> None:
        """Record a change; ``request``/``response`` say whether it breaks callers in that direction."""
        breaking = (REQUEST in flows and request) or (RESPONSE in flows and response)
        usage = "+".join(flow for flow in (REQUEST, RESPONSE) if flow in flows)
        self.changes.append(Change(where, kind, what, breaking, usage))

    # --- operations --------------------------------------------------------
    def operations(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        old_ops = dict(_operations(old))
        new_ops = dict(_operations(new))
        for key in sorted(old_ops.keys() - new_ops.keys()):
            op_id = old_ops[key].get("operationId", "")
            self.changes.append(Change(key, "removed", f"operation {op_id} removed", True))
        for key in sorted(new_ops.keys() - old_ops.keys()):
            op_id = new_ops[key].get("operationId", "")
            self.changes.append(Change(key, "added", f"operation {op_id} added", False))
        for key in [k for k in old_ops if k in new_ops]:
            self.operation(key, old_ops[key], new_ops[key], old, new)

    def operation(self, where: str, old: Schema, new: Schema, old_doc: dict[str, Any], new_doc: dict[str, Any]) -> None:
        if old.get("operationId") != new.get("operationId"):
            what = (
                f"operationId {old.get('operationId')} -> {new.get('operationId')} (the client's function is renamed)"
            )
            self.changes.append(Change(where, "changed", what, True))
        old_params = {(p.get("in"), p.get("name")): p for p in _resolved_all(old.get("parameters", []), old_doc)}
        new_params = {(p.get("in"), p.get("name")): p for p in _resolved_all(new.get("parameters", []), new_doc)}
        flows = {REQUEST}
        for key in sorted(old_params.keys() - new_params.keys(), key=str):
            self.add(
                f"{where} {key[0]} parameter {key[1]}",
                "removed",
                "parameter removed",
                flows,
                request=True,
                response=False,
            )
        for key in sorted(new_params.keys() - old_params.keys(), key=str):
            required = bool(new_params[key].get("required"))
            what = "required parameter added" if required else "optional parameter added"
            self.add(f"{where} {key[0]} parameter {key[1]}", "added", what, flows, request=required, response=False)
        for key in [k for k in old_params if k in new_params]:
            param_where = f"{where} {key[0]} parameter {key[1]}"
            was, now = bool(old_params[key].get("required")), bool(new_params[key].get("required"))
            if was != now:
                kind = "tightened" if now else "loosened"
                self.add(
                    param_where, kind, "now required" if now else "now optional", flows, request=now, response=False
                )
            self.schema(old_params[key].get("schema", {}), new_params[key].get("schema", {}), param_where, flows)
        self.body(where, _resolve(old.get("requestBody"), old_doc), _resolve(new.get("requestBody"), new_doc))
        self.responses(where, old.get("responses", {}), new.get("responses", {}))

    def body(self, where: str, old: Any, new: Any) -> None:
        flows = {REQUEST}
        if not old and not new:
            return
        if not old or not new:
            kind = "added" if new else "removed"
            breaking = bool(new and new.get("required")) or not new
            self.add(f"{where} request body", kind, f"request body {kind}", flows, request=breaking, response=False)
            return
        if bool(old.get("required")) != bool(new.get("required")):
            now = bool(new.get("required"))
            self.add(
                f"{where} request body",
                "tightened" if now else "loosened",
                "now required" if now else "now optional",
                flows,
                request=now,
                response=False,
            )
        self.media(f"{where} request body", old.get("content", {}), new.get("content", {}), flows)

    def responses(self, where: str, old: Schema, new: Schema) -> None:
        flows = {RESPONSE}
        for status in sorted(old.keys() - new.keys()):
            success = status.startswith("2")
            self.add(
                f"{where} response {status}", "removed", "response removed", flows, request=False, response=success
            )
        for status in sorted(new.keys() - old.keys()):
            self.add(f"{where} response {status}", "added", "response added", flows, request=False, response=False)
        for status in [s for s in old if s in new]:
            old_r, new_r = old[status], new[status]
            if "$ref" in old_r or "$ref" in new_r:
                if old_r.get("$ref") != new_r.get("$ref"):
                    self.add(
                        f"{where} response {status}",
                        "changed",
                        f"{old_r.get('$ref', 'inline')} -> {new_r.get('$ref', 'inline')}",
                        flows,
                        request=False,
                        response=True,
                    )
                continue
            self.media(f"{where} response {status}", old_r.get("content", {}), new_r.get("content", {}), flows)

    def media(self, where: str, old: Schema, new: Schema, flows: set[str]) -> None:
        request, response = REQUEST in flows, RESPONSE in flows
        for media_type in sorted(old.keys() - new.keys()):
            self.add(
                f"{where} {media_type}", "removed", "media type removed", flows, request=request, response=response
            )
        for media_type in sorted(new.keys() - old.keys()):
            self.add(f"{where} {media_type}", "added", "media type added", flows, request=False, response=False)
        for media_type in [m for m in old if m in new]:
            self.schema(old[media_type].get("schema", {}), new[media_type].get("schema", {}), f"{where}", flows)

    # --- component schemas -------------------------------------------------
    def components(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        old_schemas: dict[str, Schema] = old.get("components", {}).get("schemas", {})
        new_schemas: dict[str, Schema] = new.get("components", {}).get("schemas", {})
        for name in sorted(old_schemas.keys() - new_schemas.keys()):
            # The generated model class goes away with it: code importing it breaks.
            self.add(
                name,
                "removed",
                "schema removed (its model class is gone)",
                {REQUEST, RESPONSE},
                request=True,
                response=True,
            )
        for name in sorted(new_schemas.keys() - old_schemas.keys()):
            self.add(name, "added", "schema added", self.usage.get(name, set()), request=False, response=False)
        for name in [n for n in old_schemas if n in new_schemas]:
            flows = self.usage.get(name) or {REQUEST, RESPONSE}
            self.schema(old_schemas[name], new_schemas[name], name, flows)

    def schema(self, old: Schema, new: Schema, where: str, flows: set[str]) -> None:
        if not isinstance(old, dict) or not isinstance(new, dict):
            return
        self.c1_keys(old, new, where, flows)
        # `anyOf: [S, {type: 'null'}]` is S that also takes null: said so in one
        # line, then S is compared with what was there before.
        old_core, old_null = _nullable_parts(old)
        new_core, new_null = _nullable_parts(new)
        if old_null != new_null:
            if new_null:
                self.add(where, "loosened", "now also accepts null", flows, request=False, response=True)
            else:
                self.add(where, "tightened", "no longer accepts null", flows, request=True, response=False)
        if old_null or new_null:
            old, new = old_core, new_core
        if ("$ref" in old) != ("$ref" in new):
            # An inline schema moved into a named one (or back): what callers
            # see is the content, so the content is compared.
            if "$ref" in old:
                old = {**_schema_target(old, self.old_doc), **{k: v for k, v in old.items() if k != "$ref"}}
            else:
                new = {**_schema_target(new, self.new_doc), **{k: v for k, v in new.items() if k != "$ref"}}
        if "$ref" in old or "$ref" in new:
            if old.get("$ref") != new.get("$ref"):
                was = _ref_name(old) if "$ref" in old else "an inline schema"
                now = _ref_name(new) if "$ref" in new else "an inline schema"
                self.add(where, "changed", f"now {now} instead of {was}", flows, request=True, response=True)
                return
            # The same named schema (compared on its own); keywords beside the
            # reference still constrain the value here. C1 keys were compared above.
            old = {key: value for key, value in old.items() if key != "$ref" and not key.startswith("x-c1-")}
            new = {key: value for key, value in new.items() if key != "$ref" and not key.startswith("x-c1-")}
        self.types(old, new, where, flows)
        self.domain(old, new, where, flows)
        self.sizes(old, new, where, flows)
        self.object(old, new, where, flows)
        self.union(old, new, where, flows)
        self.subschemas(old, new, where, flows)
        self.other_keywords(old, new, where, flows)

    def subschemas(self, old: Schema, new: Schema, where: str, flows: set[str]) -> None:
        """Keywords holding schemas that constrain the same values the same way: followed inside."""
        for keyword in _SUBSCHEMA:
            self.nested(old.get(keyword, _NONE), new.get(keyword, _NONE), _nested_where(where, keyword), flows)
        for keyword in _SUBSCHEMA_LISTS:
            was, now = old.get(keyword, []), new.get(keyword, [])
            if not isinstance(was, list) or not isinstance(now, list):
                continue
            for index in range(max(len(was), len(now))):
                a = was[index] if index < len(was) else _NONE
                b = now[index] if index < len(now) else _NONE
                self.nested(a, b, f"{where}<{keyword} {index}>", flows)
        for keyword in _SUBSCHEMA_MAPS:
            was, now = old.get(keyword, {}), new.get(keyword, {})
            if not isinstance(was, dict) or not isinstance(now, dict):
                continue
            for name in [*was, *(n for n in now if n not in was)]:
                self.nested(was.get(name, _NONE), now.get(name, _NONE), f"{where}<{keyword} {name}>", flows)

    def nested(self, was: Any, now: Any, where: str, flows: set[str]) -> None:
        if isinstance(was, dict) and isinstance(now, dict):
            self.schema(was, now, where, flows)
        elif was is _NONE and now is not _NONE:
            # Every value met the missing schema; the new one may refuse some.
            self.add(where, "tightened", f"now constrained by {_show(now)}", flows, request=True, response=False)
        elif now is _NONE and was is not _NONE:
            self.add(where, "loosened", f"no longer constrained by {_show(was)}", flows, request=False, response=False)
        elif was != now:
            self.add(where, "changed", f"{_show(was)} -> {_show(now)}", flows, request=True, response=True)

    def other_keywords(self, old: Schema, new: Schema, where: str, flows: set[str]) -> None:
        """Every keyword not compared above, known or not, so no constraint changes unreported."""
        keys = [k for k in old if k not in _COMPARED] + [k for k in new if k not in _COMPARED and k not in old]
        for key in keys:
            if key.startswith("x-c1-"):
                continue  # compared by c1_keys
            was = old.get(key, _ABSENT_MEANS.get(key, _NONE))
            now = new.get(key, _ABSENT_MEANS.get(key, _NONE))
            if was == now or (isinstance(was, dict) and isinstance(now, dict) and self.same_api(was, now, flows)):
                continue
            shown_was = "none" if was is _NONE else _show(was)
            shown_now = "none" if now is _NONE else _show(now)
            what = f"{key} {shown_was} -> {shown_now}"
            if key.startswith("x-") or key in _NOTICES:
                # Marks for tools and readers: worth a line, but they refuse nothing.
                self.add(where, "changed", what, flows, request=False, response=False)
                continue
            kind = _keyword_direction(key, was, now)
            self.add(where, kind, what, flows, request=kind != "loosened", response=kind == "changed")

    def same_api(self, old: Schema, new: Schema, flows: set[str]) -> bool:
        """Whether two schemas differ in prose only."""
        probe = _Differ(self.usage, self.old_doc, self.new_doc)
        probe.schema(old, new, "", flows)
        return not probe.changes

    def types(self, old: Schema, new: Schema, where: str, flows: set[str]) -> None:
        was, now = _types(old), _types(new)
        if was == now:
            return
        # No `type` means any type.
        removed = (was or _ALL_TYPES) - (now or _ALL_TYPES)
        added = (now or _ALL_TYPES) - (was or _ALL_TYPES)
        what = f"type {_type_text(was)} -> {_type_text(now)}"
        kind = "tightened" if removed and not added else "loosened" if added and not removed else "changed"
        self.add(where, kind, what, flows, request=bool(removed), response=bool(added))

    def domain(self, old: Schema, new: Schema, where: str, flows: set[str]) -> None:
        old_enum, new_enum = old.get("enum"), new.get("enum")
        if isinstance(old_enum, list) and isinstance(new_enum, list):
            gone = [v for v in old_enum if v not in new_enum]
            came = [v for v in new_enum if v not in old_enum]
            if gone:
                self.add(
                    where,
                    "removed",
                    f"enum values removed: {', '.join(_show(v) for v in gone)}",
                    flows,
                    request=True,
                    response=False,
                )
            if came:
                self.add(
                    where,
                    "added",
                    f"enum values added: {', '.join(_show(v) for v in came)}",
                    flows,
                    request=False,
                    response=False,
                )
            same_rest = all(old.get(k, _NONE) == new.get(k, _NONE) for k in ("const", *_BOUNDS))
            if same_rest:
                return  # the value lists above say all there is to say
        was, now = _Domain.of(old), _Domain.of(new)
        if was == now:
            return
        narrower, wider = now.within(was), was.within(now)
        if narrower and wider:
            return
        what = f"was {was.text()}, now {now.text()}"
        if narrower:
            self.add(where, "tightened", what, flows, request=True, response=False)
        elif wider:
            self.add(where, "loosened", what, flows, request=False, response=False)
        else:
            self.add(where, "changed", what, flows, request=True, response="const" in old or "const" in new)

    def sizes(self, old: Schema, new: Schema, where: str, flows: set[str]) -> None:
        for low_key, high_key, unit in _SIZE_KEYWORDS:
            for key, raises_floor in ((low_key, True), (high_key, False)):
                was, now = old.get(key), new.get(key)
                if was == now:
                    continue
                what = f"{key} {was if was is not None else 'none'} -> {now if now is not None else 'none'} ({unit})"
                tighter = was is None or (now is not None and (now > was if raises_floor else now < was))
                if tighter:
                    self.add(where, "tightened", what, flows, request=True, response=False)
                else:
                    self.add(where, "loosened", what, flows, request=False, response=False)

    def object(self, old: Schema, new: Schema, where: str, flows: set[str]) -> None:
        old_props: dict[str, Schema] = old.get("properties", {})
        new_props: dict[str, Schema] = new.get("properties", {})
        old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
        closed = new.get("additionalProperties") is False
        for name in [n for n in old_props if n not in new_props]:
            self.add(f"{where}.{name}", "removed", "property removed", flows, request=closed, response=True)
        for name in [n for n in new_props if n not in old_props]:
            required = name in new_required
            self.add(
                f"{where}.{name}",
                "added",
                "required property added" if required else "property added",
                flows,
                request=required,
                response=False,
            )
        for name in [n for n in old_props if n in new_props]:
            if name in new_required and name not in old_required:
                self.add(f"{where}.{name}", "tightened", "now required", flows, request=True, response=False)
            elif name in old_required and name not in new_required:
                self.add(
                    f"{where}.{name}",
                    "loosened",
                    "no longer required (may be absent)",
                    flows,
                    request=False,
                    response=True,
                )
            self.schema(old_props[name], new_props[name], f"{where}.{name}", flows)
        was_open = old.get("additionalProperties", True) is not False
        now_open = new.get("additionalProperties", True) is not False
        if was_open and not now_open:
            self.add(
                where, "tightened", "no longer accepts properties it does not name", flows, request=True, response=False
            )
        elif now_open and not was_open:
            self.add(where, "loosened", "now accepts properties it does not name", flows, request=False, response=False)
        old_extra, new_extra = old.get("additionalProperties", _NONE), new.get("additionalProperties", _NONE)
        # `false` on either side is the open/closed change above; a schema on either side is followed here.
        if old_extra is not False and new_extra is not False:
            self.nested(_no_true(old_extra), _no_true(new_extra), f"{where}.*", flows)
        declared = old_props.keys() | new_props.keys()
        for name in sorted((new_required - old_required) - declared):
            self.add(f"{where}.{name}", "tightened", "now required", flows, request=True, response=False)
        for name in sorted((old_required - new_required) - declared):
            self.add(
                f"{where}.{name}", "loosened", "no longer required (may be absent)", flows, request=False, response=True
            )

    def union(self, old: Schema, new: Schema, where: str, flows: set[str]) -> None:
        for keyword in ("anyOf", "oneOf"):
            old_variants = _variants(old.get(keyword, []))
            new_variants = _variants(new.get(keyword, []))
            for key in [k for k in old_variants if k not in new_variants]:
                self.add(where, "removed", f"variant {key} removed", flows, request=True, response=False)
            for key in [k for k in new_variants if k not in old_variants]:
                self.add(where, "added", f"variant {key} added", flows, request=False, response=False)
            for key in [k for k in old_variants if k in new_variants]:
                if "$ref" not in old_variants[key]:
                    self.schema(old_variants[key], new_variants[key], f"{where}<{key}>", flows)

    # --- C1 rules ------------------------------------------------------------
    def c1_keys(self, old: Schema, new: Schema, where: str, flows: set[str]) -> None:
        keys = [k for k in old if k.startswith("x-c1-")] + [k for k in new if k.startswith("x-c1-") and k not in old]
        for key in keys:
            was, now = old.get(key, _NONE), new.get(key, _NONE)
            if was == now:
                continue
            handler = _C1_HANDLERS.get(key, _c1_other)
            for kind, what, breaks in handler(key, was, now):
                self.add(where, kind, what, flows, request=breaks, response=False)


_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
# Keywords holding one schema, a list of schemas, or a map of schemas that a
# value (or its items, entries or property names) must also meet: a change
# inside them moves the outer schema the same way. `not` and `if` are left to
# the generic comparison, as a change inside them turns the other way round.
_SUBSCHEMA = (
    "items",
    "additionalItems",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
    "then",
    "else",
)
_SUBSCHEMA_LISTS = ("allOf", "prefixItems")
_SUBSCHEMA_MAPS = ("patternProperties", "dependentSchemas")
# Compared by the methods above (or, for x-c1-*, by c1_keys).
_COMPARED = frozenset(
    {
        "$ref",
        "type",
        "nullable",
        "enum",
        "const",
        *_BOUNDS,
        *(key for low, high, _ in _SIZE_KEYWORDS for key in (low, high)),
        "properties",
        "required",
        "additionalProperties",
        "anyOf",
        "oneOf",
        *_SUBSCHEMA,
        *_SUBSCHEMA_LISTS,
        *_SUBSCHEMA_MAPS,
    }
    # Prose for readers: no caller's code or request depends on it.
    | {"description", "title", "examples", "example", "$comment", "externalDocs", "summary"}
)
# Reported, never breaking: they tell tools and readers something but refuse no value.
_NOTICES = frozenset({"deprecated", "readOnly", "writeOnly"})
# What a keyword's absence means, so `uniqueItems: false` appearing is no change.
_ABSENT_MEANS: dict[str, Any] = {"uniqueItems": False, "deprecated": False, "readOnly": False, "writeOnly": False}
# Keywords whose change alters the generated model's Python type or what it
# sends by itself, so even one appearing is a change in both directions.
_SHAPES_MODEL = frozenset({"format", "contentEncoding", "contentMediaType", "discriminator", "default"})
_ALL_TYPES = frozenset({"object", "array", "string", "number", "integer", "boolean", "null"})


class _NoneType:
    def __repr__(self) -> str:
        return "none"


_NONE: Any = _NoneType()
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


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, Schema]]:
    for path, item in document.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method, operation in item.items():
            if method in _METHODS and isinstance(operation, dict):
                # Path-level parameters belong to every operation under the path.
                merged = {**operation, "parameters": [*shared, *operation.get("parameters", [])]}
                yield f"{method.upper()} {path}", merged


def _schema_target(schema: Schema, document: dict[str, Any]) -> Schema:
    ref = schema["$ref"]
    target: Any = document
    for part in ref.removeprefix("#/").split("/"):
        target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, dict) else {}
    return target if isinstance(target, dict) else {}


def _nullable_parts(schema: Schema) -> tuple[Schema, bool]:
    """(the schema without its null branch, whether it had one) for `anyOf: [S, {type: 'null'}]`."""
    # Without the document: a referenced branch is compared by name, never taken for null.
    return specdoc.split_nullable(schema)


def _types(schema: Schema) -> frozenset[str]:
    value = schema.get("type")
    if value is None:
        return frozenset()
    types = frozenset([value] if isinstance(value, str) else value)
    # OpenAPI 3.0 spelled "may be null" as a separate flag.
    return types | {"null"} if schema.get("nullable") is True else types


def _nested_where(where: str, keyword: str) -> str:
    return f"{where}[]" if keyword == "items" else f"{where}<{keyword}>"


def _no_true(schema: Any) -> Any:
    # `additionalProperties: true` allows what leaving it out allows.
    return _NONE if schema is True else schema


def _keyword_direction(key: str, was: Any, now: Any) -> str:
    """tightened, loosened or changed: which way a change of a constraint keyword moves the accepted values."""
    if key in _SHAPES_MODEL:
        return "changed"
    if was is _NONE:
        return "tightened"  # a constraint appeared; nothing was refused by its absence
    if now is _NONE:
        return "loosened"
    if isinstance(was, bool) and isinstance(now, bool) and key == "uniqueItems":
        return "tightened" if now else "loosened"
    numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0 for v in (was, now))
    if key == "multipleOf" and numbers:
        if _divides(was, now):
            return "tightened"
        if _divides(now, was):
            return "loosened"
    if key == "dependentRequired" and isinstance(was, dict) and isinstance(now, dict):
        before = {(k, v) for k, names in was.items() if isinstance(names, list) for v in names}
        after = {(k, v) for k, names in now.items() if isinstance(names, list) for v in names}
        if before < after:
            return "tightened"
        if after < before:
            return "loosened"
    return "changed"


def _divides(small: float, large: float) -> bool:
    quotient = large / small
    return math.isclose(quotient, round(quotient))


def _type_text(types: frozenset[str]) -> str:
    return "/".join(sorted(types)) if types else "any"


def _variants(variants: list[Schema]) -> dict[str, Schema]:
    """Union variants keyed by what tells them apart, so a variant can be followed across versions."""
    keys = [_variant_key(v) for v in variants]
    # Two inline variants of the same type are told apart by their whole text.
    return {
        (key if keys.count(key) == 1 else json.dumps(variant, sort_keys=True)): variant
        for key, variant in zip(keys, variants, strict=True)
    }


def _variant_key(variant: Schema) -> str:
    if "$ref" in variant:
        return _ref_name(variant)
    tag = variant.get("properties", {}).get("type", {})
    if isinstance(tag, dict) and "const" in tag:
        return f"type={tag['const']}"
    items = variant.get("items")
    if isinstance(items, dict) and "$ref" in items:
        return f"array of {_ref_name(items)}"
    if "type" in variant:
        return _type_text(_types(variant))
    return json.dumps(variant, sort_keys=True)


def _key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


@dataclass(frozen=True)
class _Domain:
    """The values a scalar schema allows: a finite set and/or a numeric interval."""

    values: frozenset[str] | None = None  # JSON texts; None: not limited to a list
    low: float = -math.inf
    low_open: bool = False
    high: float = math.inf
    high_open: bool = False
    integer: bool = False

    @classmethod
    def of(cls, schema: Schema) -> _Domain:
        values: set[str] | None = None
        if "const" in schema:
            values = {_key(schema["const"])}
        if isinstance(schema.get("enum"), list):
            listed = {_key(v) for v in schema["enum"]}
            values = listed if values is None else values & listed
        low, low_open, high, high_open = -math.inf, False, math.inf, False
        if isinstance(schema.get("minimum"), (int, float)):
            low = schema["minimum"]
        if isinstance(schema.get("exclusiveMinimum"), (int, float)) and schema["exclusiveMinimum"] >= low:
            low, low_open = schema["exclusiveMinimum"], True
        if isinstance(schema.get("maximum"), (int, float)):
            high = schema["maximum"]
        if isinstance(schema.get("exclusiveMaximum"), (int, float)) and schema["exclusiveMaximum"] <= high:
            high, high_open = schema["exclusiveMaximum"], True
        domain = cls(None, low, low_open, high, high_open, _types(schema) == {"integer"})
        if values is not None:
            values = {v for v in values if domain.in_interval(json.loads(v))}
            return cls(frozenset(values), low, low_open, high, high_open, domain.integer)
        return domain

    @property
    def bounded(self) -> bool:
        return self.low != -math.inf or self.high != math.inf

    def in_interval(self, value: Any) -> bool:
        if not self.bounded:
            return True
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return False
        above = value > self.low if self.low_open else value >= self.low
        below = value < self.high if self.high_open else value <= self.high
        return above and below

    def members(self) -> frozenset[str] | None:
        """Every allowed value, when that is a short list."""
        if self.values is not None:
            return self.values
        if self.integer and self.bounded and math.isfinite(self.low) and math.isfinite(self.high):
            first = math.floor(self.low) + 1 if self.low_open else math.ceil(self.low)
            last = math.ceil(self.high) - 1 if self.high_open else math.floor(self.high)
            if last - first <= 10_000:
                return frozenset(_key(n) for n in range(first, last + 1))
        return None

    def within(self, other: _Domain) -> bool:
        """Whether every value this domain allows is allowed by ``other``."""
        mine = self.members()
        if mine is not None:
            if other.values is not None and not mine <= other.values:
                return False
            return all(other.in_interval(json.loads(v)) for v in mine)
        if other.values is not None:
            return False
        low_ok = self.low > other.low or (self.low == other.low and (self.low_open or not other.low_open))
        high_ok = self.high < other.high or (self.high == other.high and (self.high_open or not other.high_open))
        return low_ok and high_ok

    def text(self) -> str:
        if self.values is not None:
            shown = sorted(self.values)
            if len(shown) == 1:
                return f"exactly {shown[0]}"
            return "one of " + ", ".join(shown)
        if not self.bounded:
            return "any value"
        if self.integer and math.isfinite(self.low) and math.isfinite(self.high):
            first = math.floor(self.low) + 1 if self.low_open else math.ceil(self.low)
            last = math.ceil(self.high) - 1 if self.high_open else math.floor(self.high)
            return f"an integer from {first} to {last}"
        parts = []
        if self.low != -math.inf:
            parts.append(f"{'>' if self.low_open else '>='} {_number(self.low)}")
        if self.high != math.inf:
            parts.append(f"{'<' if self.high_open else '<='} {_number(self.high)}")
        return " and ".join(parts)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
