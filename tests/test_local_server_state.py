"""What the local server remembers: stored responses, conversations and their items."""

from __future__ import annotations

from typing import Any

import c1_content
import httpx
import pytest
from c1_schemas import SpecSchemas

RESPONSES = "/v1/embed/responses"


def _respond(http: httpx.Client, schema_check: SpecSchemas, **body: Any) -> dict[str, Any]:
    response = http.post(RESPONSES, json={"model": "c1/test", **body})
    assert response.status_code == 200, response.text
    payload: dict[str, Any] = response.json()
    schema_check.check("Response", payload)
    return payload


def _shown(response: dict[str, Any]) -> str:
    return c1_content.texts(c1_content.check_renderable(response["output"][0]["content"][0]["text"]))


def test_a_chain_of_previous_response_ids_keeps_the_whole_history(
    http: httpx.Client, schema_check: SpecSchemas
) -> None:
    first = _respond(http, schema_check, input="Name a river in Germany.")
    second = _respond(http, schema_check, input="How long is it?", previous_response_id=first["id"])
    third = _respond(http, schema_check, input="Which cities lie on it?", previous_response_id=second["id"])
    shown = _shown(third)
    for question in ("Name a river in Germany.", "How long is it?", "Which cities lie on it?"):
        assert question in shown
    assert third["previous_response_id"] == second["id"] and third["store"] is True


def test_responses_are_stored_by_default_and_not_with_store_false(
    http: httpx.Client, schema_check: SpecSchemas
) -> None:
    kept = _respond(http, schema_check, input="one")
    assert _respond(http, schema_check, input="two", previous_response_id=kept["id"])["status"] == "completed"
    dropped = _respond(http, schema_check, input="three", store=False)
    follow = http.post(RESPONSES, json={"model": "m", "input": "four", "previous_response_id": dropped["id"]})
    assert follow.status_code == 404


@pytest.mark.parametrize("prefix", ["/v1", ""])
def test_conversation_create_retrieve_update_delete(http: httpx.Client, schema_check: SpecSchemas, prefix: str) -> None:
    created = http.post(f"{prefix}/conversations", json={"metadata": {"topic": "rivers"}})
    assert created.status_code == 200
    conversation = created.json()
    schema_check.check("Conversation", conversation)
    assert conversation["metadata"] == {"topic": "rivers"} and conversation["object"] == "conversation"
    path = f"{prefix}/conversations/{conversation['id']}"

    assert http.get(path).json() == conversation
    updated = http.post(path, json={"metadata": {"topic": "lakes"}}).json()
    schema_check.check("Conversation", updated)
    assert updated["metadata"] == {"topic": "lakes"} and http.get(path).json()["metadata"] == {"topic": "lakes"}

    deleted = http.delete(path).json()
    schema_check.check("ConversationDeleted", deleted)
    assert deleted == {"id": conversation["id"], "object": "conversation.deleted", "deleted": True}
    assert http.get(path).status_code == 404


def test_a_conversation_without_a_body_starts_empty(http: httpx.Client, schema_check: SpecSchemas) -> None:
    response = http.post("/conversations")
    assert response.status_code == 200
    conversation = response.json()
    schema_check.check("Conversation", conversation)
    items = http.get(f"/conversations/{conversation['id']}/items").json()
    assert items == {"object": "list", "data": [], "has_more": False, "first_id": None, "last_id": None}


def _message(text: str, role: str = "user") -> dict[str, Any]:
    return {"type": "message", "role": role, "content": text}


