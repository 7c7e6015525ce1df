"""POST /v1/embed/chat/completions: a ChatCompletion, or a stream of chunks ending with [DONE]."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from starlette.responses import Response, StreamingResponse

from .answers import AnswerError, Reply, ToolCall, ToolPolicy, ToolSpec, reply_to, tool_policy_of
from .errors import ApiError
from .items import new_id
from .request_context import Call, c1_default
from .streaming import STREAM_ERROR_MESSAGE, Frame, data_frame, sse_body
from .turns import from_chat_messages
from .wire import TEXT_HOLE, dumps, escape_json_string, to_bytes

ARGUMENT_PIECE_CHARS = 16


def tool_specs(tools: Any) -> list[ToolSpec]:
    specs = []
    for tool in tools or ():
        if tool.get("type") == "function":
            function = tool["function"]
            specs.append(ToolSpec(function["name"], function.get("parameters") or {}))
    return specs


def tool_policy(body: dict[str, Any]) -> ToolPolicy:
    default = bool(c1_default("createChatCompletion", "parallel_tool_calls"))
    return tool_policy_of(body, default, lambda choice: choice["function"]["name"], _allowed_tools)


def _allowed_tools(choice: dict[str, Any]) -> tuple[str, frozenset[str]]:
    allowed = choice["allowed_tools"]
    names = frozenset(
        str((tool.get("function") or {}).get("name") or tool.get("name")) for tool in allowed.get("tools", ())
    )
    return allowed["mode"], names


def usage(reply: Reply) -> dict[str, Any]:
    return {
        "prompt_tokens": reply.input_tokens,
        "completion_tokens": reply.output_tokens,
        "total_tokens": reply.input_tokens + reply.output_tokens,
        "prompt_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": 0,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    }


def _tool_call(call: ToolCall) -> dict[str, Any]:
    return {"id": call.call_id, "type": "function", "function": {"name": call.name, "arguments": call.arguments}}


def create_chat_completion(call: Call) -> Response:
    body: dict[str, Any] = call.body
    try:
        reply = reply_to(from_chat_messages(body["messages"]), tool_specs(body.get("tools")), tool_policy(body))
    except AnswerError as error:
        raise ApiError(400, f"messages: {error}", param="messages", code="invalid_value") from None
    completion_id = new_id("chatcmpl-")
    created = int(time.time())
    model = body["model"]

    if call.wants_stream:
        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        frames = _chunks(completion_id, created, model, reply, include_usage, choice_count(body))
        return StreamingResponse(
            sse_body(frames, call.stream_faults, _stream_error),
            media_type="text/event-stream",
            headers={"cache-control": "no-cache"},
        )

    # As real servers answer: an empty `annotations` list, which a client sending
    # this message back as history (messages.append(message)) echoes unchanged.
    message: dict[str, Any] = {"role": "assistant", "content": None, "refusal": None, "annotations": []}
    if reply.answer is not None:
        message["content"] = reply.answer.text()
        finish_reason = "stop"
    else:
        message["tool_calls"] = [_tool_call(tool_call) for tool_call in reply.tool_calls]
        finish_reason = "tool_calls"
    completion = {
        "id": completion_id,
        "object": "chat.completion",
        "created": created,
        "model": model,
        "choices": [
            {"index": index, "message": message, "finish_reason": finish_reason, "logprobs": None}
            for index in range(choice_count(body))
        ],
        "usage": usage(reply),
        "service_tier": "default",
        "system_fingerprint": None,
    }
    return Response(to_bytes(completion), media_type="application/json")


def choice_count(body: dict[str, Any]) -> int:
    """How many choices to answer: the request's ``n``, which the spec's rules checked before this runs."""
    n = body.get("n")
    return 1 if n is None else int(n)


def _chunks(
    completion_id: str, created: int, model: str, reply: Reply, include_usage: bool, choices: int
) -> Iterator[Frame]:
    base: dict[str, Any] = {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "service_tier": "default",
        "system_fingerprint": None,
    }
    if include_usage:
        # As OpenAI does: every chunk says usage is null, and one last chunk carries it.
        base["usage"] = None

    for choice in range(choices):
        yield from _choice_chunks(base, reply, choice)
    if include_usage:
        yield data_frame({**base, "choices": [], "usage": usage(reply)})


def _choice_chunks(base: dict[str, Any], reply: Reply, choice_index: int) -> Iterator[Frame]:
    """The chunks of one choice; with ``n`` above 1 each choice streams in turn, told apart by its index."""

    def chunk(delta: dict[str, Any], finish_reason: str | None = None) -> Frame:
        choice = {"index": choice_index, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        return data_frame({**base, "choices": [choice]})

    if reply.answer is not None:
        yield chunk({"role": "assistant", "content": "", "refusal": None})
        content_choice = {
            "index": choice_index,
            "delta": {"content": TEXT_HOLE},
            "logprobs": None,
            "finish_reason": None,
        }
        head, tail = dumps({**base, "choices": [content_choice]}).split(escape_json_string(TEXT_HOLE))
        for piece in reply.answer.pieces():
            yield ("data: ", head, escape_json_string(piece), tail, "\n\n")
        yield chunk({}, "stop")
    else:
        yield chunk({"role": "assistant", "content": None, "refusal": None})
        for index, tool_call in enumerate(reply.tool_calls):
            opening = {
                "index": index,
                "id": tool_call.call_id,
                "type": "function",
                "function": {"name": tool_call.name, "arguments": ""},
            }
            yield chunk({"tool_calls": [opening]})
            arguments = tool_call.arguments
            for start in range(0, len(arguments), ARGUMENT_PIECE_CHARS):
                piece = arguments[start : start + ARGUMENT_PIECE_CHARS]
                yield chunk({"tool_calls": [{"index": index, "function": {"arguments": piece}}]})
        yield chunk({}, "tool_calls")


def _stream_error(_sent: int) -> Frame:
    # OpenAI-compatible servers report a failure inside a chat stream as a data line with an error body.
    return data_frame({"error": {"message": STREAM_ERROR_MESSAGE, "type": "server_error", "param": None, "code": None}})
