"""C1's rules, checked against a request body before it is sent.

The rules are not listed here: they are read from the effective spec that
ships with the package, from its schema keywords and from the ``x-c1-*``
extensions the overlays add (see overlays/README.md in the repository). When
the C1 docs change, an overlay changes, the package is regenerated, and these
checks follow without an edit to this file.

The same checks run in the local C1 server, so a request refused here would
be refused there, with the same parameter named and the same rule quoted.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import cache
from typing import Any

from . import spec as _spec
from .spec import Schema
from .specdoc import (
    ENFORCED_KEYWORDS,
    X_C1_COMING_SOON,
    X_C1_DEFAULT,
    X_C1_JSON_OBJECT_STRING,
    X_C1_REJECTED_PROPERTIES,
    X_C1_REJECTED_TYPES,
    X_C1_REQUIRES,
    X_C1_RULE,
)


class C1RuleError(ValueError):
    """A request breaks a documented C1 rule; nothing was sent.

    ``param`` names the offending parameter as on the wire (``n``,
    ``messages[0].content[1]``), ``rule`` quotes the C1 docs where a rule is
    documented, and ``violations`` lists every problem found, not just the first.
    """

    def __init__(self, violations: Sequence[Violation]) -> None:
        self.violations = tuple(violations)
        first = self.violations[0]
        self.param = first.param
        self.rule = first.rule
        extra = f" (and {len(self.violations) - 1} more)" if len(self.violations) > 1 else ""
        super().__init__(first.message + extra)


@dataclass(frozen=True)
class Rule:
    """A documented C1 rule and the parameter it is documented for."""

    param: str
    text: str


# What refused a value, as ``Violation.kind``: the JSON Schema keyword or the
# ``x-c1-*`` key of the spec, or one of these for what no single keyword says.
UNKNOWN_PARAMETER = "additionalProperties"  # a key the object does not list
NO_FORM = "anyOf"  # a value that fits none of a union's forms
UNKNOWN_QUERY_PARAMETER = "query"  # a query parameter the operation does not declare


@dataclass(frozen=True)
class Violation:
    param: str
    problem: str
    applies: Rule | None
    kind: str
    """The keyword that refused the value (``maxItems``, ``x-c1-requires``...): what code tests, not the words."""

    @property
    def rule(self) -> str | None:
        return None if self.applies is None else self.applies.text

    @property
    def message(self) -> str:
        where = self.param or "request body"
        if self.applies is None:
            return f"{where}: {self.problem}"
        # Name the documented parameter when the problem sits deeper inside it.
        owner = "" if self.applies.param == self.param else f" for {self.applies.param}"
        return f'{where}: {self.problem}. C1 rule{owner}: "{self.applies.text}"'


def check_request(operation_id: str, body: Mapping[str, Any]) -> None:
    """Raise ``C1RuleError`` when ``body`` breaks the operation's schema or a C1 rule."""
    violations = find_violations(operation_id, body)
    if violations:
        raise C1RuleError(violations)


def find_violations(operation_id: str, body: Any) -> list[Violation]:
    schema = _spec.request_schema(operation_id)
    if schema is None:
        return []
    return _quoting_only_relevant_rules(_Checker(_spec.effective_spec()).check(schema, body, "", None))


def find_schema_violations(schema: Schema, value: Any, document: dict[str, Any] | None = None) -> list[Violation]:
    """Check any value against any schema of the spec (the local server uses this for its own answers)."""
    return _quoting_only_relevant_rules(_Checker(document or _spec.effective_spec()).check(schema, value, "", None))


_TYPE_CHECKS: dict[str, Any] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    "integer": lambda v: (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer()),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v),
    "null": lambda v: v is None,
}


# What a union's schema can hold beside its forms that still constrains the value.
_BESIDE_A_UNION = (ENFORCED_KEYWORDS - {"anyOf", "oneOf"}) | {X_C1_REJECTED_PROPERTIES}


@cache
def _pattern(source: str) -> re.Pattern[str]:
    return re.compile(source)


