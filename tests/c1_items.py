"""Stream items as C1 sends them, built as the generated models."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from thesys_c1._generated.models import (
    ChatCompletionChunk,
    ResponseCompletedEvent,
    ResponseCreatedEvent,
    ResponseErrorEvent,
    ResponseFailedEvent,
    ResponseIncompleteEvent,
    ResponseOutputTextDeltaEvent,
)
from thesys_c1.content import escape, parse_answer

HEADER = {"component": "Header", "props": {"title": "World population, 1950-2020"}}
QUESTION_CARD: dict[str, Any] = {
    "component": {
        "component": "Card",
        "props": {
            "children": [
                HEADER,
                {"component": "TextContent", "props": {"textMarkdown": "It grew from 2.5 to 7.8 billion & counting."}},
            ]
        },
    },
    "error": None,
}
ANSWER = f'<content thesys="true">{escape(json.dumps(QUESTION_CARD))}</content>'


def split(text: str, size: int) -> list[str]:
    return [text[start : start + size] for start in range(0, len(text), size)]


def chat_chunk_dict(content: str | None, finish_reason: str | None = None, index: int = 0) -> dict[str, Any]:
    delta: dict[str, Any] = {"role": None}
    if content is not None:
        delta["content"] = content
    return {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "created": 1_700_000_000,
        "model": "c1/anthropic/claude-sonnet-4/v-20250930",
        "choices": [{"index": index, "delta": delta, "finish_reason": finish_reason}],
    }


def chat_chunks(pieces: Sequence[str], *, finish_reason: str | None = "stop") -> list[ChatCompletionChunk]:
    chunks = [ChatCompletionChunk.from_dict(chat_chunk_dict(piece)) for piece in pieces]
    if finish_reason is not None:
        chunks.append(ChatCompletionChunk.from_dict(chat_chunk_dict(None, finish_reason)))
    return chunks


def _response(status: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1,
        "model": "c1/x",
        "output": [],
        "status": status,
    } | extra


def responses_events(pieces: Sequence[str], *, end: str = "completed") -> list[Any]:
    events: list[Any] = [
        ResponseCreatedEvent.from_dict(
            {"type": "response.created", "sequence_number": 0, "response": _response("in_progress")}
        )
    ]
    for number, piece in enumerate(pieces, start=1):
        events.append(
            ResponseOutputTextDeltaEvent.from_dict(
                {
                    "type": "response.output_text.delta",
                    "sequence_number": number,
                    "item_id": "msg_1",
                    "output_index": 0,
                    "content_index": 0,
                    "delta": piece,
                }
            )
        )
    last = len(pieces) + 1
    if end == "completed":
        events.append(
            ResponseCompletedEvent.from_dict(
                {"type": "response.completed", "sequence_number": last, "response": _response("completed")}
            )
        )
    elif end == "failed":
        failed = _response("failed", error={"code": "server_error", "message": "The model crashed."})
        events.append(
            ResponseFailedEvent.from_dict({"type": "response.failed", "sequence_number": last, "response": failed})
        )
    elif end == "incomplete":
        cut = _response("incomplete", incomplete_details={"reason": "max_output_tokens"})
        events.append(
            ResponseIncompleteEvent.from_dict({"type": "response.incomplete", "sequence_number": last, "response": cut})
        )
    elif end == "error":
        events.append(
            ResponseErrorEvent.from_dict(
                {"type": "error", "sequence_number": last, "code": "rate_limit", "message": "Slow down."}
            )
        )
    return events


def notice_in(text: str) -> str | None:
    """The description of the error callout the answer ends with, if it has one."""
    content = parse_answer(text).content
    if content is None:
        return None
    children = content.json()["component"]["props"]["children"]
    callouts = [child for child in children if child.get("component") == "CalloutV2"]
    if not callouts:
        return None
    props = callouts[-1]["props"]
    assert (props["variant"], props["title"]) == ("danger", "The answer stopped early")
    description: str = props["description"]
    return description
