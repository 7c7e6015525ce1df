"""``client.responses``: the Responses API (operation ``createResponse``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

from ..arguments import flag
from ..options import split_options
from ..raw_response import WithRawResponse
from ..stream_helpers import AsyncStreamManager, StreamManager
from ..streaming import AsyncResponseStream, ResponseEventReader, ResponseStream

if TYPE_CHECKING:
    from ..._generated.models import ResponseObject
    from ..call_types import ResponseCreateArgs
    from ..client import C1, AsyncC1

OPERATION = "createResponse"


class Responses(WithRawResponse):
    def __init__(self, client: C1) -> None:
        self._client = client

    @overload
    def create(
        self, *, stream: Literal[False] | None = None, **kwargs: Unpack[ResponseCreateArgs]
    ) -> ResponseObject: ...
    @overload
    def create(self, *, stream: Literal[True], **kwargs: Unpack[ResponseCreateArgs]) -> ResponseStream: ...
    @overload
    def create(self, *, stream: bool, **kwargs: Unpack[ResponseCreateArgs]) -> ResponseObject | ResponseStream: ...

    def create(self, *, stream: bool | None = None, **kwargs: Any) -> ResponseObject | ResponseStream:
        """Create a model response; with ``stream=True``, a ``ResponseStream`` of events.

        ``previous_response_id`` and ``conversation`` need ``store=True`` (C1's
        default); the rule checks say so before anything is sent.
        """
        body, options = split_options(kwargs)
        if flag("stream", stream, optional=True):
            return self._client._stream(
                OPERATION, body=body, options=options, wrap=ResponseStream, reader=ResponseEventReader
            )
        result: ResponseObject = self._client._request(OPERATION, body=body, stream=stream, options=options)
        return result

    def stream(self, **kwargs: Unpack[ResponseCreateArgs]) -> StreamManager[ResponseStream]:
        """openai-python's helper: ``with ....stream(...) as stream:``, the events of ``create(stream=True)``."""
        return StreamManager(lambda: self.create(stream=True, **kwargs))


class AsyncResponses(WithRawResponse):
    def __init__(self, client: AsyncC1) -> None:
        self._client = client

    @overload
    async def create(
        self, *, stream: Literal[False] | None = None, **kwargs: Unpack[ResponseCreateArgs]
    ) -> ResponseObject: ...
    @overload
    async def create(self, *, stream: Literal[True], **kwargs: Unpack[ResponseCreateArgs]) -> AsyncResponseStream: ...
    @overload
    async def create(
        self, *, stream: bool, **kwargs: Unpack[ResponseCreateArgs]
    ) -> ResponseObject | AsyncResponseStream: ...

    async def create(self, *, stream: bool | None = None, **kwargs: Any) -> ResponseObject | AsyncResponseStream:
        """Create a model response; with ``stream=True``, an ``AsyncResponseStream`` of events."""
        body, options = split_options(kwargs)
        if flag("stream", stream, optional=True):
            return await self._client._stream(
                OPERATION, body=body, options=options, wrap=AsyncResponseStream, reader=ResponseEventReader
            )
        result: ResponseObject = await self._client._request(OPERATION, body=body, stream=stream, options=options)
        return result

    def stream(self, **kwargs: Unpack[ResponseCreateArgs]) -> AsyncStreamManager[AsyncResponseStream]:
        """``async with ....stream(...) as stream:``; not awaited, as in openai-python."""

        async def open_stream() -> AsyncResponseStream:
            opened: AsyncResponseStream = await self.create(stream=True, **kwargs)
            return opened

        return AsyncStreamManager(open_stream)
