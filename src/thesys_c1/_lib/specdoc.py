"""Reading an OpenAPI document the way the whole project reads it: the runtime and the generator alike.

One module for what more than one reader needs: following ``$ref``, walking
the operations, seeing through a nullable ``anyOf``, the names of C1's
``x-c1-*`` extensions, and the JSON Schema keywords the rule checker
(``rules.py``) enforces, so that the generator can refuse a request schema
that uses any other.

It imports nothing but the standard library and nothing of the package: the
generator loads this file by its path (see ``generator/speclib.py``), before
the package it is about to generate can be imported.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

Schema = dict[str, Any]
Document = dict[str, Any]

SCHEMA_REF_PREFIX = "#/components/schemas/"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# C1's extensions, as the overlays write them (overlays/README.md says what each means).
X_C1_RULE = "x-c1-rule"
X_C1_SUPPORT = "x-c1-support"
X_C1_DEFAULT = "x-c1-default"
X_C1_REQUIRES = "x-c1-requires"
X_C1_REJECTED_PROPERTIES = "x-c1-rejected-properties"
X_C1_REJECTED_TYPES = "x-c1-rejected-types"
X_C1_COMING_SOON = "x-c1-coming-soon"
X_C1_JSON_OBJECT_STRING = "x-c1-json-object-string"
X_C1_GEMINI_MAX_REASONING_TOKENS = "x-c1-gemini-max-reasoning-tokens"
X_C1_PREFIX = "x-c1-"
X_C1_KEYS = frozenset(
    {
        X_C1_RULE,
        X_C1_SUPPORT,
        X_C1_DEFAULT,
        X_C1_REQUIRES,
        X_C1_REJECTED_PROPERTIES,
        X_C1_REJECTED_TYPES,
        X_C1_COMING_SOON,
        X_C1_JSON_OBJECT_STRING,
        X_C1_GEMINI_MAX_REASONING_TOKENS,
    }
)

# Every JSON Schema keyword whose constraint the rule checker applies to a
# value. tests/test_rule_checker.py holds a refused value for each, so a
# keyword named here that the checker skipped would fail there.
ENFORCED_KEYWORDS = frozenset(
    {
        "$ref",
        "type",
        "enum",
        "const",
        "anyOf",
        "oneOf",
        "allOf",
        "not",
        "properties",
        "required",
        "additionalProperties",
        "propertyNames",
        "minProperties",
        "maxProperties",
        "items",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minLength",
        "maxLength",
        "pattern",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
    }
)
# Keywords that constrain no value: words for readers and tools.
ANNOTATION_KEYWORDS = frozenset(
    {
        "description",
        "title",
        "examples",
        "example",
        "$comment",
        "externalDocs",
        "deprecated",
        "readOnly",
        "writeOnly",
        "default",
    }
)

# Where a schema holds other schemas: one, a list of them, or a map of them.
_ONE_SUBSCHEMA = ("items", "additionalProperties", "propertyNames", "not")
_SUBSCHEMA_LISTS = ("anyOf", "oneOf", "allOf", "prefixItems")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas")
_OTHER_SUBSCHEMAS = ("contains", "if", "then", "else", "unevaluatedItems", "unevaluatedProperties", "contentSchema")


def pointer(document: Document, ref: str) -> Any:
    """The node a local reference (``#/a/b``) points to; LookupError when it points nowhere."""
    if not ref.startswith("#/"):
        raise LookupError(f"cannot resolve {ref!r}: only references inside the document are used")
    node: Any = document
    for part in ref[2:].split("/"):
        key = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or key not in node:
            raise LookupError(f"cannot resolve {ref!r}: nothing at {key!r}")
        node = node[key]
    return node


def resolve(node: Schema, document: Document) -> Schema:
    """Follow ``$ref`` until a node without one (a chain of references is followed to its end)."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not isinstance(ref, str) or ref in seen:
            raise LookupError(f"cannot resolve schema reference {ref!r}: it refers to itself")
        seen.add(ref)
        node = pointer(document, ref)
    return node


def ref_name(schema: Any) -> str | None:
    """``Name`` for ``{"$ref": "#/components/schemas/Name"}``, else None."""
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if isinstance(ref, str) and ref.startswith(SCHEMA_REF_PREFIX):
        return ref[len(SCHEMA_REF_PREFIX) :]
    return None


@dataclass(frozen=True)
class SpecOperation:
    method: str  # upper case, as HTTP writes it
    path: str
    operation: Schema
    path_item: Schema

    @property
    def operation_id(self) -> str | None:
        found = self.operation.get("operationId")
        return found if isinstance(found, str) else None

    def parameters(self, document: Document) -> list[Schema]:
        """The path item's parameters, then the operation's own, references resolved."""
        listed = [*self.path_item.get("parameters", ()), *self.operation.get("parameters", ())]
        return [resolve(parameter, document) for parameter in listed]

    def request_body_schema(self, document: Document) -> Schema | None:
        """The JSON request body's schema as written (a reference stays one), or None without a JSON body."""
        body = self.operation.get("requestBody")
        if body is None:
            return None
        content = resolve(body, document).get("content", {}).get("application/json")
        schema = None if content is None else content.get("schema")
        return schema if isinstance(schema, dict) else None

    def success_contents(self, document: Document) -> Iterator[tuple[str, str, Schema]]:
        """(status, media type, schema) of each 2xx answer's content."""
        for status, response in self.operation.get("responses", {}).items():
            if not str(status).startswith("2"):
                continue
            for media_type, content in resolve(response, document).get("content", {}).items():
                if isinstance(content, dict) and isinstance(content.get("schema"), dict):
                    yield str(status), media_type, content["schema"]


def operations(document: Document) -> Iterator[SpecOperation]:
    """Every operation of the document, in the order the document lists them."""
    for path, item in document.get("paths", {}).items():
        if not isinstance(item, dict):
            continue
        for method, operation in item.items():
            if method in HTTP_METHODS and isinstance(operation, dict):
                yield SpecOperation(method.upper(), path, operation, item)


def is_null_schema(schema: Any, document: Document | None = None) -> bool:
    """Whether a union branch stands for null alone (``{type: "null"}``, possibly behind a reference)."""
    if not isinstance(schema, dict):
        return False
    if document is not None:
        schema = resolve(schema, document)
    return bool(schema.get("type") == "null")


def split_nullable(schema: Schema, document: Document | None = None) -> tuple[Schema, bool]:
    """(what a non-null value must meet, whether null is accepted too) of ``anyOf: [S, {type: null}]``.

    The spec writes "may be null" as such a two-branch union. Keywords beside
    the ``anyOf`` apply to the non-null value as well, so they are kept next
    to S's own. Any other schema comes back as it is, with False. Without a
    ``document`` a branch that is a reference is never taken for null.
    """
    branches = schema.get("anyOf")
    if not isinstance(branches, list) or len(branches) != 2:
        return schema, False
    nulls = [is_null_schema(branch, document) for branch in branches]
    if nulls.count(True) != 1:
        return schema, False
    other = branches[nulls.index(False)]
    if not isinstance(other, dict):
        return schema, False
    outer = {key: value for key, value in schema.items() if key != "anyOf"}
    return (outer | other if outer else other), True


def subschemas(schema: Schema) -> Iterator[tuple[str, Any]]:
    """(keyword path such as ``properties/name`` or ``anyOf/0``, subschema) of each schema directly inside."""
    for keyword in (*_ONE_SUBSCHEMA, *_OTHER_SUBSCHEMAS):
        if isinstance(schema.get(keyword), dict):
            yield keyword, schema[keyword]
    for keyword in _SUBSCHEMA_LISTS:
        for index, sub in enumerate(schema.get(keyword) or ()):
            yield f"{keyword}/{index}", sub
    for keyword in _SUBSCHEMA_MAPS:
        members = schema.get(keyword)
        if isinstance(members, dict):
            for name, sub in members.items():
                yield f"{keyword}/{name.replace('~', '~0').replace('/', '~1')}", sub


@dataclass(frozen=True)
class SchemaSite:
    """A schema node reached from a request, and where it is written in the document."""

    location: str  # a JSON pointer into the document, e.g. #/components/schemas/X/properties/n
    schema: Schema


def request_schemas(document: Document) -> Iterator[SchemaSite]:
    """Every schema node that a request body or parameter can reach, each once, through references too."""
    roots: list[tuple[str, Any]] = []
    for op in operations(document):
        base = f"#/paths/{op.path.replace('~', '~0').replace('/', '~1')}"
        for index, parameter in enumerate(op.path_item.get("parameters", ())):
            roots += _parameter_root(document, parameter, f"{base}/parameters/{index}")
        for index, parameter in enumerate(op.operation.get("parameters", ())):
            roots += _parameter_root(document, parameter, f"{base}/{op.method.lower()}/parameters/{index}")
        body = op.operation.get("requestBody")
        if isinstance(body, dict):
            where = body["$ref"] if "$ref" in body else f"{base}/{op.method.lower()}/requestBody"
            for media_type, content in resolve(body, document).get("content", {}).items():
                if isinstance(content, dict) and isinstance(content.get("schema"), dict):
                    roots.append((f"{where}/content/{media_type.replace('/', '~1')}/schema", content["schema"]))
    seen: set[str] = set()
    pending = list(reversed(roots))
    while pending:
        location, node = pending.pop()
        if not isinstance(node, dict):
            continue  # a boolean schema constrains by itself
        if location in seen:
            continue
        seen.add(location)
        yield SchemaSite(location, node)
        ref = node.get("$ref")
        if isinstance(ref, str):
            pending.append((ref, pointer(document, ref)))
        pending += [(f"{location}/{path}", sub) for path, sub in reversed(list(subschemas(node)))]


def _parameter_root(document: Document, parameter: Any, location: str) -> list[tuple[str, Any]]:
    if not isinstance(parameter, dict):
        return []
    if "$ref" in parameter:
        location = parameter["$ref"]
        parameter = resolve(parameter, document)
    schema = parameter.get("schema")
    return [(f"{location}/schema", schema)] if isinstance(schema, dict) else []


def unenforced_keywords(schema: Schema) -> list[str]:
    """The keywords of one schema node that constrain a value without the rule checker applying them."""
    return [keyword for keyword in schema if not _accounted_for(keyword)]


def _accounted_for(keyword: str) -> bool:
    if keyword in ENFORCED_KEYWORDS or keyword in ANNOTATION_KEYWORDS or keyword in X_C1_KEYS:
        return True
    # Other tools' extensions are theirs; an x-c1-* key nothing knows is a rule that would go unchecked.
    return keyword.startswith("x-") and not keyword.startswith(X_C1_PREFIX)
