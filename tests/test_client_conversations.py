"""The Conversations API through C1 / AsyncC1, with auto-pagination over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from client_helpers import MODEL

from thesys_c1 import C1, AsyncC1, NotFoundError
from thesys_c1.testing import LocalC1
from thesys_c1.types import ConversationMessage


@pytest.fixture
def client(local_c1: LocalC1) -> Iterator[C1]:
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key) as client:
        yield client


def _messages(count: int, start: int = 0) -> list[Any]:
    return [{"type": "message", "role": "user", "content": f"note {start + i}"} for i in range(count)]


def test_create_retrieve_update_delete(client: C1) -> None:
    created = client.conversations.create(metadata={"topic": "geography"})
    assert created.object == "conversation"
    assert created.id.startswith("conv")

    fetched = client.conversations.retrieve(created.id)
    assert fetched.id == created.id
    assert fetched.to_dict()["metadata"] == {"topic": "geography"}

    updated = client.conversations.update(created.id, metadata={"topic": "history"})
    assert updated.to_dict()["metadata"] == {"topic": "history"}

    deleted = client.conversations.delete(created.id)
    assert deleted.deleted is True
    assert deleted.object == "conversation.deleted"
    with pytest.raises(NotFoundError):
        client.conversations.retrieve(created.id)


def test_items_create_retrieve_delete(client: C1) -> None:
    conversation = client.conversations.create()
    added = client.conversations.items.create(conversation.id, items=_messages(2))
    assert [item.type for item in added.data] == ["message", "message"]

    first = added.data[0]
    assert isinstance(first, ConversationMessage)
    item = client.conversations.items.retrieve(conversation.id, first.id)
    assert isinstance(item, ConversationMessage)
    assert item.role == "user"
    assert item.to_dict()["content"][0]["text"] == "note 0"

    after = client.conversations.items.delete(conversation.id, first.id)
    assert after.id == conversation.id
    with pytest.raises(NotFoundError):
        client.conversations.items.retrieve(conversation.id, first.id)


def test_iterating_a_list_walks_every_page(client: C1, local_c1: LocalC1) -> None:
    conversation = client.conversations.create(items=_messages(20))
    client.conversations.items.create(conversation.id, items=_messages(5, start=20))
    local_c1.clear_requests()

    page = client.conversations.items.list(conversation.id, limit=10, order="asc")
    assert len(page.data) == 10
    assert page.has_next_page()
    texts = [item.to_dict()["content"][0]["text"] for item in page]

    assert texts == [f"note {i}" for i in range(25)]
    lists = [request for request in local_c1.requests if request.method == "GET"]
    assert len(lists) == 3  # pages of 10, 10 and 5


def test_page_by_page(client: C1) -> None:
    conversation = client.conversations.create(items=_messages(7))
    pages = list(client.conversations.items.list(conversation.id, limit=3, order="asc").iter_pages())
    assert [len(page.data) for page in pages] == [3, 3, 1]
    assert not pages[-1].has_next_page()
    with pytest.raises(LookupError):
        pages[-1].get_next_page()
    second = pages[0].get_next_page()
    assert second.first_id == pages[1].first_id


async def test_async_pagination(local_c1: LocalC1) -> None:
    async with AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key) as client:
        conversation = await client.conversations.create(items=_messages(12))
        first = await client.conversations.items.list(conversation.id, limit=5, order="desc")
        assert len(first.data) == 5 and first.has_next_page()
        everything = [item async for item in client.conversations.items.list(conversation.id, limit=5, order="desc")]
        texts = [item.to_dict()["content"][0]["text"] for item in everything]
        assert texts == [f"note {i}" for i in reversed(range(12))]
        await client.conversations.update(conversation.id, metadata={"done": "yes"})
        assert (await client.conversations.delete(conversation.id)).deleted is True


def test_responses_stored_in_a_conversation_become_its_items(client: C1) -> None:
    conversation = client.conversations.create()
    client.responses.create(model=MODEL, input="What is the capital of France?", conversation=conversation.id)
    items = list(client.conversations.items.list(conversation.id, order="asc"))
    assert [(item.type, getattr(item, "role", None)) for item in items] == [
        ("message", "user"),
        ("message", "assistant"),
    ]
