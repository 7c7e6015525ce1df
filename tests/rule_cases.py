"""Requests that break, and requests that keep, each C1 rule of the effective spec.

Nothing here names a rule: every case is derived from generated/openapi.json
(the spec the package ships), from the marks the overlays write (``x-c1-rule``
and the keywords beside it, ``x-c1-rejected-properties``,
``x-c1-rejected-types``, ``x-c1-coming-soon``, ``x-c1-requires``,
``x-c1-json-object-string``, ``x-c1-support``) and from a closed object under a
rule (metadata's keys). When the docs change and an overlay with them, the
cases change with the spec, and the tests that read them need no edit.

A breaking case says which parameter the refusal must name and which words of
the docs it must quote; a keeping case is a request the rules accept.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from thesys_c1._lib import specdoc
from thesys_c1._lib.specdoc import (
    X_C1_COMING_SOON,
    X_C1_JSON_OBJECT_STRING,
    X_C1_REJECTED_PROPERTIES,
    X_C1_REJECTED_TYPES,
    X_C1_REQUIRES,
    X_C1_RULE,
    X_C1_SUPPORT,
)

Document = dict[str, Any]
Build = Callable[[Any], Any]
# How deep below a request body rules are looked for: deep enough for a content part of a message
# (messages[0].content[0]), shallow enough that recursive schemas end.
MAX_DEPTH = 8
# The value keywords a rule narrows a property with, and how a value beyond each is made.
VALUE_KEYWORDS = ("const", "enum", "minimum", "maximum")
UNLISTED_KEY = "not_a_listed_key"
# Supports under which a row's property is accepted as a parameter (x-c1-support).
ACCEPTED_SUPPORTS = ("supported", "restricted")


@dataclass(frozen=True)
class RuleCase:
    name: str
    operation_id: str
    body: dict[str, Any]
    param: str
    rule: str | None
    """The docs' words the refusal quotes (None where no rule's words apply)."""
    kind: str
    """The keyword or ``x-c1-*`` mark the case is about."""


@cache
def document() -> Document:
    text = resources.files("thesys_c1._generated").joinpath("openapi.json").read_text(encoding="utf-8")
    loaded: Document = json.loads(text)
    return loaded


def body_operations(doc: Document | None = None) -> list[specdoc.SpecOperation]:
    """The operations whose JSON body carries a C1 rule somewhere, in the spec's order."""
    doc = doc or document()
    found = []
    for op in specdoc.operations(doc):
        schema = op.request_body_schema(doc)
        if schema is not None and op.operation_id and _marked(doc, schema, set()):
            found.append(op)
    return found


def _marked(doc: Document, schema: Any, seen: set[str]) -> bool:
    if not isinstance(schema, dict):
        return False
    name = specdoc.ref_name(schema)
    if name is not None:
        if name in seen:
            return False
        seen.add(name)
        schema = specdoc.resolve(schema, doc)
    if any(key.startswith(specdoc.X_C1_PREFIX) and key != X_C1_SUPPORT for key in schema):
        return True
    return any(_marked(doc, sub, seen) for _, sub in specdoc.subschemas(schema))


def _node(doc: Document, schema: Any) -> dict[str, Any]:
    """The schema a non-null value meets, references followed, with the keywords written beside them kept."""
    node = specdoc.resolve(schema, doc)
    node, _ = specdoc.split_nullable(node, doc)
    while "$ref" in node:
        beside = {key: value for key, value in node.items() if key != "$ref"}
        node = specdoc.resolve(node, doc) | beside
        node, _ = specdoc.split_nullable(node, doc)
    return node


def _branches(node: dict[str, Any]) -> list[Any]:
    return list(node.get("anyOf", ())) + list(node.get("oneOf", ()))


def _tag(doc: Document, branch: Any, key: str) -> Any:
    prop = specdoc.resolve(branch, doc).get("properties", {}).get(key)
    if not isinstance(prop, dict):
        return None
    prop = specdoc.resolve(prop, doc)
    if "const" in prop:
        return prop["const"]
    enum = prop.get("enum")
    return enum[0] if isinstance(enum, list) and len(enum) == 1 else None


def sample(doc: Document, schema: Any, depth: int = 0) -> Any:
    """A small value the schema accepts: required properties only, the fewest items, the simplest form."""
    node = _node(doc, schema)
    if "const" in node:
        return copy.deepcopy(node["const"])
    if "enum" in node:
        return copy.deepcopy(node["enum"][0])
    branches = _branches(node)
    if branches and depth < MAX_DEPTH:
        return sample(doc, _simplest(doc, branches), depth + 1)
    kind = node.get("type")
    kind = kind[0] if isinstance(kind, list) else kind
    if kind == "object" or "properties" in node:
        properties = node.get("properties", {})
        # The docs' own examples set what the overlays mark supported: a sample request does too.
        wanted = [name for name, prop in properties.items() if _node(doc, prop).get(X_C1_SUPPORT) == "supported"]
        names = [*node.get("required", ()), *wanted]
        return {name: sample(doc, properties[name], depth + 1) for name in dict.fromkeys(names) if name in properties}
    if kind == "array":
        return [sample(doc, node.get("items", {}), depth + 1) for _ in range(node.get("minItems", 0))]
    if kind == "string":
        return "{}" if node.get(X_C1_JSON_OBJECT_STRING) else "hello"
    if kind in ("integer", "number"):
        return node.get("minimum", 1)
    if kind == "boolean":
        return False
    return None


