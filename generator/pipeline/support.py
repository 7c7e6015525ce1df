"""generated/SUPPORT.md: what C1 accepts, endpoint by endpoint, read from the effective spec.

Every status comes from the ``x-c1-*`` keys the overlays put into the spec
(overlays/README.md), never from a list kept here, so the matrix follows the
overlays exactly. It uses the docs page's own words so that a maintainer can
hold it next to the live "Accessing the API" page and spot a row that moved.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..speclib import specdoc

Schema = dict[str, Any]

SUPPORTED = "supported"
RESTRICTED = "restricted"
NOT_SUPPORTED = "not supported"
UNVERIFIED = "unverified"
COMING_SOON = "coming soon"
NO_DOCS_ROW = "no docs row"

# x-c1-support values as overlays/README.md defines them -> the matrix's words.
_SUPPORT_WORDS = {
    "supported": SUPPORTED,
    "restricted": RESTRICTED,
    "unsupported": NOT_SUPPORTED,
    "unverified": UNVERIFIED,
}

_LEGEND = (
    (SUPPORTED, "C1 accepts it as the wire format describes it.", "`x-c1-support: supported`"),
    (
        RESTRICTED,
        "C1 accepts it under the rule quoted in the next column; the client refuses a request that breaks it.",
        "`x-c1-support: restricted` with `x-c1-rule`, `x-c1-default`, `x-c1-requires`",
    ),
    (
        NOT_SUPPORTED,
        "C1 refuses it; the rule says what to use instead. The client refuses it before sending.",
        "`x-c1-rejected-properties`, `x-c1-rejected-types`, `x-c1-support: unsupported`",
    ),
    (
        COMING_SOON,
        "The docs list it as coming soon; until then the client refuses it.",
        "`x-c1-coming-soon`",
    ),
    (
        UNVERIFIED,
        "The docs page has a row for it, but its supported/unsupported mark was lost from the copy the"
        " overlays were written from. The client sends it as the wire format allows.",
        "`x-c1-support: unverified`",
    ),
    (
        NO_DOCS_ROW,
        "The docs page has no row for it; the client sends it as the wire format allows.",
        "no `x-c1-*` key",
    ),
)


@dataclass(frozen=True)
class PropertyRow:
    """One request property (or parameter) and what C1 does with it."""

    name: str
    status: str
    rule: str = ""
    detail: str = ""
    location: str = "body"


@dataclass(frozen=True)
class TypeRow:
    """One variant ``type`` of a union the overlays narrowed (input items, tools, content parts)."""

    label: str
    types: tuple[str, ...]
    status: str
    rule: str = ""


@dataclass(frozen=True)
class TypeTable:
    where: str
    rows: tuple[TypeRow, ...]


@dataclass(frozen=True)
class ReasoningTable:
    where: str
    models: tuple[str, ...]
    rows: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass
class Endpoint:
    method: str
    path: str
    operation_id: str
    summary: str
    rows: list[PropertyRow] = field(default_factory=list)
    type_tables: list[TypeTable] = field(default_factory=list)
    reasoning_tables: list[ReasoningTable] = field(default_factory=list)


def matrix(document: dict[str, Any]) -> list[Endpoint]:
    """Every operation of the spec, with the C1 status of each request property."""
    reader = _Reader(document)
    tag_order = [tag.get("name") for tag in document.get("tags", [])]
    found: list[tuple[int, Endpoint]] = []
    for op in specdoc.operations(document):
        tags = op.operation.get("tags") or [""]
        rank = tag_order.index(tags[0]) if tags[0] in tag_order else len(tag_order)
        found.append((rank, reader.endpoint(op)))
    # The spec's tag order (chat, responses, conversations) is the docs page's order.
    return [endpoint for _, endpoint in sorted(found, key=lambda pair: pair[0])]


def render(document: dict[str, Any], spec_sha256: str) -> str:
    info = document.get("info", {})
    servers = document.get("servers") or [{"url": ""}]
    lines = [
        "# C1 support matrix",
        "",
        "Written by `make generate` from `generated/openapi.yaml` (thesys-c1"
        f" {info.get('version', '?')}, spec sha256 `{spec_sha256[:16]}`); never edit it by hand.",
        'Read it beside the C1 docs page "Accessing the API": every status below comes from an',
        "`x-c1-*` key an overlay put into the spec (see overlays/README.md), and the third column",
        "quotes the docs' own words. A row that disagrees with the live page means an overlay",
        "needs changing.",
        "",
        f"Paths are relative to `{servers[0].get('url', '')}`.",
        "",
        "| status | meaning | recorded in the spec as |",
        "| --- | --- | --- |",
    ]
    lines += [f"| {status} | {meaning} | {source} |" for status, meaning, source in _LEGEND]
    for endpoint in matrix(document):
        lines += ["", f"## {endpoint.method} {endpoint.path}", ""]
        lines.append(f"`{endpoint.operation_id}`: {endpoint.summary}." if endpoint.summary else endpoint.operation_id)
        lines.append("")
        if not endpoint.rows:
            lines.append("Takes no parameters and no request body.")
            continue
        lines += ["| property | C1 status | docs' words | what the client does |", "| --- | --- | --- | --- |"]
        lines += [f"| {_name(r)} | {r.status} | {_cell(r.rule)} | {_cell(r.detail)} |" for r in endpoint.rows]
        for table in endpoint.type_tables:
            lines += ["", f"### `{table.where}` types", ""]
            lines += ["| type | C1 status | docs' words |", "| --- | --- | --- |"]
            lines += [f"| {row.label} | {row.status} | {_cell(row.rule)} |" for row in table.rows]
        for reasoning in endpoint.reasoning_tables:
            lines += ["", f"### `{reasoning.where}` on C1 Gemini models: max reasoning tokens", ""]
            lines.append("| " + " | ".join([reasoning.where, *reasoning.models]) + " |")
            lines.append("| " + " | ".join(["---"] * (len(reasoning.models) + 1)) + " |")
            lines += ["| " + " | ".join([effort, *tokens]) + " |" for effort, tokens in reasoning.rows]
    return "\n".join(lines) + "\n"


def _name(row: PropertyRow) -> str:
    return f"`{row.name}`" if row.location == "body" else f"`{row.name}` ({row.location})"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _code(value: Any) -> str:
    return f"`{json.dumps(value)}`"


class _Reader:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, node: Schema) -> Schema:
        return specdoc.resolve(node, self.document)

    def endpoint(self, op: specdoc.SpecOperation) -> Endpoint:
        endpoint = Endpoint(op.method, op.path, op.operation_id or "", op.operation.get("summary", ""))
        for parameter in op.parameters(self.document):
            row = self.property_row(parameter["name"], parameter.get("schema", {}), {})
            endpoint.rows.append(PropertyRow(row.name, row.status, row.rule, row.detail, parameter["in"]))
        schema = op.request_body_schema(self.document)
        if schema is not None:
            self.body_rows(endpoint, self.resolve(schema))
        return endpoint

    def body_rows(self, endpoint: Endpoint, schema: Schema) -> None:
        properties: dict[str, Schema] = schema.get("properties", {})
        rejected: dict[str, str] = schema.get(specdoc.X_C1_REJECTED_PROPERTIES, {})
        required = [name for name in schema.get("required", []) if name in properties]
        # The docs tables list the required properties first, then the rest
        # alphabetically (refused ones among them).
        rest = sorted((set(properties) | set(rejected)) - set(required))
        for name in [*required, *rest]:
            if name in rejected and name not in properties:
                endpoint.rows.append(PropertyRow(name, NOT_SUPPORTED, rejected[name], "refused before sending"))
                continue
            endpoint.rows.append(self.property_row(name, properties[name], properties))
            endpoint.rows.extend(self.sub_rows(name, properties[name]))
            self.collect_tables(endpoint, name, properties[name])

    def property_row(self, name: str, prop: Schema, siblings: dict[str, Schema]) -> PropertyRow:
        prop_resolved = self.resolve(prop)
        mark = prop.get(specdoc.X_C1_SUPPORT, prop_resolved.get(specdoc.X_C1_SUPPORT))
        rule = str(prop.get(specdoc.X_C1_RULE, prop_resolved.get(specdoc.X_C1_RULE, "")))
        if mark is not None:
            status = _SUPPORT_WORDS.get(mark, f"unknown mark {mark!r}")
        else:
            status = RESTRICTED if rule else NO_DOCS_ROW
        return PropertyRow(name, status, rule, "; ".join(self.details(name, prop_resolved, siblings)))

    def details(self, name: str, prop: Schema, siblings: dict[str, Schema]) -> Iterator[str]:
        # A rule on a nullable property narrows its non-null branch; keywords
        # beside the `anyOf` apply as well, so the tighter of the two counts.
        value = self.value_of(prop)
        const = prop.get("const", value.get("const", _NO_CONST))
        lows = [s["minimum"] for s in (prop, value) if "minimum" in s]
        highs = [s["maximum"] for s in (prop, value) if "maximum" in s]
        if const is not _NO_CONST:
            yield f"only {_code(const)} is accepted"
        elif specdoc.X_C1_RULE in prop and (lows or highs):
            low, high = max(lows, default=None), min(highs, default=None)
            yield "accepts " + (
                f"{low} to {high}"
                if low is not None and high is not None
                else f"at least {low}"
                if low is not None
                else f"at most {high}"
            )
        if specdoc.X_C1_DEFAULT in prop:
            yield f"C1 uses {_code(prop[specdoc.X_C1_DEFAULT])} when it is left out; the client does not send a default"
        for sibling, wanted in prop.get(specdoc.X_C1_REQUIRES, {}).items():
            default = self.resolve(siblings.get(sibling, {})).get(specdoc.X_C1_DEFAULT)
            tail = f" (C1's default for `{sibling}` is {_code(default)})" if default is not None else ""
            yield f"needs `{sibling}: {json.dumps(wanted)}`{tail}"
        if prop.get(specdoc.X_C1_JSON_OBJECT_STRING):
            yield "a string holding a JSON-encoded object"
        obj = self.object_of(prop)
        if obj is not None and obj.get("additionalProperties") is False and specdoc.X_C1_RULE in prop:
            keys = ", ".join(f"`{key}`" for key in obj.get("properties", {}))
            yield f"keys accepted: {keys}"
        if specdoc.X_C1_GEMINI_MAX_REASONING_TOKENS in prop:
            yield "sets the max reasoning tokens of C1 Gemini models (table below)"
        for union_path, _ in self.marked_unions(prop, name, set()):
            yield f"some types refused (see `{union_path}` types below)"
            break

    def value_of(self, prop: Schema) -> Schema:
        """The schema a non-null value of the property must meet: the one other branch of a nullable ``anyOf``."""
        value, nullable = specdoc.split_nullable(prop, self.document)
        return self.resolve(value) if nullable else prop

    def object_of(self, prop: Schema) -> Schema | None:
        """The object schema a property holds, looking through ``$ref`` and a nullable ``anyOf``."""
        prop = self.resolve(prop)
        if prop.get("type") == "object" or "properties" in prop:
            return prop
        value, nullable = specdoc.split_nullable(prop, self.document)
        value = self.resolve(value)
        if nullable and (value.get("type") == "object" or "properties" in value):
            return value
        return None

    def sub_rows(self, name: str, prop: Schema) -> Iterator[PropertyRow]:
        # Sub-fields get rows of their own only where the overlays marked
        # something inside the object (the docs' "text sub-fields" table).
        obj = self.object_of(prop)
        if obj is None:
            return
        properties: dict[str, Schema] = obj.get("properties", {})
        rejected: dict[str, str] = obj.get(specdoc.X_C1_REJECTED_PROPERTIES, {})
        marked = [
            key
            for sub in properties.values()
            for key in {**self.resolve(sub), **sub}
            if key.startswith(specdoc.X_C1_PREFIX)
        ]
        if not rejected and not marked:
            return
        for sub in sorted(set(properties) | set(rejected)):
            if sub in rejected and sub not in properties:
                yield PropertyRow(f"{name}.{sub}", NOT_SUPPORTED, rejected[sub], "refused before sending")
            else:
                yield self.property_row(f"{name}.{sub}", properties[sub], properties)

    def collect_tables(self, endpoint: Endpoint, name: str, prop: Schema) -> None:
        resolved = self.resolve(prop)
        table = resolved.get(specdoc.X_C1_GEMINI_MAX_REASONING_TOKENS)
        if isinstance(table, dict) and table:
            models = tuple(table)
            efforts: list[str] = []
            for per_model in table.values():
                efforts += [effort for effort in per_model if effort not in efforts]
            rows = tuple((effort, tuple(str(table[m].get(effort, "")) for m in models)) for effort in efforts)
            endpoint.reasoning_tables.append(ReasoningTable(name, models, rows))
        for where, union in self.marked_unions(prop, name, set()):
            if all(t.where != where for t in endpoint.type_tables):
                endpoint.type_tables.append(TypeTable(where, self.type_rows(union)))

    def marked_unions(self, node: Schema, where: str, seen: set[str]) -> Iterator[tuple[str, Schema]]:
        """Unions under ``node`` from which the overlays removed variant types, with their wire paths."""
        if isinstance(node, dict) and "$ref" in node:
            if node["$ref"] in seen:
                return
            seen = seen | {node["$ref"]}
        schema = self.resolve(node)
        branches = [*schema.get("anyOf", []), *schema.get("oneOf", [])]
        if specdoc.X_C1_COMING_SOON in schema or specdoc.X_C1_REJECTED_TYPES in schema:
            yield where, schema
        for branch in branches:
            yield from self.marked_unions(branch, where, seen)
        for name, sub in schema.get("properties", {}).items():
            yield from self.marked_unions(sub, f"{where}.{name}" if where else name, seen)
        if isinstance(schema.get("items"), dict):
            yield from self.marked_unions(schema["items"], f"{where}[]", seen)

    def type_rows(self, union: Schema) -> tuple[TypeRow, ...]:
        roles: dict[str, list[str]] = {}
        order: list[str] = []
        # Variants whose role is an enum come first: their order is the
        # fullest statement of who may send that type.
        branches = [self.resolve(b) for b in [*union.get("anyOf", []), *union.get("oneOf", [])]]
        branches.sort(key=lambda b: 0 if "enum" in self.resolve(b.get("properties", {}).get("role", {})) else 1)
        for branch in branches:
            tag = self.constant(branch, "type")
            if tag is None:
                continue
            if tag not in roles:
                roles[tag] = []
            for role in self.values(branch, "role"):
                if role not in roles[tag]:
                    roles[tag].append(role)
        for branch in [*union.get("anyOf", []), *union.get("oneOf", [])]:
            tag = self.constant(self.resolve(branch), "type")
            if tag is not None and tag not in order:
                order.append(tag)
        rows: list[TypeRow] = []
        for tag in order:
            label = f"{tag} ({'/'.join(roles[tag])})" if roles[tag] else tag
            rows.append(TypeRow(label, (tag,), SUPPORTED))
        for tag, rule in union.get(specdoc.X_C1_REJECTED_TYPES, {}).items():
            rows.append(TypeRow(tag, (tag,), NOT_SUPPORTED, rule))
        for tag in union.get(specdoc.X_C1_COMING_SOON, []):
            rows.append(TypeRow(tag, (tag,), COMING_SOON, "coming soon"))
        return _paired(rows)

    def constant(self, schema: Schema, key: str) -> str | None:
        values = self.values(schema, key)
        return values[0] if len(values) == 1 else None

    def values(self, schema: Schema, key: str) -> list[str]:
        prop = self.resolve(schema.get("properties", {}).get(key, {}))
        if "const" in prop:
            return [prop["const"]]
        return list(prop.get("enum", []))


_NO_CONST: Any = object()


def _paired(rows: list[TypeRow]) -> tuple[TypeRow, ...]:
    """Join ``x`` and ``x_output`` into one row when they share a status, as the docs' table does."""
    joined: list[TypeRow] = []
    by_type = {row.types[0]: row for row in rows}
    used: set[str] = set()
    for row in rows:
        tag = row.types[0]
        if tag in used:
            continue
        twin = by_type.get(f"{tag}_output")
        if twin is not None and (twin.status, twin.rule) == (row.status, row.rule):
            joined.append(TypeRow(f"{row.label} / {twin.label}", (tag, twin.types[0]), row.status, row.rule))
            used.add(twin.types[0])
        else:
            joined.append(row)
        used.add(tag)
    return tuple(joined)
