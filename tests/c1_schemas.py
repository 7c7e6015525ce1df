"""An independent check of what the local server sends: jsonschema against generated/openapi.yaml.

It shares no code with the server or with thesys_c1.lib.rules: the effective
spec is loaded from the YAML file and every ``$ref`` is resolved by the
``jsonschema``/``referencing`` libraries.
"""

from __future__ import annotations

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


@cache
def spec_schemas() -> SpecSchemas:
    return SpecSchemas(yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8")))
