"""Checking decoded JSON against the JSON types the spec gives each field, compiled once per schema.

The generated ``from_dict`` casts without looking, so an answer with
``"content": 5`` or ``{}`` where an array belongs used to become a model that
crashed later, in ``to_dict()`` or ``output_text()``. Every answer is now
checked first, and a value off the spec's shape raises ``ShapeError`` naming
the JSON path of the field (``choices[0].message.content``) and the rule.

Checked, at any depth: each known field's JSON type (object, array, string,
integer, number, boolean, null, with null only where the spec's ``anyOf``
lists it), required fields, consts, array items, the values of a typed
``additionalProperties`` map, and unions: a value whose ``type`` names a
member must fit that member, and only a ``type`` no member names goes to the
catch-all. Not checked, so that what C1 adds later never breaks parsing:
unknown fields, enum membership, bounds, lengths, patterns and formats.

Streams check every chunk, so the checks are Python source generated from the
spec once per schema (one function per component, calling each other by name)
rather than a walk over the schema per value: on success a check is a few
type comparisons per field, with the path of a failure assembled only on the
way out of a failure.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from . import spec as _spec
from .model_lookup import schema_name_of

Check = Callable[[Any], None]

_MISSING: Any = object()
_KIND_TESTS = {
    "string": "type({v}) is str",
    # JSON has one number type: 3.0 is an integer as far as the schema is concerned.
    "integer": "(type({v}) is int or type({v}) is float and {v}.is_integer())",
    "number": "(type({v}) is int or type({v}) is float)",
    "boolean": "type({v}) is bool",
    "null": "{v} is None",
    "object": "isinstance({v}, dict)",
    "array": "isinstance({v}, list)",
}
_ANYTHING = "True"
_NESTED_KEYWORDS = ("properties", "required", "additionalProperties", "items", "anyOf", "oneOf", "allOf")


class ShapeError(ValueError):
    """A value that does not fit its schema; ``path`` is the JSON path of the field at fault."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem
        self._segments: list[str | int] = []  # innermost first: appended on the way out

    @property
    def path(self) -> str:
        text = ""
        for segment in reversed(self._segments):
            text += f"[{segment}]" if isinstance(segment, int) else (f".{segment}" if text else segment)
        return text

    def __str__(self) -> str:
        return f"{self.path or '<top level>'}: {self.problem}"


def json_kind(value: Any) -> str:
    """The JSON type name of a decoded value, as error messages say it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _bad(value: Any, expected: str) -> ShapeError:
    return ShapeError(f"expected {expected}, got {json_kind(value)}")


def _not_const(value: Any, const: Any) -> ShapeError:
    return ShapeError(f"must be {const!r}, got {_shown(value)}")


def _missing(name: str) -> ShapeError:
    error = ShapeError("is required but missing")
    error._segments.append(name)
    return error


def _at(name: str, value: Any, error: ShapeError) -> ShapeError:
    if value is _MISSING:
        return _missing(name)
    error._segments.append(name)
    return error


def _unknown_tag(value: Any, tags: Iterable[str]) -> ShapeError:
    error = ShapeError(f"expected one of {', '.join(map(repr, sorted(tags)))}, got {_shown(value)}")
    error._segments.append("type")
    return error


def _first_fit(checks: tuple[Check, ...], value: Any) -> None:
    """For members that nothing tells apart: the first that fits wins; when none does, the first one's complaint."""
    first: ShapeError | None = None
    for check in checks:
        try:
            check(value)
            return
        except ShapeError as error:
            first = first or error
    assert first is not None
    raise first


