"""The spec library that the runtime and the generator share."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.speclib import SPECDOC_FILE
from thesys_c1._lib import specdoc

REPO = Path(__file__).resolve().parent.parent
INT: dict[str, Any] = {"type": "integer"}
NULL_REF: dict[str, Any] = {"$ref": "#/components/schemas/Null"}
QUERY = {"name": "q", "in": "query", "schema": {"type": "string"}}

DOCUMENT: dict[str, Any] = {
    "paths": {
        "/things/{id}": {
            "parameters": [{"$ref": "#/components/parameters/Id"}],
            "summary": "not an operation",
            "get": {
                "operationId": "getThing",
                "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}],
            },
            "post": {
                "operationId": "updateThing",
                "requestBody": {"$ref": "#/components/requestBodies/Thing"},
                "responses": {
                    "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Answer"}}}},
                    "400": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
                },
            },
        }
    },
    "components": {
        "parameters": {"Id": {"name": "id", "in": "path", "schema": {"$ref": "#/components/schemas/Id"}}},
        "requestBodies": {
            "Thing": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}
        },
        "schemas": {
            "Id": {"type": "string", "minLength": 1},
            "Null": {"type": "null"},
            "Alias": {"$ref": "#/components/schemas/Id"},
            "Loop": {"$ref": "#/components/schemas/Loop"},
            "Thing": {
                "type": "object",
                "properties": {
                    "name": {"anyOf": [{"type": "null"}, {"$ref": "#/components/schemas/Alias"}]},
                    "self": {"$ref": "#/components/schemas/Thing"},
                },
            },
            "Answer": {"type": "object", "properties": {"id": {"type": "string"}}},
            "Error": {"type": "object"},
        },
    },
}


def test_references_are_followed_to_the_end_and_loops_refused() -> None:
    assert specdoc.resolve({"$ref": "#/components/schemas/Alias"}, DOCUMENT) == {"type": "string", "minLength": 1}
    with pytest.raises(LookupError, match="Loop"):
        specdoc.resolve({"$ref": "#/components/schemas/Loop"}, DOCUMENT)
    with pytest.raises(LookupError, match="nothing at 'Gone'"):
        specdoc.resolve({"$ref": "#/components/schemas/Gone"}, DOCUMENT)


def test_operations_are_the_http_methods_with_the_path_items_parameters_first() -> None:
    found = list(specdoc.operations(DOCUMENT))
    assert [(op.method, op.operation_id) for op in found] == [("GET", "getThing"), ("POST", "updateThing")]
    assert [p["name"] for p in found[0].parameters(DOCUMENT)] == ["id", "q"]
    assert found[1].request_body_schema(DOCUMENT) == {"$ref": "#/components/schemas/Thing"}
    assert [status for status, _, _ in found[1].success_contents(DOCUMENT)] == ["200"]


@pytest.mark.parametrize(
    ("schema", "document", "expected"),
    [
        ({"anyOf": [{"type": "integer"}, {"type": "null"}]}, None, ({"type": "integer"}, True)),
        (
            {"anyOf": [{"type": "null"}, {"type": "integer"}], "minimum": 1},
            None,
            ({"minimum": 1, "type": "integer"}, True),
        ),
        (
            {"anyOf": [{"type": "integer"}, {"$ref": "#/components/schemas/Null"}]},
            DOCUMENT,
            ({"type": "integer"}, True),
        ),
        ({"anyOf": [{"type": "integer"}, {"$ref": "#/components/schemas/Null"}]}, None, None),
        ({"anyOf": [{"type": "integer"}, {"type": "string"}, {"type": "null"}]}, None, None),
        ({"type": "integer"}, None, None),
    ],
    ids=["null last", "null first, keywords beside", "null by reference", "no document", "three forms", "no union"],
)
def test_split_nullable(schema: dict[str, Any], document: Any, expected: Any) -> None:
    assert specdoc.split_nullable(schema, document) == (expected or (schema, False))


def test_request_schemas_reach_through_references_once_and_leave_answers_out() -> None:
    locations = [site.location for site in specdoc.request_schemas(DOCUMENT)]
    assert len(locations) == len(set(locations))
    components = {where.rsplit("/", 1)[1] for where in locations if where.count("/") == 3}
    assert components == {"Id", "Alias", "Thing"}, "Null, Answer and Error are no request's"
    assert "#/components/schemas/Thing/properties/name/anyOf/1" in locations
    assert "#/components/parameters/Id/schema" in locations
    assert not any("Answer" in where or "Error" in where for where in locations)


def test_only_constraints_nobody_enforces_are_reported() -> None:
    schema = {"type": "string", "description": "d", "x-tool": 1, "x-c1-rule": "r", "format": "email", "x-c1-typo": 2}
    assert specdoc.unenforced_keywords(schema) == ["format", "x-c1-typo"]


def test_the_generator_loads_this_file_without_importing_the_package() -> None:
    code = "import sys, generator.speclib as s; print(s.specdoc.X_C1_RULE, 'thesys_c1' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, env={"PYTHONPATH": ""}, check=True
    )
    assert done.stdout.split() == ["x-c1-rule", "False"]
    assert SPECDOC_FILE == REPO / "src" / "thesys_c1" / "_lib" / "specdoc.py"
