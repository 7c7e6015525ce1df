"""The client's resources and their methods, one per operation of the effective spec, sync and async."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

from .._lib.arguments import flag
from .._lib.options import RequestOptions, split_options
from .._lib.pagination import AsyncCursorPage, AsyncPaginator, CursorPage
from .._lib.raw_response import WithRawResponse
from .._lib.stream_helpers import (
    AsyncChatCompletionEventStream,
    AsyncStreamManager,
    ChatCompletionEventStream,
    StreamManager,
)
from .._lib.streaming import (
    AsyncChatCompletionStream,
    AsyncResponseStream,
    ChatChunkReader,
    ChatCompletionStream,
    ResponseEventReader,
    ResponseStream,
)
from . import operations as _operations

if TYPE_CHECKING:
    from .._lib.client import C1, AsyncC1
    from .models import (
        ChatCompletion,
        Conversation,
        ConversationDeleted,
        ConversationItemList,
        ResponseObject,
        ResponseUnknownOutputItem,
    )
    from .params import (
        CreateChatCompletionParams,
        CreateConversationItemsParams,
        CreateConversationParams,
        CreateResponseParams,
        UpdateConversationParams,
    )
    from .unions import ConversationItem

    class CreateChatCompletionArgs(CreateChatCompletionParams, RequestOptions):
        """Keyword arguments of `createChatCompletion`: its request body and the per-call options."""

    class CreateConversationArgs(CreateConversationParams, RequestOptions):
        """Keyword arguments of `createConversation`: its request body and the per-call options."""

    class UpdateConversationArgs(UpdateConversationParams, RequestOptions):
        """Keyword arguments of `updateConversation`: its request body and the per-call options."""

    class CreateConversationItemsArgs(CreateConversationItemsParams, RequestOptions):
        """Keyword arguments of `createConversationItems`: its request body and the per-call options."""

    class CreateResponseArgs(CreateResponseParams, RequestOptions):
        """Keyword arguments of `createResponse`: its request body and the per-call options."""


class ChatCompletions(WithRawResponse):
    def __init__(self, client: C1) -> None:
        self._client = client

    @overload
    def create(
        self, *, stream: Literal[False] | None = None, **kwargs: Unpack[CreateChatCompletionArgs]
    ) -> ChatCompletion: ...
    @overload
    def create(self, *, stream: Literal[True], **kwargs: Unpack[CreateChatCompletionArgs]) -> ChatCompletionStream: ...
    @overload
    def create(
        self, *, stream: bool, **kwargs: Unpack[CreateChatCompletionArgs]
    ) -> ChatCompletion | ChatCompletionStream: ...

    def create(self, *, stream: bool | None = None, **kwargs: Any) -> ChatCompletion | ChatCompletionStream:
        """Create a chat completion: `POST /embed/chat/completions`.

        With `stream=True`, a `ChatCompletionStream` of its events. Parameters are named as on the
        wire; the request is checked against C1's rules first (`C1RuleError`, nothing sent),
        unless `check_rules=False`.
        """
        body, options = split_options(kwargs)
        if flag("stream", stream, optional=True):
            return self._client._stream(
                _operations.CREATE_CHAT_COMPLETION,
                body=body,
                options=options,
                wrap=ChatCompletionStream,
                reader=ChatChunkReader,
            )
        result: ChatCompletion = self._client._request(
            _operations.CREATE_CHAT_COMPLETION, body=body, stream=stream, options=options
        )
        return result

    def stream(self, **kwargs: Unpack[CreateChatCompletionArgs]) -> StreamManager[ChatCompletionEventStream]:
        """As in openai-python: `with ....stream(...) as stream:` over the events of `create(stream=True)`."""
        return StreamManager(lambda: ChatCompletionEventStream(self.create(stream=True, **kwargs)))


class ConversationsItems(WithRawResponse):
    def __init__(self, client: C1) -> None:
        self._client = client

    def create(
        self,
        conversation_id: str,
        *,
        include: Sequence[str] | None = None,
        **kwargs: Unpack[CreateConversationItemsArgs],
    ) -> ConversationItemList:
        """Add items to a conversation: `POST /conversations/{conversation_id}/items`."""
        body, options = split_options(dict(kwargs))
        result: ConversationItemList = self._client._request(
            _operations.CREATE_CONVERSATION_ITEMS,
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
    ) -> ConversationItem | ResponseUnknownOutputItem:
        """Retrieve a conversation item: `GET /conversations/{conversation_id}/items/{item_id}`."""
        result: ConversationItem | ResponseUnknownOutputItem = self._client._request(
            _operations.RETRIEVE_CONVERSATION_ITEM,
            path_params={"conversation_id": conversation_id, "item_id": item_id},
            query={"include": include},
            options=options,
        )
        return result

    def delete(self, conversation_id: str, item_id: str, **options: Unpack[RequestOptions]) -> Conversation:
        """Delete a conversation item: `DELETE /conversations/{conversation_id}/items/{item_id}`."""
        result: Conversation = self._client._request(
            _operations.DELETE_CONVERSATION_ITEM,
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
        order: Literal["asc", "desc"] | None = None,
        include: Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> CursorPage[ConversationItem]:
        """List the items of a conversation: `GET /conversations/{conversation_id}/items`.

        One page of items; iterating it walks every page after it too.
        """
        query: dict[str, Any] = {"after": after, "limit": limit, "order": order, "include": include}

        def fetch(cursor: str | None, seen: frozenset[str]) -> CursorPage[ConversationItem]:
            page = self._client._request(
                _operations.LIST_CONVERSATION_ITEMS,
                path_params={"conversation_id": conversation_id},
                query={**query, "after": cursor},
                options=options,
            )
            return CursorPage(page, fetch, seen)

        return fetch(after, frozenset(() if after is None else (after,)))


class Chat(WithRawResponse):
    def __init__(self, client: C1) -> None:
        self._client = client
        self.completions = ChatCompletions(client)


class Conversations(WithRawResponse):
    def __init__(self, client: C1) -> None:
        self._client = client
        self.items = ConversationsItems(client)

    def create(self, **kwargs: Unpack[CreateConversationArgs]) -> Conversation:
        """Create a conversation: `POST /conversations`."""
        body, options = split_options(dict(kwargs))
        result: Conversation = self._client._request(_operations.CREATE_CONVERSATION, body=body, options=options)
        return result

    def retrieve(self, conversation_id: str, **options: Unpack[RequestOptions]) -> Conversation:
        """Retrieve a conversation: `GET /conversations/{conversation_id}`."""
        result: Conversation = self._client._request(
            _operations.RETRIEVE_CONVERSATION, path_params={"conversation_id": conversation_id}, options=options
        )
        return result

    def update(self, conversation_id: str, **kwargs: Unpack[UpdateConversationArgs]) -> Conversation:
        """Update a conversation: `POST /conversations/{conversation_id}`."""
        body, options = split_options(dict(kwargs))
        result: Conversation = self._client._request(
            _operations.UPDATE_CONVERSATION,
            path_params={"conversation_id": conversation_id},
            body=body,
            options=options,
        )
        return result

    def delete(self, conversation_id: str, **options: Unpack[RequestOptions]) -> ConversationDeleted:
        """Delete a conversation: `DELETE /conversations/{conversation_id}`."""
        result: ConversationDeleted = self._client._request(
            _operations.DELETE_CONVERSATION, path_params={"conversation_id": conversation_id}, options=options
        )
        return result


class Responses(WithRawResponse):
    def __init__(self, client: C1) -> None:
        self._client = client

    @overload
    def create(
        self, *, stream: Literal[False] | None = None, **kwargs: Unpack[CreateResponseArgs]
    ) -> ResponseObject: ...
    @overload
    def create(self, *, stream: Literal[True], **kwargs: Unpack[CreateResponseArgs]) -> ResponseStream: ...
    @overload
    def create(self, *, stream: bool, **kwargs: Unpack[CreateResponseArgs]) -> ResponseObject | ResponseStream: ...

    def create(self, *, stream: bool | None = None, **kwargs: Any) -> ResponseObject | ResponseStream:
        """Create a model response: `POST /embed/responses`.

        With `stream=True`, a `ResponseStream` of its events. Parameters are named as on the
        wire; the request is checked against C1's rules first (`C1RuleError`, nothing sent),
        unless `check_rules=False`.
        """
        body, options = split_options(kwargs)
        if flag("stream", stream, optional=True):
            return self._client._stream(
                _operations.CREATE_RESPONSE, body=body, options=options, wrap=ResponseStream, reader=ResponseEventReader
            )
        result: ResponseObject = self._client._request(
            _operations.CREATE_RESPONSE, body=body, stream=stream, options=options
        )
        return result

    def stream(self, **kwargs: Unpack[CreateResponseArgs]) -> StreamManager[ResponseStream]:
        """As in openai-python: `with ....stream(...) as stream:` over the events of `create(stream=True)`."""
        return StreamManager(lambda: self.create(stream=True, **kwargs))


class Resources:
    """The top-level resources of `C1`, set up by its constructor."""

    chat: Chat
    conversations: Conversations
    responses: Responses

    def _attach_resources(self, client: C1) -> None:
        self.chat = Chat(client)
        self.conversations = Conversations(client)
        self.responses = Responses(client)


class AsyncChatCompletions(WithRawResponse):
    def __init__(self, client: AsyncC1) -> None:
        self._client = client

    @overload
    async def create(
        self, *, stream: Literal[False] | None = None, **kwargs: Unpack[CreateChatCompletionArgs]
    ) -> ChatCompletion: ...
    @overload
    async def create(
        self, *, stream: Literal[True], **kwargs: Unpack[CreateChatCompletionArgs]
    ) -> AsyncChatCompletionStream: ...
    @overload
    async def create(
        self, *, stream: bool, **kwargs: Unpack[CreateChatCompletionArgs]
    ) -> ChatCompletion | AsyncChatCompletionStream: ...

    async def create(self, *, stream: bool | None = None, **kwargs: Any) -> ChatCompletion | AsyncChatCompletionStream:
        """Create a chat completion: `POST /embed/chat/completions`.

        With `stream=True`, a `AsyncChatCompletionStream` of its events. Parameters are named as on the
        wire; the request is checked against C1's rules first (`C1RuleError`, nothing sent),
        unless `check_rules=False`.
        """
        body, options = split_options(kwargs)
        if flag("stream", stream, optional=True):
            return await self._client._stream(
                _operations.CREATE_CHAT_COMPLETION,
                body=body,
                options=options,
                wrap=AsyncChatCompletionStream,
                reader=ChatChunkReader,
            )
        result: ChatCompletion = await self._client._request(
            _operations.CREATE_CHAT_COMPLETION, body=body, stream=stream, options=options
        )
        return result

    def stream(self, **kwargs: Unpack[CreateChatCompletionArgs]) -> AsyncStreamManager[AsyncChatCompletionEventStream]:
        """As in openai-python: `async with ....stream(...) as stream:` over the events of `create(stream=True)` (the call is not awaited)."""

        async def open_stream() -> AsyncChatCompletionEventStream:
            return AsyncChatCompletionEventStream(await self.create(stream=True, **kwargs))

        return AsyncStreamManager(open_stream)


class AsyncConversationsItems(WithRawResponse):
    def __init__(self, client: AsyncC1) -> None:
        self._client = client

    async def create(
        self,
        conversation_id: str,
        *,
        include: Sequence[str] | None = None,
        **kwargs: Unpack[CreateConversationItemsArgs],
    ) -> ConversationItemList:
        """Add items to a conversation: `POST /conversations/{conversation_id}/items`."""
        body, options = split_options(dict(kwargs))
        result: ConversationItemList = await self._client._request(
            _operations.CREATE_CONVERSATION_ITEMS,
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
    ) -> ConversationItem | ResponseUnknownOutputItem:
        """Retrieve a conversation item: `GET /conversations/{conversation_id}/items/{item_id}`."""
        result: ConversationItem | ResponseUnknownOutputItem = await self._client._request(
            _operations.RETRIEVE_CONVERSATION_ITEM,
            path_params={"conversation_id": conversation_id, "item_id": item_id},
            query={"include": include},
            options=options,
        )
        return result

    async def delete(self, conversation_id: str, item_id: str, **options: Unpack[RequestOptions]) -> Conversation:
        """Delete a conversation item: `DELETE /conversations/{conversation_id}/items/{item_id}`."""
        result: Conversation = await self._client._request(
            _operations.DELETE_CONVERSATION_ITEM,
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
        order: Literal["asc", "desc"] | None = None,
        include: Sequence[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[ConversationItem]:
        """List the items of a conversation: `GET /conversations/{conversation_id}/items`.

        Await it for the first page, or `async for` over every item of every page.
        """
        query: dict[str, Any] = {"after": after, "limit": limit, "order": order, "include": include}

        async def fetch(cursor: str | None, seen: frozenset[str]) -> AsyncCursorPage[ConversationItem]:
            page = await self._client._request(
                _operations.LIST_CONVERSATION_ITEMS,
                path_params={"conversation_id": conversation_id},
                query={**query, "after": cursor},
                options=options,
            )
            return AsyncCursorPage(page, fetch, seen)

        return AsyncPaginator(lambda: fetch(after, frozenset(() if after is None else (after,))))


class AsyncChat(WithRawResponse):
    def __init__(self, client: AsyncC1) -> None:
        self._client = client
        self.completions = AsyncChatCompletions(client)


class AsyncConversations(WithRawResponse):
    def __init__(self, client: AsyncC1) -> None:
        self._client = client
        self.items = AsyncConversationsItems(client)

    async def create(self, **kwargs: Unpack[CreateConversationArgs]) -> Conversation:
        """Create a conversation: `POST /conversations`."""
        body, options = split_options(dict(kwargs))
        result: Conversation = await self._client._request(_operations.CREATE_CONVERSATION, body=body, options=options)
        return result

    async def retrieve(self, conversation_id: str, **options: Unpack[RequestOptions]) -> Conversation:
        """Retrieve a conversation: `GET /conversations/{conversation_id}`."""
        result: Conversation = await self._client._request(
            _operations.RETRIEVE_CONVERSATION, path_params={"conversation_id": conversation_id}, options=options
        )
        return result

    async def update(self, conversation_id: str, **kwargs: Unpack[UpdateConversationArgs]) -> Conversation:
        """Update a conversation: `POST /conversations/{conversation_id}`."""
        body, options = split_options(dict(kwargs))
        result: Conversation = await self._client._request(
            _operations.UPDATE_CONVERSATION,
            path_params={"conversation_id": conversation_id},
            body=body,
            options=options,
        )
        return result

    async def delete(self, conversation_id: str, **options: Unpack[RequestOptions]) -> ConversationDeleted:
        """Delete a conversation: `DELETE /conversations/{conversation_id}`."""
        result: ConversationDeleted = await self._client._request(
            _operations.DELETE_CONVERSATION, path_params={"conversation_id": conversation_id}, options=options
        )
        return result


class AsyncResponses(WithRawResponse):
    def __init__(self, client: AsyncC1) -> None:
        self._client = client

    @overload
    async def create(
        self, *, stream: Literal[False] | None = None, **kwargs: Unpack[CreateResponseArgs]
    ) -> ResponseObject: ...
    @overload
    async def create(self, *, stream: Literal[True], **kwargs: Unpack[CreateResponseArgs]) -> AsyncResponseStream: ...
    @overload
    async def create(
        self, *, stream: bool, **kwargs: Unpack[CreateResponseArgs]
    ) -> ResponseObject | AsyncResponseStream: ...

    async def create(self, *, stream: bool | None = None, **kwargs: Any) -> ResponseObject | AsyncResponseStream:
        """Create a model response: `POST /embed/responses`.

        With `stream=True`, a `AsyncResponseStream` of its events. Parameters are named as on the
        wire; the request is checked against C1's rules first (`C1RuleError`, nothing sent),
        unless `check_rules=False`.
        """
        body, options = split_options(kwargs)
        if flag("stream", stream, optional=True):
            return await self._client._stream(
                _operations.CREATE_RESPONSE,
                body=body,
                options=options,
                wrap=AsyncResponseStream,
                reader=ResponseEventReader,
            )
        result: ResponseObject = await self._client._request(
            _operations.CREATE_RESPONSE, body=body, stream=stream, options=options
        )
        return result

    def stream(self, **kwargs: Unpack[CreateResponseArgs]) -> AsyncStreamManager[AsyncResponseStream]:
        """As in openai-python: `async with ....stream(...) as stream:` over the events of `create(stream=True)` (the call is not awaited)."""

        async def open_stream() -> AsyncResponseStream:
            opened: AsyncResponseStream = await self.create(stream=True, **kwargs)
            return opened

        return AsyncStreamManager(open_stream)


class AsyncResources:
    """The top-level resources of `AsyncC1`, set up by its constructor."""

    chat: AsyncChat
    conversations: AsyncConversations
    responses: AsyncResponses

    def _attach_resources(self, client: AsyncC1) -> None:
        self.chat = AsyncChat(client)
        self.conversations = AsyncConversations(client)
        self.responses = AsyncResponses(client)
