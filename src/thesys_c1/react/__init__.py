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

The public names are the imports below, each imported as itself (``name as
name``) so that type checkers see it re-exported; those under ``if
TYPE_CHECKING:`` load on first use. ``make generate`` derives from them
``thesys_c1._generated.react_exports`` (generator/pipeline/exports.py): where
each of those is loaded from, and ``__all__``. Every other name of this module
starts with ``_``, so that ``from thesys_c1.react import *`` gives type checkers
the public names only.
"""

import typing as _typing
from importlib import import_module as _import_module
from types import ModuleType as _ModuleType

from .._generated import react_exports as _exports
from .._lib import lazy_names as _lazy_names
from .answer import (
    ANSWER_HEADERS as ANSWER_HEADERS,
    ANSWER_MEDIA_TYPE as ANSWER_MEDIA_TYPE,
    aiter_answer as aiter_answer,
    iter_answer as iter_answer,
)
from .encoder import (
    AnswerEncoder as AnswerEncoder,
    AnswerResult as AnswerResult,
    default_error_notice as default_error_notice,
)
from .failures import (
    ANSWER_STATUS_HEADER as ANSWER_STATUS_HEADER,
    REQUEST_ID_HEADER as REQUEST_ID_HEADER,
    AnswerFailure as AnswerFailure,
)
from .items import C1StreamError as C1StreamError
from .prompt import (
    MAX_CHAT_REQUEST_BYTES as MAX_CHAT_REQUEST_BYTES,
    C1ChatRequest as C1ChatRequest,
    InvalidChatRequest as InvalidChatRequest,
    RejectedChatRequest as RejectedChatRequest,
    unwrap_prompt as unwrap_prompt,
)
from .stores import thread_store_from_url as thread_store_from_url
from .threads import (
    AsyncThreadStore as AsyncThreadStore,
    InMemoryThreadStore as InMemoryThreadStore,
    ThreadStore as ThreadStore,
    arecord_turn as arecord_turn,
    record_turn as record_turn,
    turn_messages as turn_messages,
)

if _typing.TYPE_CHECKING:
    # Starlette is optional: it is imported only when its helpers are used.
    from .starlette import (
        C1StreamingResponse as C1StreamingResponse,
        c1_streaming_response as c1_streaming_response,
        read_chat_request as read_chat_request,
    )

    # The tool runner brings in the client's models.
    from .tool_loop import (
        AsyncToolProgress as AsyncToolProgress,
        ToolProgress as ToolProgress,
        describe_call as describe_call,
        tool_progress as tool_progress,
    )


def __getattr__(name: str) -> _typing.Any:
    return _lazy_names.attribute(globals(), __name__, name, _exports, _load)


def _load(module: str, name: str) -> _ModuleType:
    try:
        return _import_module(module, __name__)
    except ImportError as error:
        if module != ".starlette":
            raise
        raise ImportError(f"thesys_c1.react.{name} needs starlette: pip install 'thesys-c1[starlette]'") from error


def __dir__() -> list[str]:
    return _lazy_names.names(globals(), _exports)
