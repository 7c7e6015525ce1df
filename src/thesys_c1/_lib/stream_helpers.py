"""``client.chat.completions.stream(...)`` and ``client.responses.stream(...)``, as openai-python has them.

Each returns a manager that opens the stream when its ``with`` (``async
with``) block starts and closes it when the block ends. Inside, Responses
gives the ``ResponseStream`` of ``create(stream=True)``, whose events already
are the ones openai-python yields; Chat Completions gives a
``ChatCompletionEventStream``, the chunk stream with its chunks turned into
openai-python's events (``chunk``, ``content.delta``, ``content.done``, ...).
Both have ``get_final_completion()`` / ``get_final_response()``.

The async helpers are written once, in ``_async/stream_helpers.py``; the
blocking ones are derived from them (generator/pipeline/unasync.py) and are
these same classes wherever they are imported from. Turning chunks into events
is ``chat_stream_events``', shared by both.
"""

from __future__ import annotations

from .._generated._sync.stream_helpers import ChatCompletionEventStream, StreamManager
from ._async.stream_helpers import AsyncChatCompletionEventStream, AsyncStreamManager

__all__ = [
    "AsyncChatCompletionEventStream",
    "AsyncStreamManager",
    "ChatCompletionEventStream",
    "StreamManager",
]
