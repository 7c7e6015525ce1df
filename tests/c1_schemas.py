"""An independent check of what the local server sends: jsonschema against generated/openapi.yaml.

It shares no code with the server or with thesys_c1._lib.rules: the effective
spec is loaded from the YAML file and every ``$ref`` is resolved by the
``jsonschema``/``referencing`` libraries.
"""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SPEC_PATH = Path(__file__).resolve().parent.parent / "generated" / "openapi.yaml"
_BASE = "urn:thesys-c1:effective-spec"


class SpecSchemas:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        resource: Resource[Any] = DRAFT202012.create_resource(document)
        self._registry: Registry[Any] = Registry().with_resource(_BASE, resource)
        self._validators: dict[str, Draft202012Validator] = {}

    def schema(self, name: str) -> dict[str, Any]:
        found: dict[str, Any] = self.document["components"]["schemas"][name]
        return found

    def errors(self, name: str, value: Any) -> list[str]:
        validator = self._validators.get(name)
        if validator is None:
            validator = Draft202012Validator({"$ref": f"{_BASE}#/components/schemas/{name}"}, registry=self._registry)
            self._validators[name] = validator
        return [f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in validator.iter_errors(value)]

    def check(self, name: str, value: Any) -> None:
        problems = self.errors(name, value)
        assert not problems, f"not a valid {name}: " + "; ".join(problems[:5])

    def variants_by_type(self, union: str) -> dict[str, str]:
        """The ``type`` constant of each named variant of a union schema -> the variant's schema name."""
        found: dict[str, str] = {}
        for branch in self.schema(union).get("anyOf", []):
            if "$ref" not in branch:
                continue
            name = branch["$ref"].rsplit("/", 1)[-1]
            type_schema = self.schema(name).get("properties", {}).get("type", {})
            if "const" in type_schema:
                found[type_schema["const"]] = name
        return found

    def check_variant(self, union: str, value: dict[str, Any]) -> str:
        """Check ``value`` against the union and against the specific variant its ``type`` names."""
        self.check(union, value)
        variants = self.variants_by_type(union)
        assert value.get("type") in variants, f"{value.get('type')!r} is not a named variant of {union}"
        name = variants[value["type"]]
        self.check(name, value)
        return name


def _type_const(document: dict[str, Any], branch: dict[str, Any]) -> str | None:
    if "$ref" in branch:
        branch = document["components"]["schemas"][branch["$ref"].rsplit("/", 1)[-1]]
    tag = branch.get("properties", {}).get("type", {})
    if "const" in tag:
        return str(tag["const"])
    enum = tag.get("enum", ())
    return str(enum[0]) if len(enum) == 1 else None


def _discriminate(document: dict[str, Any]) -> dict[str, Any]:
    """The spec with its unions read as tagged: a catch-all member no longer takes a ``type`` another member names.

    The spec's catch-all members (an item or event type this SDK does not know
    yet) accept any ``type`` to plain JSON Schema, so a broken ``message`` item
    would "fit" as an unknown one. The union's intent, which the client follows,
    is that a named ``type`` must fit its own member.
    """
    document = copy.deepcopy(document)
    for schema in document["components"]["schemas"].values():
        branches = schema.get("anyOf")
        if not branches or "properties" in schema:
            continue
        known = [tag for tag in (_type_const(document, branch) for branch in branches) if tag is not None]
        if not known:
            continue
        for index, branch in enumerate(branches):
            if _type_const(document, branch) is None and branch.get("type") != "null":
                branches[index] = {
                    "allOf": [branch],
                    "not": {"required": ["type"], "properties": {"type": {"enum": known}}},
                }
    return document


@cache
def spec_schemas() -> SpecSchemas:
    return SpecSchemas(yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8")))


@cache
def tagged_spec_schemas() -> SpecSchemas:
    """``spec_schemas()`` with each union's ``type`` tag deciding its member (see ``_discriminate``)."""
    return SpecSchemas(_discriminate(spec_schemas().document))
