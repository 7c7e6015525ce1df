# The public names of thesys_c1.react, derived by `make generate` (generator/pipeline/exports.py) from the imports of
# src/thesys_c1/react/__init__.py. Edit those, never this file: `make check` fails when the two drift apart.

PUBLIC: tuple[str, ...] = (
    "ANSWER_HEADERS",
    "ANSWER_MEDIA_TYPE",
    "ANSWER_STATUS_HEADER",
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
    "MAX_CHAT_REQUEST_BYTES",
    "REQUEST_ID_HEADER",
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
)
"""Every public name: the package's ``__all__``."""

NAMES: dict[str, str] = {
    "C1StreamingResponse": ".starlette",
    "c1_streaming_response": ".starlette",
    "read_chat_request": ".starlette",
    "AsyncToolProgress": ".tool_loop",
    "ToolProgress": ".tool_loop",
    "describe_call": ".tool_loop",
    "tool_progress": ".tool_loop",
}
"""Each name loaded on first use -> the module it is an attribute of."""

MODULES: dict[str, str] = {}
"""Each name loaded on first use that is a module -> that module."""
