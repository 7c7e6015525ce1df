"""``client.chat.completions``: the Chat Completions API (operation ``createChatCompletion``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

from ..arguments import flag
from ..options import split_options
from ..raw_response import WithRawResponse
from ..stream_helpers import (
    AsyncChatCompletionEventStream,
    AsyncStreamManager,
    ChatCompletionEventStream,
    StreamManager,
)
from ..streaming import AsyncChatCompletionStream, ChatChunkReader, ChatCompletionStream

if TYPE_CHECKING:
    from ..._generated.models import ChatCompletion
    from ..call_types import ChatCompletionCreateArgs
    from ..client import C1, AsyncC1

OPERATION = "createChatCompletion"


class Completions(WithRawResponse):
    def __init__(self, client: C1) -> None:
        self._client = client

    @overload
    def create(
        self, *, stream: Literal[False] | None = None, **kwargs: Unpack[ChatCompletionCreateArgs]
    ) -> ChatCompletion: ...
    @overload
    def create(self, *, stream: Literal[True], **kwargs: Unpack[ChatCompletionCreateArgs]) -> ChatCompletionStream: ...
    @overload
    def create(
        self, *, stream: bool, **kwargs: Unpack[ChatCompletionCreateArgs]
    ) -> ChatCompletion | ChatCompletionStream: ...

    def create(self, *, stream: bool | None = None, **kwargs: Any) -> ChatCompletion | ChatCompletionStream:
        """Create a chat completion; with ``stream=True``, a ``ChatCompletionStream`` of chunks.

        Parameters are named as on the wire; messages may be plain dicts or the
        generated message models. The request is checked against C1's rules
        first (``C1RuleError``, nothing sent), unless ``check_rules=False``.
        """
        body, options = split_options(kwargs)
        if flag("stream", stream, optional=True):
            return self._client._stream(
                OPERATION, body=body, options=options, wrap=ChatCompletionStream, reader=ChatChunkReader
            )
        result: ChatCompletion = self._client._request(OPERATION, body=body, stream=stream, options=options)
        return result

    def stream(self, **kwargs: Unpack[ChatCompletionCreateArgs]) -> StreamManager[ChatCompletionEventStream]:
        """openai-python's helper: ``with ....stream(...) as stream:``, events such as ``content.delta``."""
        return StreamManager(lambda: ChatCompletionEventStream(self.create(stream=True, **kwargs)))


class Chat:
    def __init__(self, client: C1) -> None:
        self.completions = Completions(client)


class AsyncCompletions(WithRawResponse):
    def __init__(self, client: AsyncC1) -> None:
        self._client = client

    @overload
    async def create(
        self, *, stream: Literal[False] | None = None, **kwargs: Unpack[ChatCompletionCreateArgs]
    ) -> ChatCompletion: ...
    @overload
    async def create(
        self, *, stream: Literal[True], **kwargs: Unpack[ChatCompletionCreateArgs]
    ) -> AsyncChatCompletionStream: ...
    @overload
    async def create(
        self, *, stream: bool, **kwargs: Unpack[ChatCompletionCreateArgs]
    ) -> ChatCompletion | AsyncChatCompletionStream: ...

    async def create(self, *, stream: bool | None = None, **kwargs: Any) -> ChatCompletion | AsyncChatCompletionStream:
        """Create a chat completion; with ``stream=True``, an ``AsyncChatCompletionStream`` of chunks."""
        body, options = split_options(kwargs)
        if flag("stream", stream, optional=True):
            return await self._client._stream(
                OPERATION, body=body, options=options, wrap=AsyncChatCompletionStream, reader=ChatChunkReader
            )
        result: ChatCompletion = await self._client._request(OPERATION, body=body, stream=stream, options=options)
        return result

    def stream(self, **kwargs: Unpack[ChatCompletionCreateArgs]) -> AsyncStreamManager[AsyncChatCompletionEventStream]:
        """``async with ....stream(...) as stream:``; not awaited, as in openai-python."""

        async def open_stream() -> AsyncChatCompletionEventStream:
            return AsyncChatCompletionEventStream(await self.create(stream=True, **kwargs))

        return AsyncStreamManager(open_stream)


class AsyncChat:
    def __init__(self, client: AsyncC1) -> None:
        self.completions = AsyncCompletions(client)