def _describe(value: Any) -> str:
    text = json.dumps(value, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


def _quoting_only_relevant_rules(violations: Iterable[Violation]) -> list[Violation]:
    """Keep a rule documented for an enclosing parameter only where it explains the problem.

    It does for the parameter itself and for a key directly inside it
    (``metadata.foo`` under "thesys metadata only"); deeper down (a missing
    ``text`` in ``messages[0].content[0]`` under "audio not supported") it
    would point the reader at the wrong rule.
    """
    kept = []
    for violation in violations:
        rule = violation.applies
        if rule is not None and violation.param != rule.param:
            child = violation.param.removeprefix(rule.param + ".") if rule.param else violation.param
            if child == violation.param or "." in child or "[" in child:
                violation = Violation(violation.param, violation.problem, None, violation.kind)
        kept.append(violation)
    return kept


def _join(param: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{param}[{key}]"
    return f"{param}.{key}" if param else key


class _Checker:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, schema: Schema) -> Schema:
        return _spec.resolve(schema, self.document)

    def check(self, schema: Schema, value: Any, param: str, rule: Rule | None) -> Iterator[Violation]:
        schema = self.resolve(schema)
        if X_C1_RULE in schema:
            rule = Rule(param, schema[X_C1_RULE])

        if "anyOf" in schema or "oneOf" in schema:
            # Keywords beside the union apply too, once the value has a form to apply them to.
            found = list(self._check_union(schema, value, param, rule))
            if found:
                yield from found
                return
            if "oneOf" in schema:
                yield from self._check_only_one(schema["oneOf"], value, param, rule)
            if _BESIDE_A_UNION.isdisjoint(schema):
                return
        for part in schema.get("allOf", ()):
            yield from self.check(part, value, param, rule)
        if "not" in schema and next(iter(self.check(schema["not"], value, param, None)), None) is None:
            shown = _describe(self.resolve(schema["not"]))
            yield Violation(param, f"must not match {shown}, got {_describe(value)}", rule, "not")

        if "const" in schema and value != schema["const"]:
            yield Violation(param, f"must be {_describe(schema['const'])}, got {_describe(value)}", rule, "const")
            return
        if "enum" in schema and value not in schema["enum"]:
            allowed = ", ".join(_describe(option) for option in schema["enum"])
            yield Violation(param, f"must be one of {allowed}, got {_describe(value)}", rule, "enum")
            return

        types = schema.get("type")
        if types is not None:
            names = [types] if isinstance(types, str) else list(types)
            if not any(_TYPE_CHECKS[name](value) for name in names):
                yield Violation(param, f"must be of type {' or '.join(names)}, got {_describe(value)}", rule, "type")
                return

        if isinstance(value, dict):
            yield from self._check_object(schema, value, param, rule)
        elif isinstance(value, list):
            yield from self._check_array(schema, value, param, rule)
        elif isinstance(value, str):
            yield from self._check_string(schema, value, param, rule)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            yield from self._check_number(schema, value, param, rule)

    def _check_union(self, schema: Schema, value: Any, param: str, rule: Rule | None) -> Iterator[Violation]:
        branches = list(schema.get("anyOf", ())) + list(schema.get("oneOf", ()))
        if self._passes_named_branch(branches, value, param, rule):
            return
        failures: list[tuple[Schema, list[Violation]]] = []
        for branch in branches:
            problems = list(self.check(branch, value, param, rule))
            if not problems:
                return
            failures.append((self.resolve(branch), problems))

        tag = value.get("type") if isinstance(value, dict) else None
        if isinstance(tag, str):
            rejected_types: dict[str, str] = schema.get(X_C1_REJECTED_TYPES, {})
            if tag in rejected_types:
                yield Violation(
                    param, f"type {tag!r} is not accepted by C1", Rule(param, rejected_types[tag]), X_C1_REJECTED_TYPES
                )
                return
            if tag in schema.get(X_C1_COMING_SOON, ()):
                text = rule.text if rule is not None else "coming soon"
                yield Violation(param, f"type {tag!r} is not accepted by C1 yet", Rule(param, text), X_C1_COMING_SOON)
                return
        # Prefer the branch the value evidently meant (same `type` or `role`
        # constant), so the error talks about the field that is actually wrong.
        if isinstance(value, dict):
            for key in ("type", "role"):
                if key not in value:
                    continue
                chosen = [problems for branch, problems in failures if self._const_of(branch, key) == value[key]]
                if len(chosen) == 1:
                    yield from chosen[0]
                    return
        same_type = [f for f in failures if self._type_matches(f[0], value)]
        if len(same_type) == 1:
            yield from same_type[0][1]
            return
        # A nullable union (`anyOf: [{$ref: X}, {type: null}]`) whose X is itself
        # a union: the null branch cannot have been meant, so X's reasons stand.
        possible = [f for f in failures if not self._type_excludes(f[0], value)]
        if len(possible) == 1:
            yield from possible[0][1]
            return
        # A rule documented for an enclosing parameter says nothing about why
        # this value fits no form, so only the value's own rule is quoted.
        own = rule if rule is not None and rule.param == param else None
        if isinstance(tag, str):
            yield Violation(param, f"type {tag!r} is not accepted here", own, NO_FORM)
            return
        yield Violation(param, f"{_describe(value)} matches none of the accepted forms", own, NO_FORM)

    def _check_only_one(self, branches: list[Schema], value: Any, param: str, rule: Rule | None) -> Iterator[Violation]:
        fitting = [index for index, branch in enumerate(branches) if not any(self.check(branch, value, param, rule))]
        if len(fitting) > 1:
            forms = " and ".join(str(index) for index in fitting)
            yield Violation(param, f"must fit exactly one of the accepted forms, fits forms {forms}", rule, "oneOf")

    def _passes_named_branch(self, branches: list[Schema], value: Any, param: str, rule: Rule | None) -> bool:
        # Most values name their branch by a `type` or `role` constant; checking
        # that branch first skips building the messages of every branch before it.
        if not isinstance(value, dict):
            return False
        for key in ("type", "role"):
            if key not in value:
                continue
            for branch in branches:
                if self._const_of(branch, key) == value[key]:
                    return next(iter(self.check(branch, value, param, rule)), None) is None
        return False

    def _const_of(self, schema: Schema, key: str) -> Any:
        prop = self.resolve(schema).get("properties", {}).get(key)
        if prop is None:
            return _MISSING
        prop = self.resolve(prop)
        if "const" in prop:
            return prop["const"]
        if "enum" in prop and len(prop["enum"]) == 1:
            return prop["enum"][0]
        return _MISSING

    def _type_excludes(self, schema: Schema, value: Any) -> bool:
        return schema.get("type") is not None and not self._type_matches(schema, value)

    def _type_matches(self, schema: Schema, value: Any) -> bool:
        types = schema.get("type")
        if types is None:
            return False
        names = [types] if isinstance(types, str) else list(types)
        return any(_TYPE_CHECKS[name](value) for name in names)

    def _check_object(
        self, schema: Schema, value: dict[str, Any], param: str, rule: Rule | None
    ) -> Iterator[Violation]:
        properties: dict[str, Schema] = schema.get("properties", {})
        rejected: dict[str, str] = schema.get(X_C1_REJECTED_PROPERTIES, {})
        for name in schema.get("required", ()):
            if name not in value:
                yield Violation(_join(param, name), "is required", rule, "required")
        for name, item in value.items():
            where = _join(param, name)
            if name in rejected:
                yield Violation(where, "is not accepted by C1", Rule(where, rejected[name]), X_C1_REJECTED_PROPERTIES)
            elif name in properties:
                prop = self.resolve(properties[name])
                own = Rule(where, prop[X_C1_RULE]) if X_C1_RULE in prop else rule
                yield from self.check(prop, item, where, own)
                if item is not None:
                    yield from self._check_requires(prop, value, where, properties, own)
                if item is not None and prop.get(X_C1_JSON_OBJECT_STRING):
                    yield from self._check_json_object_string(item, where, own)
            else:
                extra = schema.get("additionalProperties", True)
                if extra is False:
                    # Only a rule about this very object (metadata: "thesys metadata only")
                    # explains an unknown key; one about an enclosing list does not.
                    own = rule if rule is not None and rule.param == param else None
                    yield Violation(where, "is not a known parameter", own, UNKNOWN_PARAMETER)
                elif isinstance(extra, dict):
                    yield from self.check(extra, item, where, rule)
        if "minProperties" in schema and len(value) < schema["minProperties"]:
            yield Violation(param, f"must have at least {schema['minProperties']} entries", rule, "minProperties")
        if "maxProperties" in schema and len(value) > schema["maxProperties"]:
            yield Violation(param, f"may have at most {schema['maxProperties']} entries", rule, "maxProperties")
        names = schema.get("propertyNames")
        if isinstance(names, dict):
            for name in value:
                for found in self.check(names, name, _join(param, name), rule):
                    problem = f"is not an accepted key: it {found.problem}"
                    yield Violation(found.param, problem, found.applies, "propertyNames")

    def _check_requires(
        self, prop: Schema, value: dict[str, Any], where: str, properties: dict[str, Schema], rule: Rule | None
    ) -> Iterator[Violation]:
        requires: dict[str, Any] = prop.get(X_C1_REQUIRES, {})
        for sibling, wanted in requires.items():
            sibling_schema = self.resolve(properties.get(sibling, {}))
            actual = value.get(sibling)
            # A null sibling is the wire format's way of leaving it out, so C1's default applies.
            if actual is None:
                actual = sibling_schema.get(X_C1_DEFAULT, _MISSING)
            if actual != wanted:
                shown = "left out" if actual is _MISSING else f"{sibling}={_describe(actual)}"
                yield Violation(
                    where, f"requires {sibling}={_describe(wanted)}, but the request has {shown}", rule, X_C1_REQUIRES
                )

    def _check_json_object_string(self, item: Any, where: str, rule: Rule | None) -> Iterator[Violation]:
        if not isinstance(item, str):
            return
        try:
            decoded = json.loads(item)
        except ValueError:
            yield Violation(
                where, "must be a JSON-encoded object, and this string is not JSON", rule, X_C1_JSON_OBJECT_STRING
            )
            return
        if not isinstance(decoded, dict):
            yield Violation(where, "must be a JSON-encoded object", rule, X_C1_JSON_OBJECT_STRING)

    def _check_array(self, schema: Schema, value: list[Any], param: str, rule: Rule | None) -> Iterator[Violation]:
        if "minItems" in schema and len(value) < schema["minItems"]:
            yield Violation(param, f"must have at least {schema['minItems']} items, has {len(value)}", rule, "minItems")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            yield Violation(param, f"may have at most {schema['maxItems']} items, has {len(value)}", rule, "maxItems")
        if schema.get("uniqueItems") is True:
            yield from _check_unique(value, param, rule)
        items = schema.get("items")
        if isinstance(items, dict):
            for index, item in enumerate(value):
                yield from self.check(items, item, _join(param, index), rule)

    def _check_string(self, schema: Schema, value: str, param: str, rule: Rule | None) -> Iterator[Violation]:
        if "minLength" in schema and len(value) < schema["minLength"]:
            yield Violation(param, f"must be at least {schema['minLength']} characters long", rule, "minLength")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            yield Violation(param, f"may be at most {schema['maxLength']} characters long", rule, "maxLength")
        # JSON Schema patterns are unanchored: a match anywhere in the string counts.
        if "pattern" in schema and _pattern(schema["pattern"]).search(value) is None:
            yield Violation(
                param, f"must match the pattern {schema['pattern']}, got {_describe(value)}", rule, "pattern"
            )

    def _check_number(self, schema: Schema, value: float, param: str, rule: Rule | None) -> Iterator[Violation]:
        if "minimum" in schema and value < schema["minimum"]:
            yield Violation(param, f"must be at least {schema['minimum']}, got {_describe(value)}", rule, "minimum")
        if "maximum" in schema and value > schema["maximum"]:
            yield Violation(param, f"must be at most {schema['maximum']}, got {_describe(value)}", rule, "maximum")
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            yield Violation(
                param,
                f"must be more than {schema['exclusiveMinimum']}, got {_describe(value)}",
                rule,
                "exclusiveMinimum",
            )
        if "multipleOf" in schema and not _is_multiple(value, schema["multipleOf"]):
            yield Violation(
                param, f"must be a multiple of {schema['multipleOf']}, got {_describe(value)}", rule, "multipleOf"
            )
        if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
            yield Violation(
                param,
                f"must be less than {schema['exclusiveMaximum']}, got {_describe(value)}",
                rule,
                "exclusiveMaximum",
            )


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


_MISSING: Any = _Missing()


def _check_unique(value: list[Any], param: str, rule: Rule | None) -> Iterator[Violation]:
    first_at: dict[Any, int] = {}
    for index, item in enumerate(value):
        key = _json_identity(item)
        if key in first_at:
            problem = f"must hold unique items, but items {first_at[key]} and {index} are equal"
            yield Violation(param, problem, rule, "uniqueItems")
            return
        first_at[key] = index


def _json_identity(value: Any) -> Any:
    """A hashable stand-in equal for equal JSON values: 1 and 1.0 are one number, true and 1 are not."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return (type(value).__name__, value)
    if isinstance(value, (int, float)):
        return ("number", int(value) if isinstance(value, float) and value.is_integer() else value)
    if isinstance(value, list):
        return ("array", tuple(_json_identity(item) for item in value))
    if isinstance(value, dict):
        return ("object", frozenset((key, _json_identity(item)) for key, item in value.items()))
    return ("other", id(value))


def _is_multiple(value: float, step: float) -> bool:
    if isinstance(value, int) and isinstance(step, int):
        return value % step == 0
    # JSON numbers are decimal text, and 0.3 is a multiple of 0.1 there though not in binary floating
    # point: the shortest decimal spelling of each float is compared exactly.
    return math.isfinite(value) and Fraction(repr(value)) % Fraction(repr(step)) == 0
