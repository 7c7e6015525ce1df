"""Serving C1 answers to Thesys's React client (``C1Chat``, ``C1Component``).

The React client reads the answer text raw as it streams. These helpers turn
a C1 stream (chat completions or Responses, from ``C1`` or ``AsyncC1``) into
that byte stream for any framework, tell failures to the browser in a form it
shows, close the C1 stream when the browser goes away, and hand back the
assistant message for the thread history:

- ``c1_streaming_response`` (Starlette/FastAPI; needs starlette),
- ``aiter_answer`` (any ASGI framework), ``iter_answer`` (WSGI: Django, Flask),
- ``C1ChatRequest`` (the request ``C1Chat`` sends; ``C1ChatRequest.read``
  gives it or the ready 400 answer to a malformed body, ``read_chat_request``
  the same for Starlette/FastAPI), ``ThreadStore`` and
  ``InMemoryThreadStore`` (the history ``C1Chat`` expects the backend to keep;
  ``thread_store_from_url`` and ``thesys_c1.react.stores`` for stores that
  outlive the process), ``record_turn``/``arecord_turn`` (an ``on_complete``
  that stores the turn whole),
- ``AnswerFailure`` (what ``on_error`` receives for an answer that failed),
- ``tool_progress`` (a tool loop's think items while its tools run, then its
  answer, and the thread history it leaves).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .answer import ANSWER_HEADERS, ANSWER_MEDIA_TYPE, aiter_answer, iter_answer
from .encoder import AnswerEncoder, AnswerResult, default_error_notice
from .failures import ANSWER_STATUS_HEADER, REQUEST_ID_HEADER, AnswerFailure
from .items import C1StreamError
from .prompt import MAX_CHAT_REQUEST_BYTES, C1ChatRequest, InvalidChatRequest, RejectedChatRequest, unwrap_prompt
from .stores import thread_store_from_url
from .threads import AsyncThreadStore, InMemoryThreadStore, ThreadStore, arecord_turn, record_turn, turn_messages

if TYPE_CHECKING:
    from .starlette import C1StreamingResponse, c1_streaming_response, read_chat_request
    from .tool_loop import AsyncToolProgress, ToolProgress, describe_call, tool_progress

__all__ = [
    "ANSWER_HEADERS",
    "ANSWER_MEDIA_TYPE",
    "ANSWER_STATUS_HEADER",
    "MAX_CHAT_REQUEST_BYTES",
    "REQUEST_ID_HEADER",
    "AnswerEncoder",
    "AnswerFailure",
    "AnswerResult",
    "AsyncThreadStore",
    "AsyncToolProgress",
    "C1ChatRequest",
    "C1StreamError",
    "C1StreamingResponse",
    "InMemoryThreadStore",
    "InvalidChatRequest",
    "RejectedChatRequest",
    "ThreadStore",
    "ToolProgress",
    "aiter_answer",
    "arecord_turn",
    "c1_streaming_response",
    "default_error_notice",
    "describe_call",
    "iter_answer",
    "read_chat_request",
    "record_turn",
    "thread_store_from_url",
    "tool_progress",
    "turn_messages",
    "unwrap_prompt",
]

_STARLETTE_NAMES = frozenset({"C1StreamingResponse", "c1_streaming_response", "read_chat_request"})
# Loaded on first use: the tool runner brings in the client's models.
_TOOL_NAMES = frozenset({"AsyncToolProgress", "ToolProgress", "describe_call", "tool_progress"})


def __getattr__(name: str) -> Any:
    if name in _TOOL_NAMES:
        from . import tool_loop

        value = globals()[name] = getattr(tool_loop, name)
        return value
    # Starlette is optional: it is imported only when its helpers are used.
    if name in _STARLETTE_NAMES:
        try:
            from . import starlette
        except ImportError as error:
            raise ImportError(f"thesys_c1.react.{name} needs starlette: pip install 'thesys-c1[starlette]'") from error
        return getattr(starlette, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
