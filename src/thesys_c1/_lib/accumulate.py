"""Building the whole answer from the pieces a stream delivers.

C1 content is XML-like text (``<content thesys="true">`` with an HTML-escaped
component tree) that arrives split at arbitrary points, even inside a tag or
an escape. Deltas are collected per choice (or per output part) and joined
once, so the final text is exactly the concatenation of the deltas, and it
costs one join rather than a copy per chunk. Pieces are joined in blocks as
they come, so a long answer is held as a few strings, about its own size,
rather than as a million small objects of fifty bytes each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._generated.models import ChatCompletion, ResponseObject


# Pieces per block: few enough that a block's join is cheap, enough that per-piece objects stay few.
_BLOCK = 1024


class _Text:
    """Text that arrives in pieces: the finished blocks, joined, and the pieces of the open one."""

    __slots__ = ("blocks", "open")

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.open: list[str] = []

    def close_block(self) -> None:
        self.blocks.append("".join(self.open))
        self.open = []

    def __bool__(self) -> bool:
        return bool(self.open or self.blocks)

    def join(self) -> str:
        self.blocks.extend(self.open)
        self.open = []
        text = "".join(self.blocks)
        # Kept as the one block, so asking again costs nothing and the answer is held once.
        self.blocks = [text] if text else []
        return text


class _Choice:
    __slots__ = ("content", "finish_reason", "function_call", "late", "logprobs", "refusal", "role", "tool_calls")

    def __init__(self) -> None:
        # A delta after the finish reason: the finish reason no longer proves the choice is whole.
        self.late = False
        self.role: str | None = None
        self.content = _Text()
        self.refusal: list[str] = []
        self.finish_reason: str | None = None
        self.tool_calls: dict[int, dict[str, Any]] = {}
        self.function_call: dict[str, Any] | None = None
        self.logprobs: dict[str, list[Any]] | None = None


class ChatCompletionAccumulator:
    """Chat completion chunks (as decoded JSON) in, a ``ChatCompletion`` out."""

    def __init__(self) -> None:
        self._choices: dict[int, _Choice] = {}
        self._top: dict[str, Any] = {}
        self.chunks = 0

    def add(self, chunk: dict[str, Any]) -> None:
        # Called once per chunk: the fields a chunk seldom carries cost one lookup each, and
        # a delta that holds only text (nearly every one) takes the first branch.
        self.chunks += 1
        top = self._top
        if not top:
            top.update({key: chunk.get(key) for key in ("id", "created", "model")})
        usage = chunk.get("usage")
        if usage is not None:
            top["usage"] = usage
        fingerprint = chunk.get("system_fingerprint")
        if fingerprint is not None:
            top["system_fingerprint"] = fingerprint
        tier = chunk.get("service_tier")
        if tier is not None:
            top["service_tier"] = tier
        choices = chunk.get("choices")
        if not choices:
            return
        for raw in choices:
            index = raw.get("index", 0)
            choice = self._choices.get(index)
            if choice is None:
                choice = self._choices[index] = _Choice()
            delta = raw.get("delta")
            if delta:
                if choice.finish_reason and any(delta.values()):
                    choice.late = True
                content = delta.get("content")
                if content:
                    pieces = choice.content.open
                    pieces.append(content)
                    if len(pieces) >= _BLOCK:
                        choice.content.close_block()
                if len(delta) > 1 or content is None:
                    self._add_delta(choice, delta)
            finish_reason = raw.get("finish_reason")
            if finish_reason:
                choice.finish_reason = finish_reason
            logprobs = raw.get("logprobs")
            if logprobs:
                collected = choice.logprobs = choice.logprobs or {}
                for key, values in logprobs.items():
                    if isinstance(values, list):
                        collected.setdefault(key, []).extend(values)

    def _add_delta(self, choice: _Choice, delta: dict[str, Any]) -> None:
        # Servers send `"role": null` and `"content": null` in later deltas; only values count.
        if delta.get("role"):
            choice.role = delta["role"]
        if delta.get("refusal"):
            choice.refusal.append(delta["refusal"])
        if delta.get("tool_calls"):
            self._merge_tool_calls(choice, delta["tool_calls"])
        if delta.get("function_call"):
            call = choice.function_call = choice.function_call or {"name": "", "arguments": ""}
            for key in ("name", "arguments"):
                call[key] += delta["function_call"].get(key) or ""

    @staticmethod
    def _merge_tool_calls(choice: _Choice, pieces: list[dict[str, Any]]) -> None:
        for piece in pieces:
            index = piece.get("index", len(choice.tool_calls))
            call = choice.tool_calls.get(index)
            if call is None:
                call = choice.tool_calls[index] = {
                    "id": "",
                    "type": "function",
                    "function": {"name": "", "arguments": ""},
                }
            if piece.get("id"):
                call["id"] = piece["id"]
            if piece.get("type"):
                call["type"] = piece["type"]
            function = piece.get("function") or {}
            for key in ("name", "arguments"):
                if function.get(key):
                    call["function"][key] += function[key]

    @property
    def finished(self) -> bool:
        """Whether every choice seen so far has a finish reason."""
        return bool(self._choices) and all(
            choice.finish_reason and not choice.late for choice in self._choices.values()
        )

    def text(self, index: int = 0) -> str:
        choice = self._choices.get(index)
        return "" if choice is None else choice.content.join()

    def to_dict(self) -> dict[str, Any]:
        choices = []
        for index in sorted(self._choices):
            choice = self._choices[index]
            message: dict[str, Any] = {
                "role": choice.role or "assistant",
                "content": choice.content.join() if choice.content or not choice.tool_calls else None,
            }
            if choice.refusal:
                message["refusal"] = "".join(choice.refusal)
            if choice.tool_calls:
                message["tool_calls"] = [choice.tool_calls[i] for i in sorted(choice.tool_calls)]
            if choice.function_call is not None:
                message["function_call"] = choice.function_call
            choices.append(
                {"index": index, "message": message, "finish_reason": choice.finish_reason, "logprobs": choice.logprobs}
            )
        result: dict[str, Any] = {
            "id": self._top.get("id", ""),
            "object": "chat.completion",
            "created": self._top.get("created", 0),
            "model": self._top.get("model", ""),
            "choices": choices,
        }
        for key in ("usage", "system_fingerprint", "service_tier"):
            if key in self._top:
                result[key] = self._top[key]
        return result

    def completion(self) -> ChatCompletion:
        from .parsing import parse

        completion: ChatCompletion = parse("ChatCompletion", self.to_dict())
        return completion


TERMINAL_RESPONSE_EVENTS = frozenset({"response.completed", "response.failed", "response.incomplete"})


class ResponseAccumulator:
    """Responses stream events (as decoded JSON) in, the final ``Response`` and its text out."""

    def __init__(self) -> None:
        self.snapshot: dict[str, Any] | None = None
        self.terminal_event: str | None = None
        # Whether a terminal event came: an attribute, read after every event.
        self.finished = False
        self._text: dict[tuple[int, int], _Text] = {}
        self.events = 0

    def add(self, event: dict[str, Any]) -> None:
        self.events += 1
        kind = event.get("type")
        if isinstance(event.get("response"), dict) and isinstance(kind, str) and kind.startswith("response."):
            self.snapshot = event["response"]
            if kind in TERMINAL_RESPONSE_EVENTS:
                self.terminal_event = kind
                self.finished = True
        elif kind == "response.output_text.delta":
            key = (event.get("output_index", 0), event.get("content_index", 0))
            text = self._text.get(key)
            if text is None:
                text = self._text[key] = _Text()
            pieces = text.open
            pieces.append(event.get("delta") or "")
            if len(pieces) >= _BLOCK:
                text.close_block()

    def streamed_text(self) -> str:
        return "".join(self._text[key].join() for key in sorted(self._text))

    def response(self) -> ResponseObject:
        from .parsing import parse

        if self.snapshot is None:
            raise LookupError("the stream carried no response object")
        response: ResponseObject = parse("Response", self.snapshot)
        return response
