"""The generated operation table and resource layer: where each operation sits and what the runtime reads."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path
from typing import Any

from generator.pipeline.operation_table import OperationTableError, operation_entries
from thesys_c1 import C1, AsyncC1
from thesys_c1._generated import operations
from thesys_c1._lib import spec

# Today's public API, as literals: the generated layer must keep it (an operation the spec gains since
# gets the place its path names, which the test below finds on the client too).
PUBLIC_PLACES = {
    "createChatCompletion": "chat.completions.create",
    "createResponse": "responses.create",
    "createConversation": "conversations.create",
    "retrieveConversation": "conversations.retrieve",
    "updateConversation": "conversations.update",
    "deleteConversation": "conversations.delete",
    "createConversationItems": "conversations.items.create",
    "listConversationItems": "conversations.items.list",
    "retrieveConversationItem": "conversations.items.retrieve",
    "deleteConversationItem": "conversations.items.delete",
}


def test_every_operation_of_the_spec_has_its_public_place_sync_and_async() -> None:
    entries = operation_entries(spec.effective_spec())
    places = {e.operation_id: ".".join((*e.resource, e.method_name)) for e in entries}
    assert len(places) == len(entries) == len(spec.operations()), "one place per operation of the spec"
    kept = {operation_id: places.get(operation_id) for operation_id in PUBLIC_PLACES}
    assert kept == PUBLIC_PLACES, "today's operations keep their places"
    sync, asynchronous = C1(api_key="k"), AsyncC1(api_key="k")
    for place in places.values():
        sync_method: Any = sync
        async_method: Any = asynchronous
        for part in place.split("."):
            sync_method, async_method = getattr(sync_method, part), getattr(async_method, part)
        assert not inspect.iscoroutinefunction(sync_method), place
        # A list is awaited for its first page or iterated with `async for`; it is no coroutine itself.
        assert inspect.iscoroutinefunction(async_method) == (not place.endswith(".list")), place
        assert inspect.signature(sync_method).parameters == inspect.signature(async_method).parameters, place


def test_the_table_states_what_the_spec_says_of_each_operation() -> None:
    document = spec.effective_spec()
    for operation_id, (method, path, operation) in spec.operations().items():
        entry = operations.OPERATIONS[operation_id]
        assert (entry.method, entry.path) == (method, path)
        parameters = [
            spec.resolve(p) for p in [*document["paths"][path].get("parameters", ()), *operation.get("parameters", ())]
        ]
        assert entry.path_params == tuple(p["name"] for p in parameters if p["in"] == "path")
        assert list(entry.query_params) == [p["name"] for p in parameters if p["in"] == "query"]
        assert entry.has_body == ("requestBody" in operation)
        streams = any(
            "text/event-stream" in spec.resolve(r).get("content", {}) for r in operation["responses"].values()
        )
        assert (entry.event_schema is not None) == streams, operation_id
    assert operations.CREATE_RESPONSE.event_schema == "ResponseStreamEvent"
    assert operations.LIST_CONVERSATION_ITEMS.result_schema == "ConversationItemList"


def test_sync_and_async_classes_come_in_pairs_with_the_same_methods(repo: Path) -> None:
    tree = ast.parse((repo / "generated" / "thesys_c1" / "_generated" / "resources.py").read_text())
    classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
    sync_names = [name for name in classes if not name.startswith("Async")]
    assert sync_names and {f"Async{name}" for name in sync_names} == set(classes) - set(sync_names)

    def methods(node: ast.ClassDef) -> list[str]:
        return [item.name for item in node.body if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))]

    for name in sync_names:
        assert methods(classes[name]) == methods(classes[f"Async{name}"]), name


def test_a_path_that_names_no_resource_is_refused() -> None:
    document = {
        "paths": {"/{id}": {"get": {"operationId": "getThing", "responses": {}}}},
        "components": {"schemas": {}},
    }
    try:
        operation_entries(document)
    except OperationTableError as error:
        assert str(error) == "getThing (GET /{id}): its path does not name a resource in lowercase words"
    else:
        raise AssertionError("a path without a resource name was accepted")
