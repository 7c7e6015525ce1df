"""``client.conversations`` and ``client.conversations.items``: the Conversations API."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Unpack

from ..options import RequestOptions, split_options
from ..pagination import AsyncCursorPage, AsyncPaginator, CursorPage
from ..raw_response import WithRawResponse

if TYPE_CHECKING:
    from ..._generated.models import Conversation, ConversationDeleted, ConversationItemList
    from ..._generated.unions import ConversationItem
    from ..call_types import ConversationCreateArgs, ConversationItemsCreateArgs, ConversationUpdateArgs
    from ..client import C1, AsyncC1

Order = Literal["asc", "desc"]


class Conversations(WithRawResponse):
    def __init__(self, client: C1) -> None:
        self._client = client
        self.items = ConversationItems(client)

    def create(self, **kwargs: Unpack[ConversationCreateArgs]) -> Conversation:
        """Create a conversation, optionally with first items and metadata."""
        body, options = split_options(dict(kwargs))
        result: Conversation = self._client._request("createConversation", body=body, options=options)
        return result

    def retrieve(self, conversation_id: str, **options: Unpack[RequestOptions]) -> Conversation:
        result: Conversation = self._client._request(
            "retrieveConversation", path_params={"conversation_id": conversation_id}, options=options
        )
        return result

    def update(self, conversation_id: str, **kwargs: Unpack[ConversationUpdateArgs]) -> Conversation:
        """Replace the conversation's metadata."""
        body, options = split_options(dict(kwargs))
        result: Conversation = self._client._request(
            "updateConversation", path_params={"conversation_id": conversation_id}, body=body, options=options
        )
        return result

    def delete(self, conversation_id: str, **options: Unpack[RequestOptions]) -> ConversationDeleted:
        result: ConversationDeleted = self._client._request(
            "deleteConversation", path_params={"conversation_id": conversation_id}, options=options
        )
        return result


class ConversationItems(WithRawResponse):
    def __init__(self, client: C1) -> None:
        self._client = client

    def create(
        self,
        conversation_id: str,
        *,
        include: Sequence[str] | None = None,
        **kwargs: Unpack[ConversationItemsCreateArgs],
    ) -> ConversationItemList:
        """Append items (at most 20) to a conversation."""
        body, options = split_options(dict(kwargs))
        result: ConversationItemList = self._client._request(
            "createConversationItems",
            path_params={"conversation_id": conversation_id},
            query={"include": include},
            body=body,
            options=options,
        )
        return result

    def retrieve(
        self,
        conversation_id: str,
        item_id: str,
        *,
        include: Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> ConversationItem:
        result: ConversationItem = self._client._request(
            "retrieveConversationItem",
            path_params={"conversation_id": conversation_id, "item_id": item_id},
            query={"include": include},
            options=options,
        )
        return result

    def delete(self, conversation_id: str, item_id: str, **options: Unpack[RequestOptions]) -> Conversation:
        """Remove an item; the answer is the conversation it was removed from."""
        result: Conversation = self._client._request(
            "deleteConversationItem",
            path_params={"conversation_id": conversation_id, "item_id": item_id},
            options=options,
        )
        return result

    # Last in the class: a method named `list` would shadow the builtin in annotations below it.
    def list(
        self,
        conversation_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Order | None = None,
        include: Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> CursorPage[ConversationItem]:
        """One page of items; iterating it walks every page after it too."""
        query: dict[str, Any] = {"after": after, "limit": limit, "order": order, "include": include}

        def fetch(cursor: str | None, seen: frozenset[str]) -> CursorPage[ConversationItem]:
            page = self._client._request(
                "listConversationItems",
                path_params={"conversation_id": conversation_id},
                query={**query, "after": cursor},
                options=options,
            )
            return CursorPage(page, fetch, seen)

        return fetch(after, frozenset(() if after is None else (after,)))


class AsyncConversations(WithRawResponse):
    def __init__(self, client: AsyncC1) -> None:
        self._client = client
        self.items = AsyncConversationItems(client)

    async def create(self, **kwargs: Unpack[ConversationCreateArgs]) -> Conversation:
        body, options = split_options(dict(kwargs))
        result: Conversation = await self._client._request("createConversation", body=body, options=options)
        return result

    async def retrieve(self, conversation_id: str, **options: Unpack[RequestOptions]) -> Conversation:
        result: Conversation = await self._client._request(
            "retrieveConversation", path_params={"conversation_id": conversation_id}, options=options
        )
        return result

    async def update(self, conversation_id: str, **kwargs: Unpack[ConversationUpdateArgs]) -> Conversation:
        body, options = split_options(dict(kwargs))
        result: Conversation = await self._client._request(
            "updateConversation", path_params={"conversation_id": conversation_id}, body=body, options=options
        )
        return result

    async def delete(self, conversation_id: str, **options: Unpack[RequestOptions]) -> ConversationDeleted:
        result: ConversationDeleted = await self._client._request(
            "deleteConversation", path_params={"conversation_id": conversation_id}, options=options
        )
        return result


class AsyncConversationItems(WithRawResponse):
    def __init__(self, client: AsyncC1) -> None:
        self._client = client

    async def create(
        self,
        conversation_id: str,
        *,
        include: Sequence[str] | None = None,
        **kwargs: Unpack[ConversationItemsCreateArgs],
    ) -> ConversationItemList:
        body, options = split_options(dict(kwargs))
        result: ConversationItemList = await self._client._request(
            "createConversationItems",
            path_params={"conversation_id": conversation_id},
            query={"include": include},
            body=body,
            options=options,
        )
        return result

    async def retrieve(
        self,
        conversation_id: str,
        item_id: str,
        *,
        include: Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> ConversationItem:
        result: ConversationItem = await self._client._request(
            "retrieveConversationItem",
            path_params={"conversation_id": conversation_id, "item_id": item_id},
            query={"include": include},
            options=options,
        )
        return result

    async def delete(self, conversation_id: str, item_id: str, **options: Unpack[RequestOptions]) -> Conversation:
        result: Conversation = await self._client._request(
            "deleteConversationItem",
            path_params={"conversation_id": conversation_id, "item_id": item_id},
            options=options,
        )
        return result

    def list(
        self,
        conversation_id: str,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Order | None = None,
        include: Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ConversationItem]:
        """Await it for the first page, or ``async for`` over every item of every page."""
        query: dict[str, Any] = {"after": after, "limit": limit, "order": order, "include": include}

        async def fetch(cursor: str | None, seen: frozenset[str]) -> AsyncCursorPage[ConversationItem]:
            page = await self._client._request(
                "listConversationItems",
                path_params={"conversation_id": conversation_id},
                query={**query, "after": cursor},
                options=options,
            )
            return AsyncCursorPage(page, fetch, seen)

        return AsyncPaginator(lambda: fetch(after, frozenset(() if after is None else (after,))))
