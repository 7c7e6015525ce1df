"""What the local server remembers: stored responses, conversations and their items.

It lives in memory, for the life of the server. Requests are handled one at a
time on the server's event loop and nothing here awaits, so no lock is needed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, partial
from typing import Any

from .._lib import spec
from .errors import ApiError, not_found
from .items import Item, new_id, stored_item
from .turns import Turn

# The operations whose answers are kept, by id, to be read or deleted again.
KEEPING_OPERATIONS = ("createResponse",)
Answer = Callable[[], dict[str, Any]]


def collection_of(operation_id: str) -> str:
    """The spec path an operation creates things in; one of them is at `<path>/{id}`."""
    return spec.operations()[operation_id][1]


@cache
def kept_collections() -> frozenset[str]:
    return frozenset(collection_of(name) for name in KEEPING_OPERATIONS if name in spec.operations())


@dataclass(frozen=True)
class StoredResponse:
    """A response kept for ``previous_response_id``: only its own turns, and a link to the one before."""

    id: str
    previous: StoredResponse | None
    turns: tuple[Turn, ...]

    def history(self) -> list[Turn]:
        chain: list[StoredResponse] = []
        node: StoredResponse | None = self
        while node is not None:
            chain.append(node)
            node = node.previous
        return [turn for stored in reversed(chain) for turn in stored.turns]


@dataclass
class Conversation:
    id: str
    created_at: int
    metadata: dict[str, str] | None
    items: list[Item] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "object": "conversation", "created_at": self.created_at, "metadata": self.metadata}


class Store:
    def __init__(self) -> None:
        self.responses: dict[str, StoredResponse] = {}
        self.conversations: dict[str, Conversation] = {}
        # Every item that was stored anywhere, for `item_reference` inputs.
        self.items: dict[str, Item] = {}
        # What a keeping operation answered, by collection and id; each is written when it is read.
        self.kept: dict[str, dict[str, Answer]] = {collection: {} for collection in kept_collections()}

    def keep(self, collection: str, object_id: str, answer: Answer) -> None:
        self.kept[collection][object_id] = answer

    def forget(self, collection: str, object_id: str) -> None:
        del self.kept[collection][object_id]
        # A deleted response is gone for previous_response_id too.
        self.responses.pop(object_id, None)

    # --- responses ---------------------------------------------------------
    def save_response(self, response: StoredResponse) -> None:
        self.responses[response.id] = response

    def response(self, response_id: str) -> StoredResponse:
        found = self.responses.get(response_id)
        if found is None:
            raise ApiError(
                404,
                f"Previous response with id {response_id!r} not found. Only responses created with store: true "
                "are kept.",
                param="previous_response_id",
                code="previous_response_not_found",
            )
        return found

    def remember(self, items: Iterable[Item]) -> None:
        for item in items:
            self.items[item["id"]] = item

    def item(self, item_id: str, param: str) -> Item:
        found = self.items.get(item_id)
        if found is None:
            raise not_found("item", item_id, param, "item_not_found")
        return found

    # --- conversations -----------------------------------------------------
    def create_conversation(self, metadata: dict[str, str] | None, items: Iterable[Any]) -> Conversation:
        conversation = Conversation(new_id("conv_"), int(time.time()), metadata if metadata is not None else {})
        self.conversations[conversation.id] = conversation
        self.add_items(conversation, items, "items")
        return conversation

    def conversation(self, conversation_id: str, param: str = "conversation_id") -> Conversation:
        found = self.conversations.get(conversation_id)
        if found is None:
            raise not_found("conversation", conversation_id, param, "conversation_not_found")
        return found

    def delete_conversation(self, conversation_id: str) -> None:
        self.conversation(conversation_id)
        del self.conversations[conversation_id]

    def add_items(self, conversation: Conversation, items: Iterable[Any], param: str) -> list[Item]:
        added: list[Item] = []
        for index, item in enumerate(items):
            where = f"{param}[{index}].id"
            added.append(stored_item(item, partial(self.item, param=where)))
        conversation.items.extend(added)
        self.remember(added)
        return added

    def append_to_conversation(self, conversation: Conversation, items: Iterable[Item]) -> None:
        stored = list(items)
        conversation.items.extend(stored)
        self.remember(stored)

    def conversation_item(self, conversation: Conversation, item_id: str) -> Item:
        for item in conversation.items:
            if item["id"] == item_id:
                return item
        raise not_found("item", item_id, "item_id", "item_not_found")

    def delete_item(self, conversation: Conversation, item_id: str) -> None:
        item = self.conversation_item(conversation, item_id)
        conversation.items.remove(item)

    def page(self, conversation: Conversation, after: str | None, limit: int, order: str) -> tuple[list[Item], bool]:
        """One page of items in ``order``, starting past ``after``; and whether more follow."""
        ordered = conversation.items if order == "asc" else conversation.items[::-1]
        start = 0
        if after is not None:
            positions = [index for index, item in enumerate(ordered) if item["id"] == after]
            if not positions:
                raise ApiError(
                    400,
                    f"after: no item with id {after!r} in conversation {conversation.id!r}.",
                    param="after",
                    code="invalid_value",
                )
            start = positions[0] + 1
        page = ordered[start : start + limit]
        return page, start + limit < len(ordered)
