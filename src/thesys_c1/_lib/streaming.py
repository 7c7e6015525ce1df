"""Typed streams: ``stream=True`` returns one of these instead of the finished answer.

A stream is an iterator of chunk or event models (an async iterator for
``AsyncC1``) and a context manager; leaving the ``with`` block, or calling
``close()``, closes the HTTP connection even when the stream was not read to
the end. As it is read, the stream also builds the whole answer, so
``get_final_text()`` / ``get_final_completion()`` / ``get_final_response()``
are available once it ends (they read whatever is left first).

A stream is complete the moment its terminator arrives (``[DONE]`` for Chat
Completions, the terminal ``response.completed`` / ``failed`` / ``incomplete``
event for Responses): the connection is closed then, so nothing a server sends
or fails to send after it can spoil or delay the answer. A connection that
drops, a garbage event or an end without the terminator raises
``APIStreamError``: a cut stream never looks like a short answer. Each event is
checked against the spec before it is handed out or added to the answer.
Streams are never retried once they have started.

A Responses stream leaves out the events it cannot type (a type newer than the
spec, or a known event holding an item of a new type): Open Responses asks
clients to ignore them, and the stream's event type then lists only known
events, so ``event.type == "response.output_text.delta"`` narrows it.
``with_unknown_events()`` hands them out as ``ResponseUnknownStreamEvent``.

The async streams are written once, in ``_async/streaming.py``; the blocking
ones are derived from them (generator/pipeline/unasync.py) and are these same
classes wherever they are imported from. Reading events into models is
``stream_readers``', shared by both.
"""

from __future__ import annotations

from .._generated._sync.streaming import ChatCompletionStream, ResponseStream, Stream
from ._async.streaming import AsyncChatCompletionStream, AsyncResponseStream, AsyncStream
from .stream_readers import ChatChunkReader, ResponseEventReader, StreamBase

__all__ = [
    "AsyncChatCompletionStream",
    "AsyncResponseStream",
    "AsyncStream",
    "ChatChunkReader",
    "ChatCompletionStream",
    "ResponseEventReader",
    "ResponseStream",
    "Stream",
    "StreamBase",
]
