"""The request ``C1Chat`` sends to its ``apiUrl``, read and checked.

``C1Chat`` POSTs JSON ``{"prompt": {"id", "role": "user", "content"},
"threadId", "responseId"}``: only the newest user message, so the backend
keeps the thread's history (see ``threads``). The content is wrapped the way
C1 models read it: ``<content thesys="true">`` around the HTML-escaped
question, followed by a ``<context>`` element when a C1 component sent state
along (a form's values, the button that was pressed).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..content import ContentBlock, Context, StrayText, parse_answer


class InvalidChatRequest(ValueError):
    """The request body is not what ``C1Chat`` sends; ``param`` names the offending field."""

    def __init__(self, param: str, message: str) -> None:
        super().__init__(f"{param}: {message}")
        self.param = param


@dataclass(frozen=True)
class C1ChatRequest:
    """One ``C1Chat`` request.

    ``content`` is the prompt exactly as sent (what a C1 model expects in the
    history); ``text`` is the user's words unwrapped and unescaped (for logs,
    titles, search, other models); ``context`` is the JSON text of the state a
    C1 component sent along, if any.
    """

    thread_id: str
    content: str
    text: str
    context: str | None = None
    response_id: str | None = None
    prompt_id: str | None = None

    @classmethod
    def parse(cls, body: bytes | str | Mapping[str, Any]) -> C1ChatRequest:
        """Read a request body (raw JSON or already decoded); InvalidChatRequest says what is wrong."""
        if isinstance(body, bytes | str):
            try:
                body = json.loads(body)
            except (ValueError, UnicodeDecodeError) as error:
                raise InvalidChatRequest("body", f"must be JSON: {error}") from None
        if not isinstance(body, Mapping):
            raise InvalidChatRequest("body", f"must be a JSON object, got {type(body).__name__}")
        prompt = body.get("prompt")
        if not isinstance(prompt, Mapping):
            raise InvalidChatRequest("prompt", "must be an object with the user's message")
        content = prompt.get("content")
        if not isinstance(content, str):
            raise InvalidChatRequest("prompt.content", "must be a string")
        role = prompt.get("role", "user")
        if role != "user":
            raise InvalidChatRequest("prompt.role", f"must be 'user', got {role!r}")
        thread_id = body.get("threadId")
        if not isinstance(thread_id, str) or not thread_id:
            raise InvalidChatRequest("threadId", "must be a non-empty string")
        text, context = unwrap_prompt(content)
        return cls(
            thread_id=thread_id,
            content=content,
            text=text,
            context=context,
            response_id=_optional_str(body, "responseId"),
            prompt_id=_optional_str(prompt, "id"),
        )

    def user_message(self) -> dict[str, str]:
        """The prompt as a user message for the thread history and the next C1 request."""
        return {"role": "user", "content": self.content}


def _optional_str(mapping: Mapping[str, Any], key: str) -> str | None:
    value = mapping.get(key)
    if value is not None and not isinstance(value, str):
        raise InvalidChatRequest(key if key != "id" else "prompt.id", "must be a string when given")
    return value


def unwrap_prompt(content: str) -> tuple[str, str | None]:
    """The user's words and the context JSON text (or None) from a prompt's content.

    Content without tags (a client other than ``C1Chat``) is the words themselves.
    """
    if "<" not in content:
        return content, None
    answer = parse_answer(content)
    words = [
        part.payload if isinstance(part, ContentBlock) else part.text
        for part in answer.parts
        if isinstance(part, ContentBlock | StrayText)
    ]
    contexts = [part for part in answer.parts if isinstance(part, Context)]
    return "".join(words).strip(), contexts[-1].text if contexts else None