def _simplest(doc: Document, branches: list[Any]) -> Any:
    """The form a sample takes: a plain value before an object, and a user's turn before other roles."""

    def order(branch: Any) -> tuple[int, int]:
        node = _node(doc, branch)
        plain = 0 if node.get("type") in ("string", "integer", "number", "boolean") else 1
        return plain, 0 if _tag(doc, branch, "role") in (None, "user") else 1

    return min(branches, key=order)


def _join(param: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{param}[{key}]"
    return f"{param}.{key}" if param else key


def _beyond(node: dict[str, Any], keyword: str) -> tuple[Any, Any] | None:
    """(a value the keyword refuses, the nearest value it accepts) or None when no such pair is simple to make."""
    if keyword == "const":
        value = node["const"]
        if isinstance(value, bool):
            return (not value), value
        if isinstance(value, int):
            return value + 1, value
        if isinstance(value, str):
            return value + "-other", value
        return None
    if keyword == "enum":
        options = node["enum"]
        if all(isinstance(option, str) for option in options):
            return "-".join(["not", *options])[:60], options[0]
        if all(isinstance(option, int) and not isinstance(option, bool) for option in options):
            return max(options) + 1, options[0]
        return None
    bound = node[keyword]
    if not isinstance(bound, (int, float)) or isinstance(bound, bool):
        return None
    if "const" in node or "enum" in node:
        return None  # the narrower keyword has its own case
    step = 1 if isinstance(bound, int) else 0.5
    return (bound + step, bound) if keyword == "maximum" else (bound - step, bound)


@dataclass
class _Walk:
    doc: Document
    operation_id: str
    breaking: list[RuleCase]
    keeping: list[RuleCase]

    def add(self, breaking: bool, name: str, body: Any, param: str, rule: str | None, kind: str) -> None:
        case = RuleCase(f"{self.operation_id}:{name}", self.operation_id, body, param, rule, kind)
        (self.breaking if breaking else self.keeping).append(case)

    def walk(self, schema: Any, param: str, build: Build, rule: str | None, trail: tuple[str, ...]) -> None:
        name = specdoc.ref_name(schema)
        if len(trail) > MAX_DEPTH or (name is not None and name in trail):
            return
        trail = (*trail, name) if name is not None else trail
        node = _node(self.doc, schema)
        own_rule = node.get(X_C1_RULE)
        rule = own_rule if own_rule is not None else rule
        if own_rule is not None:
            self._value_rules(node, param, build, own_rule)
        branches = _branches(node)
        if branches:
            self._union_rules(node, branches, param, build, rule)
            for branch in branches:
                self.walk(branch, param, build, rule, trail)
            return
        if node.get("type") == "array" or "items" in node:
            items = node.get("items")
            if isinstance(items, dict):
                self.walk(items, _join(param, 0), lambda value: build([value]), rule, trail)
            return
        if "properties" in node or node.get("type") == "object":
            self._object_rules(node, param, build, own_rule, rule, trail)

    def _value_rules(self, node: dict[str, Any], param: str, build: Build, rule: str) -> None:
        for keyword in VALUE_KEYWORDS:
            if keyword not in node:
                continue
            pair = _beyond(node, keyword)
            if pair is None:
                continue
            bad, good = pair
            self.add(True, f"{param} {keyword}", build(bad), param, rule, keyword)
            self.add(False, f"{param} {keyword}", build(good), param, None, keyword)

    def _union_rules(
        self, node: dict[str, Any], branches: list[Any], param: str, build: Build, rule: str | None
    ) -> None:
        for tag, words in node.get(X_C1_REJECTED_TYPES, {}).items():
            self.add(True, f"{param} type {tag}", build({"type": tag}), param, words, X_C1_REJECTED_TYPES)
        for tag in node.get(X_C1_COMING_SOON, ()):
            words = rule if rule is not None else "coming soon"
            self.add(True, f"{param} type {tag}", build({"type": tag}), param, words, X_C1_COMING_SOON)
        if X_C1_REJECTED_TYPES in node or X_C1_COMING_SOON in node:
            # Every form the union still has is accepted: one that left "coming soon" among them.
            for branch in branches:
                tag = _tag(self.doc, branch, "type")
                if tag is not None:
                    value = sample(self.doc, branch)
                    value["type"] = tag  # a form is named by its tag, also where the wire lets it be left out
                    self.add(False, f"{param} type {tag}", build(value), param, None, X_C1_COMING_SOON)

    def _object_rules(
        self,
        node: dict[str, Any],
        param: str,
        build: Build,
        own_rule: str | None,
        rule: str | None,
        trail: tuple[str, ...],
    ) -> None:
        base = sample(self.doc, node)
        if not isinstance(base, dict):
            return
        properties: dict[str, Any] = node.get("properties", {})

        def inside(key: str, extra: dict[str, Any] | None = None) -> Build:
            return lambda value: build({**base, **(extra or {}), key: value})

        for key, words in node.get(X_C1_REJECTED_PROPERTIES, {}).items():
            where = _join(param, key)
            self.add(True, f"{where} rejected", inside(key)("any value"), where, words, X_C1_REJECTED_PROPERTIES)
        if own_rule is not None and node.get("additionalProperties") is False:
            where = _join(param, UNLISTED_KEY)
            self.add(True, f"{where} unlisted", inside(UNLISTED_KEY)("x"), where, own_rule, "additionalProperties")
            every = {key: sample(self.doc, prop) for key, prop in properties.items()}
            self.add(False, f"{param} listed keys {sorted(every)}", build(every), param, None, "additionalProperties")
        for key, prop in properties.items():
            where = _join(param, key)
            child = _node(self.doc, prop)
            for sibling, wanted in child.get(X_C1_REQUIRES, {}).items():
                if isinstance(wanted, bool):
                    value = sample(self.doc, prop)
                    words = child.get(X_C1_RULE, rule)
                    self.add(
                        True,
                        f"{where} requires",
                        inside(key, {sibling: not wanted})(value),
                        where,
                        words,
                        X_C1_REQUIRES,
                    )
                    self.add(
                        False, f"{where} requires", inside(key, {sibling: wanted})(value), where, None, X_C1_REQUIRES
                    )
            if child.get(X_C1_JSON_OBJECT_STRING):
                words = child.get(X_C1_RULE, own_rule)
                self.add(True, f"{where} json object", inside(key)("[1]"), where, words, X_C1_JSON_OBJECT_STRING)
                self.add(False, f"{where} json object", inside(key)("{}"), where, None, X_C1_JSON_OBJECT_STRING)
            if child.get(X_C1_SUPPORT) in ACCEPTED_SUPPORTS and not child.get(X_C1_REQUIRES):
                self.add(
                    False,
                    f"{where} {child[X_C1_SUPPORT]}",
                    inside(key)(sample(self.doc, prop)),
                    where,
                    None,
                    X_C1_SUPPORT,
                )
            self.walk(prop, where, inside(key), rule, trail)


def _derive(doc: Document) -> tuple[tuple[RuleCase, ...], tuple[RuleCase, ...]]:
    breaking: list[RuleCase] = []
    keeping: list[RuleCase] = []
    for op in body_operations(doc):
        assert op.operation_id is not None
        _Walk(doc, op.operation_id, breaking, keeping).walk(op.request_body_schema(doc), "", _whole, None, ())
    return _unique(breaking), _unique(keeping)


def _whole(value: Any) -> Any:
    return value


@cache
def _shipped() -> tuple[tuple[RuleCase, ...], tuple[RuleCase, ...]]:
    return _derive(document())


def _unique(cases: list[RuleCase]) -> tuple[RuleCase, ...]:
    seen: dict[str, RuleCase] = {}
    for case in cases:
        seen.setdefault(case.name, case)
    return tuple(seen.values())


def breaking_cases(doc: Document | None = None) -> tuple[RuleCase, ...]:
    """One request per rule of the spec that breaks it (the spec the package ships, unless one is given)."""
    return (_shipped() if doc is None else _derive(doc))[0]


def keeping_cases(doc: Document | None = None) -> tuple[RuleCase, ...]:
    """One request per rule of the spec that keeps it."""
    return (_shipped() if doc is None else _derive(doc))[1]


def first_breaking(operation_id: str, kind: str | None = None) -> RuleCase:
    """A breaking case of one operation (of one kind, when given): for tests about refusals in general."""
    for case in breaking_cases():
        if case.operation_id == operation_id and (kind is None or case.kind == kind):
            return case
    raise LookupError(f"the spec has no rule for {operation_id} of kind {kind}")


def with_rule_changed(target: str, update: dict[str, Any], remove: tuple[str, ...] = ()) -> Document:
    """A copy of the shipped spec with one schema node changed, as an overlay action would change it.

    ``target`` is a JSON pointer (``#/components/schemas/X/properties/n``); the
    keys in ``remove`` go first, then ``update`` is merged in.
    """
    changed = copy.deepcopy(document())
    node: Any = changed
    for part in target.removeprefix("#/").split("/"):
        node = node[int(part)] if isinstance(node, list) else node[part.replace("~1", "/").replace("~0", "~")]
    for key in remove:
        node.pop(key, None)
    node.update(copy.deepcopy(update))
    return changed