def test_items_are_created_listed_in_pages_retrieved_and_deleted(http: httpx.Client, schema_check: SpecSchemas) -> None:
    conversation = http.post("/v1/conversations", json={"items": [_message("first")]}).json()
    base = f"/v1/conversations/{conversation['id']}/items"
    added = http.post(base, json={"items": [_message(f"item {n}") for n in range(1, 5)]})
    assert added.status_code == 200
    page = added.json()
    schema_check.check("ConversationItemList", page)
    assert [item["content"][0]["text"] for item in page["data"]] == ["item 1", "item 2", "item 3", "item 4"]
    assert page["first_id"] == page["data"][0]["id"] and page["last_id"] == page["data"][-1]["id"]

    def texts(query: str) -> tuple[list[str], bool, str | None]:
        listing = http.get(f"{base}?{query}").json()
        schema_check.check("ConversationItemList", listing)
        for item in listing["data"]:
            schema_check.check_variant("ConversationItem", item)
        return [item["content"][0]["text"] for item in listing["data"]], listing["has_more"], listing["last_id"]

    everything, more, _ = texts("order=asc")
    assert everything == ["first", "item 1", "item 2", "item 3", "item 4"] and not more
    newest, more, last = texts("limit=2")  # newest first by default
    assert newest == ["item 4", "item 3"] and more
    following, more, _ = texts(f"limit=2&after={last}")
    assert following == ["item 2", "item 1"] and more
    head, more, last = texts("order=asc&limit=3")
    assert head == ["first", "item 1", "item 2"] and more
    assert texts(f"order=asc&limit=3&after={last}")[:2] == (["item 3", "item 4"], False)

    item_id = page["data"][1]["id"]
    item = http.get(f"{base}/{item_id}").json()
    assert item["id"] == item_id and item["content"][0]["text"] == "item 2"
    after_delete = http.delete(f"{base}/{item_id}").json()
    schema_check.check("Conversation", after_delete)
    assert after_delete["id"] == conversation["id"]
    assert http.get(f"{base}/{item_id}").status_code == 404
    assert texts("order=asc")[0] == ["first", "item 1", "item 3", "item 4"]


def test_items_create_takes_at_most_twenty(http: httpx.Client) -> None:
    conversation = http.post("/v1/conversations", json={}).json()
    base = f"/v1/conversations/{conversation['id']}/items"
    assert http.post(base, json={"items": [_message(str(n)) for n in range(20)]}).status_code == 200
    refused = http.post(base, json={"items": [_message(str(n)) for n in range(21)]})
    assert refused.status_code == 400 and refused.json()["error"]["param"] == "items"
    assert http.post(base, json={"items": []}).status_code == 400
    assert http.post("/v1/conversations", json={"items": [_message(str(n)) for n in range(21)]}).status_code == 400


def test_a_response_in_a_conversation_appends_its_input_and_output(
    http: httpx.Client, schema_check: SpecSchemas
) -> None:
    conversation = http.post("/v1/conversations", json={"items": [_message("Be brief.", "developer")]}).json()
    response = _respond(
        http,
        schema_check,
        conversation=conversation["id"],
        input=[_message("What is C1?"), _message("Answer in one card.")],
    )
    assert response["conversation"] == {"id": conversation["id"]}
    listing = http.get(f"/v1/conversations/{conversation['id']}/items?order=asc").json()
    schema_check.check("ConversationItemList", listing)
    roles = [(item["type"], item["role"]) for item in listing["data"]]
    assert roles == [("message", "developer"), ("message", "user"), ("message", "user"), ("message", "assistant")]
    stored_answer = listing["data"][-1]
    assert stored_answer["id"] == response["output"][0]["id"]
    assert stored_answer["content"][0]["text"] == response["output"][0]["content"][0]["text"]


def test_function_calls_and_outputs_are_kept_in_a_conversation(http: httpx.Client, schema_check: SpecSchemas) -> None:
    tools = [{"type": "function", "name": "get_time", "parameters": {"type": "object", "properties": {}}}]
    conversation = http.post("/v1/conversations", json={}).json()
    first = _respond(http, schema_check, conversation={"id": conversation["id"]}, input="call get_time", tools=tools)
    call = first["output"][0]
    schema_check.check_variant("ResponseOutputItem", call)
    assert call["type"] == "function_call" and call["name"] == "get_time"
    output = {"type": "function_call_output", "call_id": call["call_id"], "output": "12:30"}
    second = _respond(http, schema_check, conversation={"id": conversation["id"]}, input=[output], tools=tools)
    assert "12:30" in _shown(second)
    listing = http.get(f"/v1/conversations/{conversation['id']}/items?order=asc").json()
    assert [item["type"] for item in listing["data"]] == ["message", "function_call", "function_call_output", "message"]
    for item in listing["data"]:
        schema_check.check_variant("ConversationItem", item)


def test_an_item_reference_brings_a_stored_item_into_the_input(http: httpx.Client, schema_check: SpecSchemas) -> None:
    conversation = http.post("/v1/conversations", json={"items": [_message("What is the tallest mountain?")]}).json()
    item_id = http.get(f"/v1/conversations/{conversation['id']}/items").json()["data"][0]["id"]
    response = _respond(http, schema_check, input=[{"type": "item_reference", "id": item_id}])
    assert "What is the tallest mountain?" in _shown(response)
