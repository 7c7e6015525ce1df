"""Schema diff: the component schemas, and every schema below an operation, keyword by keyword."""

from __future__ import annotations

from typing import Any

from ...speclib import specdoc
from .c1_rules import _C1KeyDiffer
from .change import REQUEST, RESPONSE, Schema
from .document import _ref_name, _schema_target
from .domains import _Domain
from .keywords import (
    _ABSENT_MEANS,
    _ALL_TYPES,
    _BOUNDS,
    _COMPARED,
    _NOTICES,
    _SIZE_KEYWORDS,
    _SUBSCHEMA,
    _SUBSCHEMA_LISTS,
    _SUBSCHEMA_MAPS,
    _keyword_direction,
    _type_text,
    _types,
)
from .values import _NONE, _show
from .variants import _variants


class _SchemaDiffer(_C1KeyDiffer):
    """Compares schemas; with no operations of its own it also serves ``same_api`` as a probe."""

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
        probe = _SchemaDiffer(self.usage, self.old_doc, self.new_doc)
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


def _nullable_parts(schema: Schema) -> tuple[Schema, bool]:
    """(the schema without its null branch, whether it had one) for `anyOf: [S, {type: 'null'}]`."""
    # Without the document: a referenced branch is compared by name, never taken for null.
    return specdoc.split_nullable(schema)


def _nested_where(where: str, keyword: str) -> str:
    return f"{where}[]" if keyword == "items" else f"{where}<{keyword}>"


def _no_true(schema: Any) -> Any:
    # `additionalProperties: true` allows what leaving it out allows.
    return _NONE if schema is True else schema
