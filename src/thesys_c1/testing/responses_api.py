"""POST /v1/embed/responses: a Response, or the Open Responses event stream.

History comes from ``previous_response_id`` (a stored response and the chain
before it) or from ``conversation`` (its items), followed by ``input``. A
stored response keeps only turns, and its text as a ``LazyText``, so storing
an answer of any length costs little. With ``conversation``, the input items
and the output items are appended to the conversation.

An unknown ``previous_response_id`` gives 404 with code
``previous_response_not_found`` (as OpenAI answers); passing both
``previous_response_id`` and ``conversation`` gives 400.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from typing import Any

from starlette.responses import Response, StreamingResponse

from .answers import AnswerError, Reply, ToolPolicy, ToolSpec, reply_to, tool_policy_of
from .errors import ApiError
from .items import Item, function_call, new_id, output_message, output_text_part, stored_item
from .request_context import Call, c1_default
from .state import Conversation, StoredResponse, collection_of
from .streaming import STREAM_ERROR_MESSAGE, Frame, event_frame, sse_body
from .turns import Turn, from_items, from_response_input
from .wire import NUMBER_HOLE, TEXT_HOLE, LazyText, Template, to_bytes

ARGUMENT_PIECE_CHARS = 16


def tool_specs(tools: Any) -> list[ToolSpec]:
    return [ToolSpec(tool["name"], tool.get("parameters") or {}) for tool in tools or () if tool["type"] == "function"]


def tool_policy(body: dict[str, Any]) -> ToolPolicy:
    default = bool(c1_default("createResponse", "parallel_tool_calls"))
    return tool_policy_of(body, default, lambda choice: choice["name"], _allowed_tools)


def _allowed_tools(choice: dict[str, Any]) -> tuple[str, frozenset[str]]:
    return choice.get("mode") or "auto", frozenset(str(tool.get("name")) for tool in choice.get("tools", ()))


def _typed(item: Any) -> Any:
    # Open Responses lets an item reference leave out its type (or send null): `{"id": "msg_1"}`.
    if isinstance(item, dict) and item.get("type") is None and "role" not in item and "id" in item:
        return {**item, "type": "item_reference"}
    return item


def returned_tools(tools: Any) -> list[dict[str, Any]]:
    """The tools as a response echoes them: a function tool with every member, null where not given.

    Open Responses requires `description`, `parameters` and `strict` on each
    echoed function tool, so they are filled in rather than copied as sent.
    """
    echoed: list[dict[str, Any]] = []
    for tool in tools or ():
        if tool.get("type") == "function":
            echoed.append(
                {
                    "type": "function",
                    "name": tool["name"],
                    "description": tool.get("description"),
                    "parameters": tool.get("parameters"),
                    "strict": tool.get("strict"),
                }
            )
        else:
            echoed.append(dict(tool))
    return echoed


def returned_tool_choice(choice: Any) -> Any:
    """``tool_choice`` as a response echoes it: an ``allowed_tools`` choice always states its mode."""
    if choice is None:
        return "auto"
    if isinstance(choice, dict) and choice.get("type") == "allowed_tools" and not choice.get("mode"):
        return {**choice, "mode": "auto"}
    return choice


def _number(value: Any, default: float) -> Any:
    # Null in the request means "left out": the response states the value used.
    return default if value is None else value


def _usage(reply: Reply) -> dict[str, Any]:
    return {
        "input_tokens": reply.input_tokens,
        "input_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0},
        "output_tokens": reply.output_tokens,
        "output_tokens_details": {"reasoning_tokens": 0},
        "total_tokens": reply.input_tokens + reply.output_tokens,
    }


class _Outcome:
    """Everything one request decided, from which the JSON answer or the event stream is written."""

    def __init__(self, call: Call) -> None:
        body: dict[str, Any] = call.body
        store = call.store
        self.body = body
        stored = body.get("store")
        self.store_flag = bool(c1_default("createResponse", "store")) if stored is None else bool(stored)
        self.previous_id: str | None = body.get("previous_response_id")
        conversation_param = body.get("conversation")
        if self.previous_id and conversation_param:
            raise ApiError(
                400,
                "previous_response_id and conversation cannot be used together: pass one way of keeping history.",
                param="previous_response_id",
                code="invalid_value",
            )
        self.conversation: Conversation | None = None
        previous: StoredResponse | None = None
        history: list[Turn] = []
        if self.previous_id:
            previous = store.response(self.previous_id)
            history = previous.history()
        if conversation_param:
            conversation_id = conversation_param if isinstance(conversation_param, str) else conversation_param["id"]
            self.conversation = store.conversation(conversation_id, param="conversation")
            history = from_items(self.conversation.items)

        raw_input = body.get("input")
        input_items: list[Any] = [raw_input] if isinstance(raw_input, str) else [_typed(i) for i in raw_input or ()]
        resolved = [
            store.item(item["id"], f"input[{index}].id")
            if isinstance(item, dict) and item.get("type") == "item_reference"
            else item
            for index, item in enumerate(input_items)
        ]
        input_turns = from_response_input(raw_input) if isinstance(raw_input, str) else from_items(resolved)
        try:
            self.reply = reply_to(history + input_turns, tool_specs(body.get("tools")), tool_policy(body))
        except AnswerError as error:
            raise ApiError(400, f"input: {error}", param="input", code="invalid_value") from None

        self.id = new_id("resp_")
        self.created_at = int(time.time())
        self.model: str = body.get("model") or ""
        self.message_id = new_id("msg_")
        self.call_item_ids = [new_id("fc_") for _ in self.reply.tool_calls]
        self.text: LazyText | None = None if self.reply.answer is None else self.reply.answer.lazy()

        if self.reply.answer is not None:
            output_turns = [Turn("assistant")]
        else:
            output_turns = [
                Turn("tool_call", name=c.name, call_id=c.call_id, arguments=c.arguments) for c in self.reply.tool_calls
            ]
        if self.store_flag:
            # Within a conversation the whole history is kept, so a later
            # previous_response_id to this response sees it too.
            prefix = history if self.conversation is not None else []
            store.save_response(StoredResponse(self.id, previous, tuple(prefix + input_turns + output_turns)))
            store.remember(self.output(self.text))
            store.keep(
                collection_of(call.operation_id), self.id, lambda: self.response(self.output(self.text), done=True)
            )
        if self.conversation is not None:
            added = [stored_item(item, lambda ref: store.item(ref, "input")) for item in input_items]
            store.append_to_conversation(self.conversation, added + self.output(self.text))

    def output(self, text: str | LazyText | None, status: str = "completed") -> list[Item]:
        if self.reply.answer is not None:
            return [output_message(self.message_id, text if text is not None else "", status)]
        return [
            function_call(item_id, tool_call, status)
            for item_id, tool_call in zip(self.call_item_ids, self.reply.tool_calls, strict=True)
        ]

    def response(self, output: list[Item], *, done: bool, error: dict[str, Any] | None = None) -> dict[str, Any]:
        body = self.body
        text_config = body.get("text") or {}
        reasoning = body.get("reasoning") or {}
        parallel = body.get("parallel_tool_calls")
        return {
            "id": self.id,
            "object": "response",
            "created_at": self.created_at,
            "completed_at": int(time.time()) if done else None,
            "status": "failed" if error is not None else "completed" if done else "in_progress",
            "model": self.model,
            "output": output,
            "usage": _usage(self.reply) if done else None,
            "error": error,
            "incomplete_details": None,
            "instructions": body.get("instructions"),
            "metadata": body.get("metadata") or {},
            "parallel_tool_calls": bool(c1_default("createResponse", "parallel_tool_calls"))
            if parallel is None
            else parallel,
            "previous_response_id": self.previous_id,
            "conversation": None if self.conversation is None else {"id": self.conversation.id},
            "store": self.store_flag,
            "background": False,
            "text": {"format": {"type": "text"}, "verbosity": text_config.get("verbosity") or "medium"},
            "reasoning": {"effort": reasoning.get("effort"), "summary": None},
            "tools": returned_tools(body.get("tools")),
            "tool_choice": returned_tool_choice(body.get("tool_choice")),
            "temperature": _number(body.get("temperature"), 1.0),
            "top_p": _number(body.get("top_p"), 1.0),
            "presence_penalty": _number(body.get("presence_penalty"), 0.0),
            "frequency_penalty": _number(body.get("frequency_penalty"), 0.0),
            "top_logprobs": body.get("top_logprobs") or 0,
            "max_output_tokens": body.get("max_output_tokens"),
            "max_tool_calls": body.get("max_tool_calls"),
            "truncation": body.get("truncation") or "disabled",
            "service_tier": "default",
            "safety_identifier": body.get("safety_identifier"),
            "prompt_cache_key": body.get("prompt_cache_key"),
            "prompt_cache_retention": body.get("prompt_cache_retention"),
            "user": None,
        }


def create_response(call: Call) -> Response:
    outcome = _Outcome(call)
    if call.wants_stream:
        return StreamingResponse(
            sse_body(_events(outcome), call.stream_faults, lambda sequence: _stream_error(outcome, sequence)),
            media_type="text/event-stream",
            headers={"cache-control": "no-cache"},
        )
    return Response(to_bytes(outcome.response(outcome.output(outcome.text), done=True)), media_type="application/json")


def _events(outcome: _Outcome) -> Iterator[Frame]:
    sequence = 0

    def event(value: dict[str, Any], text: LazyText | None = None) -> Frame:
        nonlocal sequence
        frame = event_frame({"type": value.pop("type"), "sequence_number": sequence, **value}, text)
        sequence += 1
        return frame

    yield event({"type": "response.created", "response": outcome.response([], done=False)})
    yield event({"type": "response.in_progress", "response": outcome.response([], done=False)})

    answer = outcome.reply.answer
    if answer is not None and outcome.text is not None:
        item_id = outcome.message_id
        where = {"item_id": item_id, "output_index": 0, "content_index": 0}
        yield event(
            {"type": "response.output_item.added", "output_index": 0, "item": outcome.output(None, "in_progress")[0]}
        )
        yield event({"type": "response.content_part.added", **where, "part": output_text_part("")})
        delta = Template(
            {
                "type": "response.output_text.delta",
                "sequence_number": NUMBER_HOLE,
                **where,
                "delta": TEXT_HOLE,
                "logprobs": [],
            }
        )
        for piece in answer.pieces():
            yield ("event: response.output_text.delta\ndata: ", delta.render(sequence, piece), "\n\n")
            sequence += 1
        yield event({"type": "response.output_text.done", **where, "text": TEXT_HOLE, "logprobs": []}, outcome.text)
        yield event({"type": "response.content_part.done", **where, "part": output_text_part(TEXT_HOLE)}, outcome.text)
        yield event(
            {"type": "response.output_item.done", "output_index": 0, "item": outcome.output(TEXT_HOLE)[0]}, outcome.text
        )
        final = outcome.response(outcome.output(TEXT_HOLE), done=True)
        yield event({"type": "response.completed", "response": final}, outcome.text)
        return

    in_progress = outcome.output(None, "in_progress")
    done_items = outcome.output(None)
    for index, tool_call in enumerate(outcome.reply.tool_calls):
        item_id = outcome.call_item_ids[index]
        yield event({"type": "response.output_item.added", "output_index": index, "item": in_progress[index]})
        arguments = tool_call.arguments
        for start in range(0, len(arguments), ARGUMENT_PIECE_CHARS):
            yield event(
                {
                    "type": "response.function_call_arguments.delta",
                    "item_id": item_id,
                    "output_index": index,
                    "delta": arguments[start : start + ARGUMENT_PIECE_CHARS],
                }
            )
        yield event(
            {
                "type": "response.function_call_arguments.done",
                "item_id": item_id,
                "output_index": index,
                "name": tool_call.name,
                "arguments": arguments,
            }
        )
        yield event({"type": "response.output_item.done", "output_index": index, "item": done_items[index]})
    yield event({"type": "response.completed", "response": outcome.response(done_items, done=True)})


def _stream_error(outcome: _Outcome, sequence_number: int) -> Frame:
    """The ``error`` event, its details nested as Open Responses has them, then ``response.failed``."""
    error = event_frame(
        {
            "type": "error",
            "sequence_number": sequence_number,
            "error": {"type": "server_error", "code": "server_error", "message": STREAM_ERROR_MESSAGE, "param": None},
        }
    )
    failed = event_frame(
        {
            "type": "response.failed",
            "sequence_number": sequence_number + 1,
            "response": outcome.response(
                [], done=False, error={"code": "server_error", "message": STREAM_ERROR_MESSAGE}
            ),
        }
    )
    return itertools.chain(error, failed)
