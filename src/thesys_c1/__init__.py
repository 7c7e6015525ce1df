"""Python SDK for the Thesys C1 generative-UI API.

    from thesys_c1 import C1

    client = C1()  # THESYS_API_KEY from the environment
    completion = client.chat.completions.create(
        model="c1/anthropic/claude-sonnet-4/v-20250930",
        messages=[{"role": "user", "content": "How did the world population grow from 1950 to 2020?"}],
    )

Importing the package is cheap: the names under ``if TYPE_CHECKING:`` below
are loaded on first use.

The imports below are the one list of the public names, each imported as
itself (``name as name``) so that type checkers see it re-exported. ``make
generate`` derives from them ``_generated/exports.py``
(generator/pipeline/exports.py): where each lazy name is loaded from, and
``__all__``. Add or remove a name here, then run ``make generate``. Every other
name of this module starts with ``_``, so that ``from thesys_c1 import *``
gives type checkers the public names only.
"""

import typing as _typing

from ._generated import exports as _exports
from ._generated.version import SPEC_SHA256 as SPEC_SHA256, __version__ as __version__
from ._lib import lazy_names as _lazy_names

if _typing.TYPE_CHECKING:
    from . import models as models
    from ._generated.models import (
        ChatCompletion as ChatCompletion,
        ChatCompletionChunk as ChatCompletionChunk,
        Conversation as Conversation,
        ConversationDeleted as ConversationDeleted,
        ConversationItemList as ConversationItemList,
        ResponseObject as ResponseObject,
        ResponseUnknownStreamEvent as ResponseUnknownStreamEvent,
    )
    from ._generated.unions import ConversationItem as ConversationItem, ResponseStreamEvent as ResponseStreamEvent
    from ._lib.client import C1 as C1, AsyncC1 as AsyncC1
    from ._lib.content import C1Content as C1Content, c1_components as c1_components, output_text as output_text
    from ._lib.errors import (
        APIConnectionError as APIConnectionError,
        APIError as APIError,
        APIResponseValidationError as APIResponseValidationError,
        APIStatusError as APIStatusError,
        APIStreamError as APIStreamError,
        APITimeoutError as APITimeoutError,
        AuthenticationError as AuthenticationError,
        BadRequestError as BadRequestError,
        ConflictError as ConflictError,
        InternalServerError as InternalServerError,
        InvalidArgumentError as InvalidArgumentError,
        InvalidArgumentTypeError as InvalidArgumentTypeError,
        MissingAPIKeyError as MissingAPIKeyError,
        NotFoundError as NotFoundError,
        PermissionDeniedError as PermissionDeniedError,
        RateLimitError as RateLimitError,
        RequestTooLargeError as RequestTooLargeError,
        UnprocessableEntityError as UnprocessableEntityError,
    )
    from ._lib.metadata import ThesysMetadata as ThesysMetadata
    from ._lib.options import RequestOptions as RequestOptions
    from ._lib.pagination import (
        AsyncCursorPage as AsyncCursorPage,
        AsyncPaginator as AsyncPaginator,
        CursorPage as CursorPage,
    )
    from ._lib.raw_response import APIResponse as APIResponse
    from ._lib.rules import C1RuleError as C1RuleError, check_request as check_request
    from ._lib.streaming import (
        AsyncChatCompletionStream as AsyncChatCompletionStream,
        AsyncResponseStream as AsyncResponseStream,
        AsyncStream as AsyncStream,
        ChatCompletionStream as ChatCompletionStream,
        ResponseStream as ResponseStream,
        Stream as Stream,
    )
    from ._lib.tools.function_tool import (
        FunctionTool as FunctionTool,
        ToolArgumentsError as ToolArgumentsError,
        function_tool as function_tool,
    )
    from ._lib.tools.rounds import (
        ToolCallRun as ToolCallRun,
        ToolCallsStarted as ToolCallsStarted,
        ToolNotFoundError as ToolNotFoundError,
        ToolRound as ToolRound,
        describe_tool_error as describe_tool_error,
        parse_tool_calls as parse_tool_calls,
    )
    from ._lib.tools.runner import (
        AsyncChatToolRunner as AsyncChatToolRunner,
        AsyncResponsesToolRunner as AsyncResponsesToolRunner,
        ChatToolRunner as ChatToolRunner,
        ResponsesToolRunner as ResponsesToolRunner,
        run_chat_tools as run_chat_tools,
        run_response_tools as run_response_tools,
    )
    from ._lib.unknown_items import unknown_items as unknown_items
    from .models import (
        gemini_max_reasoning_tokens as gemini_max_reasoning_tokens,
        max_reasoning_tokens as max_reasoning_tokens,
    )


def __getattr__(name: str) -> _typing.Any:
    return _lazy_names.attribute(globals(), __name__, name, _exports)


def __dir__() -> list[str]:
    return _lazy_names.names(globals(), _exports)
