"""The Conversations API: conversations and their items, listed by cursor pages."""

from __future__ import annotations

from typing import Any

from starlette.responses import Response

from .items import Item
from .request_context import Call
from .wire import to_bytes

DEFAULT_PAGE_SIZE = 20
DEFAULT_ORDER = "desc"


def _json(value: Any) -> Response:
    return Response(to_bytes(value), media_type="application/json")


def _item_list(items: list[Item], has_more: bool) -> dict[str, Any]:
    return {
        "object": "list",
        "data": items,
        "has_more": has_more,
        "first_id": items[0]["id"] if items else None,
        "last_id": items[-1]["id"] if items else None,
    }


def create_conversation(call: Call) -> Response:
    body = call.body or {}
    conversation = call.store.create_conversation(body.get("metadata"), body.get("items") or ())
    return _json(conversation.as_json())


def retrieve_conversation(call: Call) -> Response:
    return _json(call.store.conversation(call.path_params["conversation_id"]).as_json())


def update_conversation(call: Call) -> Response:
    conversation = call.store.conversation(call.path_params["conversation_id"])
    metadata = call.body["metadata"]
    conversation.metadata = metadata if metadata is not None else {}
    return _json(conversation.as_json())


def delete_conversation(call: Call) -> Response:
    conversation_id = call.path_params["conversation_id"]
    call.store.delete_conversation(conversation_id)
    return _json({"id": conversation_id, "object": "conversation.deleted", "deleted": True})


def create_conversation_items(call: Call) -> Response:
    conversation = call.store.conversation(call.path_params["conversation_id"])
    added = call.store.add_items(conversation, call.body["items"], "items")
    return _json(_item_list(added, False))


def list_conversation_items(call: Call) -> Response:
    conversation = call.store.conversation(call.path_params["conversation_id"])
    page, has_more = call.store.page(
        conversation,
        call.query.get("after"),
        call.query.get("limit", DEFAULT_PAGE_SIZE),
        call.query.get("order", DEFAULT_ORDER),
    )
    return _json(_item_list(page, has_more))


def retrieve_conversation_item(call: Call) -> Response:
    conversation = call.store.conversation(call.path_params["conversation_id"])
    return _json(call.store.conversation_item(conversation, call.path_params["item_id"]))


def delete_conversation_item(call: Call) -> Response:
    conversation = call.store.conversation(call.path_params["conversation_id"])
    call.store.delete_item(conversation, call.path_params["item_id"])
    return _json(conversation.as_json())