class _Compiler:
    """Generates and compiles the check functions; they share one namespace and call each other by name."""

    def __init__(self) -> None:
        self.scope: dict[str, Any] = {
            "ShapeError": ShapeError,
            "MISSING": _MISSING,
            "bad": _bad,
            "not_const": _not_const,
            "missing": _missing,
            "at": _at,
            "unknown_tag": _unknown_tag,
            "first_fit": _first_fit,
        }
        self.components: dict[str, str] = {}
        self.pending: list[tuple[str, _spec.Schema, str]] = []
        self.tag_tables: list[tuple[str, dict[str, list[str]]]] = []
        self.counter = 0
        self.lock = threading.Lock()

    def check_for(self, schema_name: str) -> Check:
        with self.lock:
            return self.compiled(self.component(schema_name))

    def check_of(self, schema: _spec.Schema, label: str) -> Check:
        with self.lock:
            return self.compiled(self.function(schema, label))

    def leaf_test(self, schema: _spec.Schema) -> str | None:
        with self.lock:
            before = self.counter
            found = self.leaf(schema)
            # A test naming constants of this namespace is of no use anywhere else.
            return None if found is None or self.counter != before else found[0]

    def compiled(self, function: str) -> Check:
        while self.pending:
            self.compile_function(*self.pending.pop())
        # Tables of union members are filled once the members' functions exist.
        while self.tag_tables:
            table, by_tag = self.tag_tables.pop()
            self.scope[table] = {tag: self.one_of(names) for tag, names in by_tag.items()}
        check: Check = self.scope[function]
        return check

    def one_of(self, names: list[str]) -> Check:
        checks: tuple[Check, ...] = tuple(self.scope[name] for name in names)
        if len(checks) == 1:
            return checks[0]
        return lambda value: _first_fit(checks, value)

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def component(self, schema_name: str) -> str:
        """The name of the check function of a component schema, queued for compiling on first use."""
        function = self.components.get(schema_name)
        if function is None:
            function = self.components[schema_name] = self.fresh("c_")
            self.pending.append((function, _spec.component(schema_name), schema_name))
        return function

    def function(self, schema: _spec.Schema, label: str) -> str:
        """A check function of its own for an inline schema (a union member needs one to be tried)."""
        if "$ref" in schema:
            return self.component(schema_name_of(schema))
        function = self.fresh("s_")
        self.pending.append((function, schema, label))
        return function

    def compile_function(self, function: str, schema: _spec.Schema, label: str) -> None:
        lines = [f"def {function}(x):"]
        body = self.emit(schema, "x", 1)
        lines += body or ["    pass"]
        source = "\n".join(lines)
        exec(compile(source, f"<shape check of {label}>", "exec"), self.scope)

    def constant(self, value: Any) -> str:
        name = self.fresh("k_")
        self.scope[name] = value
        return name

    def emit(self, schema: _spec.Schema, var: str, depth: int) -> list[str]:
        """Lines that raise ShapeError (with the path below ``var``) when ``var`` does not fit ``schema``."""
        pad = "    " * depth
        found = self.leaf(schema)
        if found is not None:
            test, error = found
            return (
                []
                if test == _ANYTHING
                else [f"{pad}if not ({test.format(v=var)}):", f"{pad}    raise {error.format(v=var)}"]
            )
        if "$ref" in schema:
            return [f"{pad}{self.component(schema_name_of(schema))}({var})"]
        branches = schema.get("anyOf") or schema.get("oneOf")
        lines: list[str] = []
        if branches:
            lines += self.emit_union(branches, var, depth)
        for part in schema.get("allOf", ()):
            lines += self.emit(part, var, depth)
        kind = self.kind_of(schema) if not branches else None
        if kind is None:
            return lines
        lines.append(f"{pad}if not {_KIND_TESTS[kind].format(v=var)}:")
        lines.append(f"{pad}    raise bad({var}, {kind!r})")
        if kind == "object":
            lines += self.emit_object(schema, var, depth)
        elif kind == "array":
            lines += self.emit_array(schema, var, depth)
        return lines

    def leaf(self, schema: _spec.Schema) -> tuple[str, str] | None:
        """(test, error) templates over ``{v}`` when one expression checks the whole schema, else None.

        Most fields are such leaves (a string, a nullable integer, a const, a
        free-form object), and a leaf field costs one ``get`` and one test.
        """
        if "$ref" in schema:
            return self.leaf(_spec.resolve(schema))
        if "allOf" in schema:
            return None
        branches = schema.get("anyOf") or schema.get("oneOf")
        if branches:
            if any(key in schema for key in ("type", "const", "enum", "properties", "required", "items")):
                return None
            tests: list[str] = []
            kinds: list[str] = []
            for branch in self.flatten(branches):
                resolved = _spec.resolve(branch)
                found = self.leaf(resolved)
                if found is not None and found[0] == _ANYTHING:
                    return found
                kind = self.kind_of(resolved)
                if found is None or kind is None or "const" in resolved:
                    return None
                tests.append(f"({found[0]})")
                kinds.append(kind)
            return " or ".join(tests), f"bad({{v}}, {' or '.join(dict.fromkeys(kinds))!r})"
        if "const" in schema:
            const = self.constant(schema["const"])
            # The JSON type too: True == 1 in Python, not in JSON.
            kind_test = _KIND_TESTS.get(json_kind(schema["const"]), "True")
            return f"{{v}} == {const} and {kind_test}", f"not_const({{v}}, {const})"
        kind = self.kind_of(schema)
        if kind is None:
            return _ANYTHING, ""
        if kind == "object" and (
            schema.get("properties") or schema.get("required") or self.typed(schema, "additionalProperties")
        ):
            return None
        if kind == "array" and self.typed(schema, "items"):
            return None
        return _KIND_TESTS[kind], f"bad({{v}}, {kind!r})"

    def typed(self, schema: _spec.Schema, keyword: str) -> bool:
        """Whether the subschema under ``keyword`` checks anything."""
        sub = schema.get(keyword)
        if not isinstance(sub, dict):
            return False
        found = self.leaf(sub)
        return found is None or found[0] != _ANYTHING

    @staticmethod
    def kind_of(schema: _spec.Schema) -> str | None:
        """The one JSON type a schema without branches allows, or None when it allows any."""
        kind = schema.get("type")
        if isinstance(kind, str) and kind in _KIND_TESTS:
            return kind
        if "const" in schema:
            return json_kind(schema["const"])
        values = schema.get("enum")
        if values:
            kinds = {json_kind(value) for value in values}
            return kinds.pop() if len(kinds) == 1 else None
        if "properties" in schema or "required" in schema:
            return "object"
        if "items" in schema:
            return "array"
        return None

    def emit_object(self, schema: _spec.Schema, var: str, depth: int) -> list[str]:
        pad = "    " * depth
        lines: list[str] = []
        properties: dict[str, Any] = schema.get("properties", {})
        required = set(schema.get("required", ()))
        value = self.fresh("v")
        for name, prop in properties.items():
            needed = name in required
            found = self.leaf(prop) if isinstance(prop, dict) else (_ANYTHING, "")
            if found is not None:
                lines += self.emit_leaf_field(var, value, name, needed, *found, pad)
                continue
            body = self.emit(prop, value, depth + (1 if needed else 2))
            if not body and not needed:
                continue
            lines.append(f"{pad}{value} = {var}.get({name!r}, MISSING)")
            if needed:
                lines += [f"{pad}if {value} is MISSING:", f"{pad}    raise missing({name!r})"]
                lines += self.wrap(body, repr(name), pad) if body else []
            else:
                lines.append(f"{pad}if {value} is not MISSING:")
                lines += self.wrap(body, repr(name), pad + "    ")
        for name in sorted(required - properties.keys()):
            lines += [f"{pad}if {name!r} not in {var}:", f"{pad}    raise missing({name!r})"]
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            key, item = self.fresh("key"), self.fresh("v")
            body = self.emit(extra, item, depth + 3)
            if body:
                known = self.constant(frozenset(properties))
                lines.append(f"{pad}for {key}, {item} in {var}.items():")
                lines.append(f"{pad}    if {key} not in {known}:")
                lines += self.wrap(body, key, pad + "        ")
        return lines

    def emit_leaf_field(
        self, var: str, value: str, name: str, needed: bool, test: str, error: str, pad: str
    ) -> list[str]:
        if test == _ANYTHING:
            return [f"{pad}if {name!r} not in {var}:", f"{pad}    raise missing({name!r})"] if needed else []
        # A missing field reads as MISSING, which fails every test: one test finds both faults of a required field.
        lines = [f"{pad}{value} = {var}.get({name!r}, MISSING)"]
        fails = f"not ({test.format(v=value)})" + ("" if needed else f" and {value} is not MISSING")
        lines += [f"{pad}if {fails}:", f"{pad}    raise at({name!r}, {value}, {error.format(v=value)})"]
        return lines

    def emit_array(self, schema: _spec.Schema, var: str, depth: int) -> list[str]:
        pad = "    " * depth
        items = schema.get("items")
        if not isinstance(items, dict):
            return []
        index, item = self.fresh("i"), self.fresh("v")
        body = self.emit(items, item, depth + 2)
        if not body:
            return []
        loop = [f"{pad}    for {index}, {item} in enumerate({var}):", *body]
        return [f"{pad}{index} = 0", *self.wrap(loop, index, pad)]

    @staticmethod
    def wrap(body: list[str], segment: str, pad: str) -> list[str]:
        """``body`` (indented one step below ``pad``) in a try that adds ``segment`` to the path of a failure.

        A try costs nothing while nothing is raised (Python 3.11+), so the
        path is assembled only on the way out of a failure.
        """
        return [
            f"{pad}try:",
            *body,
            f"{pad}except ShapeError as error:",
            f"{pad}    error._segments.append({segment})",
            f"{pad}    raise",
        ]

    def emit_union(self, branches: list[Any], var: str, depth: int) -> list[str]:
        """Branches grouped by the JSON type they take; a value goes to the group of its type, else fails."""
        pad = "    " * depth
        groups: dict[str, list[_spec.Schema]] = {}
        for branch in self.flatten(branches):
            kind = self.kind_of(_spec.resolve(branch))
            if kind is None:
                if not self.emit(branch, var, depth):
                    return []  # a branch that takes anything: so does the union
                kind = "object"
            groups.setdefault(kind, []).append(branch)
        expected = " or ".join(groups)
        bodies = {kind: self.emit_group(kind, members, var, depth + 1) for kind, members in groups.items()}
        if not any(bodies.values()):  # the usual `anyOf: [{type: string}, {type: null}]`: one test
            tests = " or ".join(_KIND_TESTS[kind].format(v=var) for kind in groups)
            return [f"{pad}if not ({tests}):", f"{pad}    raise bad({var}, {expected!r})"]
        lines: list[str] = []
        keyword = "if"
        for kind, body in bodies.items():
            lines.append(f"{pad}{keyword} {_KIND_TESTS[kind].format(v=var)}:")
            lines += body or [f"{pad}    pass"]
            keyword = "elif"
        lines += [f"{pad}else:", f"{pad}    raise bad({var}, {expected!r})"]
        return lines

    def flatten(self, branches: list[Any]) -> list[_spec.Schema]:
        """Nested unions spread into their members, so that one dispatch sees every JSON type."""
        flat: list[_spec.Schema] = []
        for branch in branches:
            resolved = _spec.resolve(branch)
            nested = resolved.get("anyOf") or resolved.get("oneOf")
            if nested and not any(key in resolved for key in _NESTED_KEYWORDS if key not in ("anyOf", "oneOf")):
                flat += self.flatten(nested)
            else:
                flat.append(branch)
        return flat

    def emit_group(self, kind: str, members: list[_spec.Schema], var: str, depth: int) -> list[str]:
        pad = "    " * depth
        if len(members) == 1:
            return self.emit_inside(members[0], kind, var, depth)
        if kind != "object":
            checks = [self.function(member, f"union member of {kind}") for member in members]
            return [f"{pad}first_fit(({', '.join(checks)},), {var})"]
        by_tag: dict[str, list[str]] = {}
        untagged: list[str] = []
        for member in members:
            tag = _spec.resolve(member).get("properties", {}).get("type", {})
            const = tag.get("const", tag["enum"][0] if len(tag.get("enum", ())) == 1 else None)
            check = self.function(member, f"union member {const!r}")
            if isinstance(const, str):
                by_tag.setdefault(const, []).append(check)
            else:
                untagged.append(check)
        if not by_tag:
            return [f"{pad}first_fit(({', '.join(untagged)},), {var})"]
        table = self.fresh("tags_")
        self.tag_tables.append((table, by_tag))
        tag, found = self.fresh("t"), self.fresh("f")
        lines = [
            f"{pad}{tag} = {var}.get('type')",
            f"{pad}{found} = {table}.get({tag}) if type({tag}) is str else None",
            f"{pad}if {found} is not None:",
            f"{pad}    {found}({var})",
        ]
        if not untagged:
            lines += [f"{pad}else:", f"{pad}    raise unknown_tag({tag}, {table})"]
        elif len(untagged) == 1:
            lines += [f"{pad}else:", f"{pad}    {untagged[0]}({var})"]
        else:
            lines += [f"{pad}else:", f"{pad}    first_fit(({', '.join(untagged)},), {var})"]
        return lines

    def emit_inside(self, member: _spec.Schema, kind: str, var: str, depth: int) -> list[str]:
        """A member's checks, its JSON type already tested by the dispatch."""
        if "$ref" in member:
            return self.emit(member, var, depth)
        resolved = _spec.resolve(member)
        if "const" in resolved:
            return self.emit(resolved, var, depth)
        if kind == "object":
            return self.emit_object(resolved, var, depth)
        if kind == "array":
            return self.emit_array(resolved, var, depth)
        return []


_COMPILER = _Compiler()


def check_for(schema_name: str) -> Check:
    """The compiled check of a component schema: returns None when the value fits, raises ShapeError when not."""
    return _COMPILER.check_for(schema_name)


def check_of(schema: _spec.Schema, label: str) -> Check:
    """The compiled check of a schema that is not a component (a property's own schema)."""
    return _COMPILER.check_of(schema, label)


def leaf_test(schema: _spec.Schema) -> str | None:
    """A test over ``{v}``, true exactly when a value fits ``schema``, when one expression can say it.

    The fast model builders use it to check a field as they read it.
    """
    return _COMPILER.leaf_test(schema)
