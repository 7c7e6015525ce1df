"""Items as the Responses and Conversations APIs return them: messages, function calls and their outputs."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from typing import Any

from .answers import ToolCall
from .wire import LazyText

Item = dict[str, Any]


def new_id(prefix: str) -> str:
    return prefix + uuid.uuid4().hex


def output_text_part(text: str | LazyText) -> dict[str, Any]:
    return {"type": "output_text", "text": text, "annotations": [], "logprobs": []}


def output_message(item_id: str, text: str | LazyText, status: str = "completed") -> Item:
    content = [] if status == "in_progress" else [output_text_part(text)]
    return {"type": "message", "id": item_id, "status": status, "role": "assistant", "content": content}


def function_call(item_id: str, call: ToolCall, status: str = "completed") -> Item:
    arguments = "" if status == "in_progress" else call.arguments
    return {
        "type": "function_call",
        "id": item_id,
        "call_id": call.call_id,
        "name": call.name,
        "arguments": arguments,
        "status": status,
    }


_ID_PREFIXES = {
    "message": "msg_",
    "function_call": "fc_",
    "function_call_output": "fco_",
    "reasoning": "rs_",
}


def _message_content(role: str, content: Any) -> list[Any]:
    if isinstance(content, str):
        if role == "assistant":
            return [output_text_part(content)]
        return [{"type": "input_text", "text": content}]
    return copy.deepcopy(list(content or []))


def stored_item(item: Any, resolve_reference: Callable[[str], Item]) -> Item:
    """A Responses input item (or a plain string) as a conversation keeps it, with an id."""
    if isinstance(item, str):
        return stored_item({"type": "message", "role": "user", "content": item}, resolve_reference)
    kind = item.get("type", "message")
    if kind == "item_reference":
        return copy.deepcopy(resolve_reference(item["id"]))
    item_id = item.get("id") or new_id(_ID_PREFIXES.get(kind, "item_"))
    if kind == "message":
        role = item["role"]
        return {
            "type": "message",
            "id": item_id,
            "status": item.get("status") or "completed",
            "role": role,
            "content": _message_content(role, item.get("content")),
        }
    stored = {key: copy.deepcopy(value) for key, value in item.items() if value is not None}
    stored["id"] = item_id
    if kind in ("function_call", "function_call_output"):
        stored.setdefault("status", "completed")
    return stored
