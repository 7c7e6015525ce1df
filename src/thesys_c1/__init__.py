"""Python SDK for the Thesys C1 generative-UI API.

    from thesys_c1 import C1

    client = C1()  # THESYS_API_KEY from the environment
    completion = client.chat.completions.create(
        model="c1/anthropic/claude-sonnet-4/v-20250930",
        messages=[{"role": "user", "content": "How did the world population grow from 1950 to 2020?"}],
    )

Importing the package is cheap: every name below is loaded on first use.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ._generated.version import SPEC_SHA256, __version__

if TYPE_CHECKING:
    from . import models
    from ._generated.models import (
        ChatCompletion,
        ChatCompletionChunk,
        Conversation,
        ConversationDeleted,
        ConversationItemList,
        ResponseObject,
        ResponseUnknownStreamEvent,
    )
    from ._generated.unions import ConversationItem, ResponseStreamEvent
    from .lib.client import C1, AsyncC1
    from .lib.content import C1Content, c1_components, output_text
    from .lib.errors import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APIStreamError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        InternalServerError,
        InvalidArgumentError,
        InvalidArgumentTypeError,
        MissingAPIKeyError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        RequestTooLargeError,
        UnprocessableEntityError,
    )
    from .lib.metadata import ThesysMetadata
    from .lib.options import RequestOptions
    from .lib.pagination import AsyncCursorPage, AsyncPaginator, CursorPage
    from .lib.raw_response import APIResponse
    from .lib.rules import C1RuleError
    from .lib.streaming import (
        AsyncChatCompletionStream,
        AsyncResponseStream,
        AsyncStream,
        ChatCompletionStream,
        ResponseStream,
        Stream,
    )
    from .lib.tools.function_tool import FunctionTool, ToolArgumentsError, function_tool
    from .lib.tools.rounds import (
        ToolCallRun,
        ToolCallsStarted,
        ToolNotFoundError,
        ToolRound,
        describe_tool_error,
        parse_tool_calls,
    )
    from .lib.tools.runner import (
        AsyncChatToolRunner,
        AsyncResponsesToolRunner,
        ChatToolRunner,
        ResponsesToolRunner,
        run_chat_tools,
        run_response_tools,
    )
    from .lib.unknown_items import unknown_items
    from .models import gemini_max_reasoning_tokens, max_reasoning_tokens

_SOURCES = {
    ".lib.client": ("C1", "AsyncC1"),
    ".lib.content": ("C1Content", "c1_components", "output_text"),
    ".lib.errors": (
        "APIConnectionError",
        "APIError",
        "APIResponseValidationError",
        "APIStatusError",
        "APIStreamError",
        "APITimeoutError",
        "AuthenticationError",
        "BadRequestError",
        "ConflictError",
        "InternalServerError",
        "InvalidArgumentError",
        "InvalidArgumentTypeError",
        "MissingAPIKeyError",
        "NotFoundError",
        "PermissionDeniedError",
        "RateLimitError",
        "RequestTooLargeError",
        "UnprocessableEntityError",
    ),
    ".lib.metadata": ("ThesysMetadata",),
    ".models": ("gemini_max_reasoning_tokens", "max_reasoning_tokens"),
    ".lib.options": ("RequestOptions",),
    ".lib.pagination": ("AsyncCursorPage", "AsyncPaginator", "CursorPage"),
    ".lib.raw_response": ("APIResponse",),
    ".lib.rules": ("C1RuleError",),
    ".lib.streaming": (
        "AsyncChatCompletionStream",
        "AsyncResponseStream",
        "AsyncStream",
        "ChatCompletionStream",
        "ResponseStream",
        "Stream",
    ),
    ".lib.tools.function_tool": ("FunctionTool", "ToolArgumentsError", "function_tool"),
    ".lib.unknown_items": ("unknown_items",),
    ".lib.tools.rounds": (
        "ToolCallRun",
        "ToolCallsStarted",
        "ToolNotFoundError",
        "ToolRound",
        "describe_tool_error",
        "parse_tool_calls",
    ),
    ".lib.tools.runner": (
        "AsyncChatToolRunner",
        "AsyncResponsesToolRunner",
        "ChatToolRunner",
        "ResponsesToolRunner",
        "run_chat_tools",
        "run_response_tools",
    ),
    "._generated.models": (
        "ChatCompletion",
        "ChatCompletionChunk",
        "Conversation",
        "ConversationDeleted",
        "ConversationItemList",
        "ResponseObject",
        "ResponseUnknownStreamEvent",
    ),
}
_SOURCE_OF = {name: module for module, names in _SOURCES.items() for name in names}

__all__ = [
    "C1",
    "SPEC_SHA256",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamError",
    "APITimeoutError",
    "AsyncC1",
    "AsyncChatCompletionStream",
    "AsyncChatToolRunner",
    "AsyncCursorPage",
    "AsyncPaginator",
    "AsyncResponseStream",
    "AsyncResponsesToolRunner",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "C1Content",
    "C1RuleError",
    "ChatCompletion",
    "ChatCompletionChunk",
    "ChatCompletionStream",
    "ChatToolRunner",
    "ConflictError",
    "Conversation",
    "ConversationDeleted",
    "ConversationItem",
    "ConversationItemList",
    "CursorPage",
    "FunctionTool",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "MissingAPIKeyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "RequestTooLargeError",
    "ResponseObject",
    "ResponseStream",
    "ResponseStreamEvent",
    "ResponseUnknownStreamEvent",
    "ResponsesToolRunner",
    "Stream",
    "ThesysMetadata",
    "ToolArgumentsError",
    "ToolCallRun",
    "ToolCallsStarted",
    "ToolNotFoundError",
    "ToolRound",
    "UnprocessableEntityError",
    "__version__",
    "c1_components",
    "describe_tool_error",
    "function_tool",
    "gemini_max_reasoning_tokens",
    "max_reasoning_tokens",
    "models",
    "output_text",
    "parse_tool_calls",
    "run_chat_tools",
    "run_response_tools",
    "unknown_items",
]


def __getattr__(name: str) -> Any:
    if name == "models":
        value: Any = import_module(".models", __name__)
    elif name in ("ConversationItem", "ResponseStreamEvent"):
        # Unions exist for type checkers only; at run time they name no class.
        value = getattr(import_module("._generated.unions", __name__), name)
    else:
        module = _SOURCE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
