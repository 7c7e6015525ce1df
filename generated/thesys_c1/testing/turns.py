"""A conversation reduced to what the local server's answers depend on.

Chat Completions messages, Responses input items and stored conversation items
all become the same list of ``Turn``s, so one answer-writer serves every API.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

TurnKind = Literal["system", "user", "assistant", "tool_call", "tool_output", "other"]


@dataclass(frozen=True)
class Turn:
    kind: TurnKind
    text: str = ""
    name: str | None = None
    call_id: str | None = None
    arguments: str | None = None


# The React SDK sends the user's text wrapped as C1 content; the question is inside.
_WRAPPED = re.compile(r'\A\s*<content thesys="true">(.*)</content>\s*\Z', re.DOTALL)


def _unwrap(text: str) -> str:
    match = _WRAPPED.match(text)
    return html.unescape(match.group(1)) if match else text


def text_of(content: Any) -> str:
    """The readable text of a message's content: a string, or a list of parts."""
    if content is None:
        return ""
    if isinstance(content, str):
        return _unwrap(content)
    pieces: list[str] = []
    if isinstance(content, list):
        for part in content:
            if not isinstance(part, dict):
                continue
            kind = part.get("type")
            if kind in ("text", "input_text", "output_text") and isinstance(part.get("text"), str):
                pieces.append(_unwrap(part["text"]))
            elif kind in ("refusal",) and isinstance(part.get("refusal"), str):
                pieces.append(part["refusal"])
            elif kind in ("image_url", "input_image"):
                pieces.append("[image]")
            elif kind in ("file", "input_file"):
                pieces.append("[file]")
    return "\n".join(pieces)


_ROLE_KINDS: dict[str, TurnKind] = {
    "system": "system",
    "developer": "system",
    "user": "user",
    "assistant": "assistant",
}


def from_chat_messages(messages: Sequence[dict[str, Any]]) -> list[Turn]:
    turns: list[Turn] = []
    for message in messages:
        role = message.get("role")
        if role == "tool":
            turns.append(Turn("tool_output", text_of(message.get("content")), call_id=message.get("tool_call_id")))
            continue
        if role == "function":
            turns.append(Turn("tool_output", text_of(message.get("content")), name=message.get("name")))
            continue
        kind = _ROLE_KINDS.get(str(role), "other")
        # Assistant text is left out: answers depend on what the user side said.
        text = "" if kind == "assistant" else text_of(message.get("content"))
        turns.append(Turn(kind, text))
        for call in message.get("tool_calls") or ():
            function = call.get("function") or {}
            turns.append(
                Turn(
                    "tool_call", name=function.get("name"), call_id=call.get("id"), arguments=function.get("arguments")
                )
            )
    return turns


def from_items(items: Iterable[Any]) -> list[Turn]:
    """Turns from Responses input items or stored conversation items (the shapes are alike)."""
    turns: list[Turn] = []
    for item in items:
        if not isinstance(item, dict):
            continue
        kind = item.get("type", "message")
        if kind == "message":
            role_kind = _ROLE_KINDS.get(str(item.get("role")), "other")
            text = "" if role_kind == "assistant" else text_of(item.get("content"))
            turns.append(Turn(role_kind, text))
        elif kind == "function_call":
            turns.append(
                Turn("tool_call", name=item.get("name"), call_id=item.get("call_id"), arguments=item.get("arguments"))
            )
        elif kind in ("function_call_output", "custom_tool_call_output"):
            turns.append(Turn("tool_output", _output_text(item.get("output")), call_id=item.get("call_id")))
        else:
            turns.append(Turn("other", name=str(kind)))
    return turns


def from_response_input(value: Any) -> list[Turn]:
    if value is None:
        return []
    if isinstance(value, str):
        return [Turn("user", _unwrap(value))]
    return from_items(value)


def _output_text(output: Any) -> str:
    return output if isinstance(output, str) else text_of(output)
