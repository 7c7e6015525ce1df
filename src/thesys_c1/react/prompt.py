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
from typing import TYPE_CHECKING, Any, Protocol

from ..content import ContentBlock, Context, StrayText, parse_answer

if TYPE_CHECKING:
    from .._generated.params import ChatCompletionUserMessageParam

# C1Chat sends one message per request; a body this large is not one of its.
MAX_CHAT_REQUEST_BYTES = 1024 * 1024

# Enough of a wrong value to recognise it, never the whole of a huge one.
_SHOWN_CHARACTERS = 40


class Readable(Protocol):
    """A request body still to be read: Flask's ``request.stream``, Django's ``request``, WSGI's ``wsgi.input``."""

    def read(self, size: int = ..., /) -> bytes: ...


ChatRequestBody = bytes | bytearray | str | Mapping[str, Any] | Readable


class InvalidChatRequest(ValueError):
    """The request body is not what ``C1Chat`` sends; ``param`` names the offending field.

    ``response()`` is the 400 to answer with: a short JSON error body in the
    OpenAI shape, naming ``param``.
    """

    status_code = 400

    def __init__(self, param: str, message: str) -> None:
        super().__init__(f"{param}: {message}")
        self.param = param

    def error_body(self) -> dict[str, Any]:
        return {"error": {"message": str(self), "type": "invalid_request_error", "param": self.param, "code": None}}

    def response(self) -> RejectedChatRequest:
        return RejectedChatRequest(self)


class RejectedChatRequest(tuple[bytes, int, dict[str, str]]):
    """The 400 answer to a malformed body, as ``(body, status, headers)``.

    A Flask view can return it as it is (Flask reads a three-item tuple as
    body, status and headers); elsewhere build the framework's response from
    ``body``, ``status`` and ``headers``. ``error`` is the ``InvalidChatRequest``.
    """

    error: InvalidChatRequest

    def __new__(cls, error: InvalidChatRequest) -> RejectedChatRequest:
        body = json.dumps(error.error_body(), ensure_ascii=True).encode("ascii")
        rejected = super().__new__(cls, (body, error.status_code, {"Content-Type": "application/json"}))
        rejected.error = error
        return rejected

    @property
    def body(self) -> bytes:
        return self[0]

    @property
    def status(self) -> int:
        return self[1]

    @property
    def headers(self) -> dict[str, str]:
        return self[2]


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
    def parse(cls, body: ChatRequestBody, *, max_bytes: int = MAX_CHAT_REQUEST_BYTES) -> C1ChatRequest:
        """Read a request body; ``InvalidChatRequest`` says what is wrong.

        ``body`` is the raw JSON (bytes or text), the body already decoded, or
        a stream to read it from (``request.stream`` in Flask, ``request`` in
        Django), of which at most ``max_bytes`` + 1 bytes are read.
        """
        check_max_bytes("C1ChatRequest.parse", max_bytes)
        decoded = _decode(body, max_bytes) if not isinstance(body, Mapping) else body
        if not isinstance(decoded, Mapping):
            raise InvalidChatRequest("body", f"must be a JSON object, got {type(decoded).__name__}")
        prompt = decoded.get("prompt")
        if not isinstance(prompt, Mapping):
            raise InvalidChatRequest("prompt", "must be an object with the user's message")
        content = _text(prompt, "content", "prompt.content")
        if content is None:
            raise InvalidChatRequest("prompt.content", "must be a string")
        role = prompt.get("role", "user")
        if role != "user":
            raise InvalidChatRequest("prompt.role", f"must be 'user', got {_shown(role)}")
        thread_id = _text(decoded, "threadId", "threadId")
        if not thread_id:
            raise InvalidChatRequest("threadId", "must be a non-empty string")
        text, context = unwrap_prompt(content)
        return cls(
            thread_id=thread_id,
            content=content,
            text=text,
            context=context,
            response_id=_optional_text(decoded, "responseId", "responseId"),
            prompt_id=_optional_text(prompt, "id", "prompt.id"),
        )

    @classmethod
    def read(
        cls, body: ChatRequestBody, *, max_bytes: int = MAX_CHAT_REQUEST_BYTES
    ) -> C1ChatRequest | RejectedChatRequest:
        """The request, or the ready 400 answer when the body is malformed (``parse`` raises instead)."""
        try:
            return cls.parse(body, max_bytes=max_bytes)
        except InvalidChatRequest as error:
            return error.response()

    def user_message(self) -> ChatCompletionUserMessageParam:
        """The prompt as a user message for the thread history and the next C1 request."""
        return {"role": "user", "content": self.content}


def check_max_bytes(function: str, max_bytes: object) -> None:
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 1:
        raise ValueError(f"{function}(): max_bytes must be a positive integer, got {max_bytes!r}")


def _decode(body: object, max_bytes: int) -> object:
    if isinstance(body, str):
        if len(body) > max_bytes:
            raise body_too_large(max_bytes)
        raw: bytes | str = body
    elif isinstance(body, bytes | bytearray):
        if len(body) > max_bytes:
            raise body_too_large(max_bytes)
        raw = bytes(body)
    elif callable(getattr(body, "read", None)):
        raw = _read_bounded(body, max_bytes)  # type: ignore[arg-type]
    else:
        raise TypeError(
            f"C1ChatRequest.parse(): body must be bytes, str, a mapping or a readable stream, got {type(body).__name__}"
        )
    # Messages in our own words: a decoder's text would show internals.
    try:
        return json.loads(raw)
    except json.JSONDecodeError as error:
        raise InvalidChatRequest(
            "body", f"must be JSON (not valid at line {error.lineno}, column {error.colno})"
        ) from None
    except UnicodeDecodeError:
        raise InvalidChatRequest("body", "must be JSON in UTF-8") from None
    except RecursionError:
        raise InvalidChatRequest("body", "is nested too deeply to be a C1Chat request") from None
    except ValueError:
        # Valid JSON that Python refuses to hold: integers of thousands of digits.
        raise InvalidChatRequest("body", "holds a number with too many digits") from None


def _read_bounded(stream: Readable, max_bytes: int) -> bytes:
    # read(n) may return less than n (werkzeug's and Django's streams do), so loop until the end.
    data = bytearray()
    while len(data) <= max_bytes:
        chunk = stream.read(max_bytes + 1 - len(data))
        if not chunk:
            return bytes(data)
        data += chunk
    raise body_too_large(max_bytes)


def body_too_large(max_bytes: int) -> InvalidChatRequest:
    return InvalidChatRequest("body", f"must be at most {max_bytes} bytes")


def _text(mapping: Mapping[str, Any], key: str, param: str) -> str | None:
    value = mapping.get(key)
    if not isinstance(value, str):
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        # JSON's \ud800 escapes decode to lone surrogates, which no UTF-8 request to C1 can carry.
        raise InvalidChatRequest(
            param, f"must be Unicode text, but holds an unpaired surrogate at character {error.start}"
        ) from None
    return value


def _optional_text(mapping: Mapping[str, Any], key: str, param: str) -> str | None:
    value = mapping.get(key)
    if value is None:
        return None
    text = _text(mapping, key, param)
    if text is None:
        raise InvalidChatRequest(param, f"must be a string when given, got {_shown(value)}")
    return text


def _shown(value: object) -> str:
    # A container's repr could be huge or nested past the recursion limit: name its type only.
    if not isinstance(value, str | int | float | bool | None):
        return type(value).__name__
    shown = repr(value)
    return shown if len(shown) <= _SHOWN_CHARACTERS else shown[: _SHOWN_CHARACTERS - 3] + "..."


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
