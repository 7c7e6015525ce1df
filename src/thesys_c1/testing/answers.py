"""What the local server says: deterministic C1 answers and function calls.

The same conversation always gets the same answer, streamed or not: the
answer is a function of the turns (not of time, ids or the API used). A text
answer is valid Thesys content, a think item and then a ``Card`` that quotes
the user's question. When function tools are offered and the latest user text
names one (``call get_weather for Paris``), or speaks of what its name is about
(``What's the weather like in San Francisco?`` for ``get_weather``), or
``tool_choice`` demands one, the answer is a function call instead (one call
per mention of a tool's name, so naming a tool twice calls it twice in
parallel). A user text of several sentences, each after the first starting
with "Then", plans several rounds: once the outputs of one round are in, the
next sentence decides the next calls. When no step is left, the turn holding
the tool outputs gets a card that quotes them all.

``/bench chunks=N`` as the user text yields an answer of exactly N pieces,
each one content delta when streamed, produced lazily so that memory stays
flat however large N is.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from . import markup
from .turns import Turn
from .wire import LazyText

PIECE_CHARS = 48
"""Characters per streamed piece of a written answer (the last piece may be shorter)."""

BENCH_MAX_CHUNKS = 10_000_000
_BENCH = re.compile(r"\A\s*/bench\s+chunks=(\d+)\s*\Z")
_QUESTION_CHARS = 300
_EARLIER_CHARS = 80
_EARLIER_SHOWN = 5
_OUTPUT_CHARS = 500


class AnswerError(ValueError):
    """The conversation asks for something the local server cannot answer (the message says what)."""


def _tokens(text: str) -> int:
    # A stand-in for a tokenizer: about four characters a token, as OpenAI estimates.
    return max(1, math.ceil(len(text) / 4))


class Answer:
    """A text answer that can be produced again, piece by piece, as often as needed."""

    def pieces(self) -> Iterator[str]:
        raise NotImplementedError

    @property
    def output_tokens(self) -> int:
        raise NotImplementedError

    def lazy(self) -> LazyText:
        return LazyText(self.pieces)

    def text(self) -> str:
        return "".join(self.pieces())


class WrittenAnswer(Answer):
    def __init__(self, text: str) -> None:
        self._text = text

    def pieces(self) -> Iterator[str]:
        for start in range(0, len(self._text), PIECE_CHARS):
            yield self._text[start : start + PIECE_CHARS]

    def text(self) -> str:
        return self._text

    @property
    def output_tokens(self) -> int:
        return _tokens(self._text)


_BENCH_HOLE = "\u0000bench\u0000"


class BenchAnswer(Answer):
    """N pieces: the opening of a card, N - 2 short words, its closing (N = 1: one piece holding it all)."""

    def __init__(self, chunks: int) -> None:
        self.chunks = chunks
        tree = markup.component_tree(
            markup.card(
                [
                    markup.header(f"Benchmark answer in {chunks} chunks", "/bench convention of the local C1 server"),
                    markup.text_content(_BENCH_HOLE),
                ]
            )
        )
        block = markup.content_block(tree)
        self._head, self._tail = block.split(markup.escape(json.dumps(_BENCH_HOLE)[1:-1]))

    def pieces(self) -> Iterator[str]:
        if self.chunks == 1:
            yield self._head + self._tail
            return
        yield self._head
        for index in range(1, self.chunks - 1):
            yield f"w{index} "
        yield self._tail

    @property
    def output_tokens(self) -> int:
        return self.chunks


@dataclass(frozen=True)
class ToolSpec:
    """A function tool that the request offers."""

    name: str
    parameters: dict[str, Any]


@dataclass(frozen=True)
class ToolPolicy:
    """``tool_choice`` of either API, reduced to what decides a call."""

    mode: Literal["none", "auto", "required"] = "auto"
    allowed: frozenset[str] | None = None
    forced: str | None = None
    parallel: bool = True


def tool_policy_of(
    body: dict[str, Any],
    parallel_default: bool,
    forced_name: Callable[[dict[str, Any]], str],
    allowed_tools: Callable[[dict[str, Any]], tuple[str, frozenset[str]]],
) -> ToolPolicy:
    """The ToolPolicy of a request body; each API says where a forced name and an allowed list sit in it."""
    parallel = body.get("parallel_tool_calls")
    if parallel is None:
        parallel = parallel_default
    choice = body.get("tool_choice")
    if choice is None:
        return ToolPolicy("auto", parallel=parallel)
    if isinstance(choice, str):
        return ToolPolicy(choice, parallel=parallel)  # type: ignore[arg-type]
    if choice.get("type") == "function":
        return ToolPolicy("required", forced=forced_name(choice), parallel=parallel)
    if choice.get("type") == "allowed_tools":
        mode, names = allowed_tools(choice)
        return ToolPolicy(mode, allowed=names, parallel=parallel)  # type: ignore[arg-type]
    # Built-in, MCP or custom tool choices: the local server only ever calls function tools.
    return ToolPolicy("none", parallel=parallel)


@dataclass(frozen=True)
class ToolCall:
    call_id: str
    name: str
    arguments: str


@dataclass(frozen=True)
class Reply:
    """Either a text answer or one or more function calls, and the input's token count."""

    answer: Answer | None
    tool_calls: tuple[ToolCall, ...]
    input_tokens: int

    @property
    def output_tokens(self) -> int:
        if self.answer is not None:
            return self.answer.output_tokens
        return sum(_tokens(call.name + call.arguments) for call in self.tool_calls)


def _digest(turns: Sequence[Turn]) -> bytes:
    # Assistant text is not part of it: it is itself a function of the earlier turns.
    shown = [
        [turn.kind, turn.text, turn.name, turn.call_id, turn.arguments] for turn in turns if turn.kind != "assistant"
    ]
    return hashlib.sha256(json.dumps(shown, ensure_ascii=False).encode()).digest()


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _pick(options: Sequence[str], digest: bytes, salt: int) -> str:
    return options[digest[salt % len(digest)] % len(options)]


_CLOSINGS = (
    "This card comes from the local C1 server: ask the same thing in the same conversation and you get it again.",
    "No model was asked: the local C1 server writes this card from your words, the same way every time.",
    "The local C1 server answered offline; the card is deterministic, so tests can rely on it.",
)
_FOLLOW_UPS = (
    "Show this as a table",
    "Explain it step by step",
    "Summarise it in one sentence",
    "What should I ask next?",
    "Compare it with last year",
)


def _two_follow_ups(digest: bytes) -> list[str]:
    first = digest[1] % len(_FOLLOW_UPS)
    second = (first + 1 + digest[2] % (len(_FOLLOW_UPS) - 1)) % len(_FOLLOW_UPS)
    return [_FOLLOW_UPS[first], _FOLLOW_UPS[second]]


def _tool_names_by_call(turns: Sequence[Turn]) -> dict[str, str]:
    return {turn.call_id: turn.name for turn in turns if turn.kind == "tool_call" and turn.call_id and turn.name}


def _write(turns: Sequence[Turn], digest: bytes) -> WrittenAnswer:
    users = [turn.text for turn in turns if turn.kind == "user"]
    question = users[-1] if users else ""
    earlier = users[:-1]
    # Tool outputs count when they come after the latest user message.
    last_user = max((index for index, turn in enumerate(turns) if turn.kind == "user"), default=-1)
    names = _tool_names_by_call(turns)
    outputs = [
        (turn.name or names.get(turn.call_id or "", "tool"), turn.text)
        for turn in turns[last_user + 1 :]
        if turn.kind == "tool_output"
    ]

    shown_question = _clip(question, _QUESTION_CHARS)
    paragraphs = [f"You asked: “{shown_question}”" if question else "The request held no user message to answer."]
    if earlier:
        quoted = "; ".join(f"“{_clip(text, _EARLIER_CHARS)}”" for text in earlier[-_EARLIER_SHOWN:])
        paragraphs.append(f"Earlier in this conversation you asked: {quoted}.")
    for name, output in outputs:
        paragraphs.append(f"The `{name}` tool returned: {_clip(output, _OUTPUT_CHARS)}")
    paragraphs.append(_pick(_CLOSINGS, digest, 0))

    title = _clip(question, 100) if question else "No question found"
    tree = markup.component_tree(
        markup.card(
            [
                markup.header(title, f"Answer {len(users)} of this conversation"),
                markup.text_content("\n\n".join(paragraphs)),
                markup.callout(
                    "info",
                    "Offline answer",
                    "Written by thesys_c1.testing without a model; the same conversation always gets this card.",
                ),
                markup.follow_ups(_two_follow_ups(digest)),
            ]
        )
    )
    if outputs:
        thought = markup.think_item("Reading the tool output", f"{len(outputs)} tool result(s) to put in the answer.")
    else:
        words = len(question.split())
        thought = markup.think_item("Reading the question", f"{words} word(s); answering from the local server.")
    return WrittenAnswer(thought + markup.content_block(tree))


def _mentions(text: str, name: str) -> int | None:
    match = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.IGNORECASE)
    return None if match is None else match.start()


_HINT_LEAD = re.compile(r"\A\s*(?:for|in|on|about|with|of|to)?\s*", re.IGNORECASE)


def _hint_after(text: str, name: str) -> str:
    position = _mentions(text, name)
    if position is None:
        return ""
    rest = text[position + len(name) :]
    rest = _HINT_LEAD.sub("", rest, count=1)
    return _clip(rest.strip().rstrip("?.!").strip(), 100)


# Words that say what a tool does rather than what it is about: `get_weather`
# is about the weather, and a question about the weather calls it.
_VERBS = frozenset(
    {
        "get",
        "set",
        "fetch",
        "find",
        "lookup",
        "look",
        "search",
        "list",
        "create",
        "update",
        "delete",
        "remove",
        "add",
        "call",
        "run",
        "do",
        "make",
        "query",
        "check",
        "read",
        "write",
        "send",
        "show",
        "retrieve",
        "compute",
        "calculate",
        "load",
        "save",
        "tool",
    }
)
_NAME_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_PLACE = re.compile(r"\b(?:in|for|at|of|near)\s+(.+)\Z", re.IGNORECASE | re.DOTALL)


def _subject_words(name: str) -> list[str]:
    words = [word.lower() for word in _NAME_WORDS.findall(name)]
    return [word for word in words if word not in _VERBS and len(word) >= 3]


def _speaks_of(text: str, tool: str) -> tuple[int, str] | None:
    """Where the text first speaks of the tool's subject, and the word it used."""
    found: list[tuple[int, str]] = []
    for word in _subject_words(tool):
        match = re.search(rf"(?<![\w-]){re.escape(word)}s?(?![\w-])", text, re.IGNORECASE)
        if match is not None:
            found.append((match.start(), match.group(0)))
    return min(found) if found else None


def _hint_about(text: str, word: str) -> str:
    position = _mentions(text, word)
    rest = text[position + len(word) :] if position is not None else ""
    place = _PLACE.search(rest)
    return _clip((place.group(1) if place else rest).strip().rstrip("?.!").strip(), 100)


def _example(schema: Any, hint: str | None) -> Any:
    if not isinstance(schema, dict):
        return hint or "example"
    if schema.get("enum"):
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), None)
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "array":
        return []
    if kind == "object":
        return {}
    return hint or "example"


def _arguments(tool: ToolSpec, hint: str) -> str:
    properties = tool.parameters.get("properties")
    if not isinstance(properties, dict):
        return "{}"
    required = tool.parameters.get("required")
    names = [name for name in properties if not isinstance(required, list) or name in required]
    values: dict[str, Any] = {}
    # The words after the tool's name go to the first free-text parameter; the rest get examples.
    hint_used = False
    for name in names:
        schema = properties[name]
        free_text = not isinstance(schema, dict) or (
            schema.get("type") in (None, "string") and "enum" not in schema and "const" not in schema
        )
        values[name] = _example(schema, hint if free_text and not hint_used and hint else None)
        hint_used = hint_used or (free_text and bool(hint))
    return json.dumps(values, ensure_ascii=False)


# A user text can plan several rounds, one sentence each after the first:
# "Call get_weather for Paris and get_weather for London. Then call get_time
# for Paris." Each sentence that starts with "Then" is the next round, asked
# once the tool outputs of the one before are in ("and then" inside a
# sentence stays one round: both tools are called together).
_THEN = re.compile(r"\bthen\b", re.IGNORECASE)
_TAIL_WORDS = frozenset({"and", "or", "also", "with", "then", "call", "use", "run", "ask"})


def _steps(text: str) -> list[str]:
    # Scanned by hand rather than with one regex: a long run of spaces must not make it quadratic.
    steps, start = [], 0
    for match in _THEN.finditer(text):
        end = match.start()
        while end > start and text[end - 1].isspace():
            end -= 1
        gap = text[end : match.start()]
        if gap and ((end > start and text[end - 1] in ".!?") or "\n" in gap):
            steps.append(text[start:end])
            start = match.end()
    steps.append(text[start:])
    return [step.strip(" \t\r\n,") for step in steps if step.strip(" \t\r\n,")] or [text]


def _hint_of(segment: str) -> str:
    """A call's hint: its words, less the joining words ("and", "then call") that lead to the next call."""
    words = segment.split()
    while words and words[-1].strip(",;").lower() in _TAIL_WORDS:
        words.pop()
    return " ".join(words).rstrip(",;").rstrip("?.!").strip()


def _all_mentions(text: str, name: str) -> list[int]:
    return [match.start() for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.IGNORECASE)]


def _named_calls(step: str, tools: Sequence[ToolSpec]) -> list[tuple[ToolSpec, str]]:
    """Each mention of a tool's name is a call; its hint is the text up to the next mention."""
    mentions = sorted((position, tool) for tool in tools for position in _all_mentions(step, tool.name))
    calls = []
    for number, (position, tool) in enumerate(mentions):
        end = mentions[number + 1][0] if number + 1 < len(mentions) else len(step)
        segment = _HINT_LEAD.sub("", step[position + len(tool.name) : end], count=1)
        calls.append((tool, _clip(_hint_of(segment), 100)))
    return calls


def _chosen_calls(step: str, tools: Sequence[ToolSpec], policy: ToolPolicy) -> list[tuple[ToolSpec, str]]:
    if policy.mode == "none" or not tools:
        return []
    offered = [tool for tool in tools if policy.allowed is None or tool.name in policy.allowed]
    if policy.forced is not None:
        return [(tool, _hint(step, tool.name)) for tool in offered if tool.name == policy.forced][:1]
    chosen = _named_calls(step, offered)
    if not chosen:
        # No tool named outright: one whose subject the question speaks of.
        spoken = sorted(
            ((found[0], tool) for tool in offered if (found := _speaks_of(step, tool.name)) is not None),
            key=lambda pair: pair[0],
        )
        chosen = [(tool, _hint(step, tool.name)) for _, tool in spoken]
    if not chosen and policy.mode == "required" and offered:
        chosen = [(offered[0], _hint(step, offered[0].name))]
    return chosen if policy.parallel else chosen[:1]


def _hint(text: str, name: str) -> str:
    if _mentions(text, name) is not None:
        return _hint_after(text, name)
    spoken = _speaks_of(text, name)
    return _hint_about(text, spoken[1]) if spoken is not None else ""


def _rounds_since(turns: Sequence[Turn], start: int) -> int:
    """How many rounds of calls the model made after turn ``start``: runs of consecutive tool calls."""
    shown = turns[start:]
    return sum(
        1
        for index, turn in enumerate(shown)
        if turn.kind == "tool_call" and (index == 0 or shown[index - 1].kind != "tool_call")
    )


def _input_tokens(turns: Sequence[Turn]) -> int:
    return sum(_tokens(turn.text) + 4 for turn in turns) or 1


def reply_to(turns: Sequence[Turn], tools: Sequence[ToolSpec] = (), policy: ToolPolicy | None = None) -> Reply:
    """The deterministic reply to a conversation whose latest turns come last."""
    policy = policy or ToolPolicy()
    digest = _digest(turns)
    input_tokens = _input_tokens(turns)
    latest = next((turn for turn in reversed(turns) if turn.kind in ("user", "tool_output")), None)

    if latest is not None and latest.kind == "user":
        bench = _BENCH.match(latest.text)
        if bench:
            chunks = int(bench.group(1))
            if not 1 <= chunks <= BENCH_MAX_CHUNKS:
                raise AnswerError(f"/bench takes from 1 to {BENCH_MAX_CHUNKS} chunks, got {chunks}")
            return Reply(BenchAnswer(chunks), (), input_tokens)
        chosen = _chosen_calls(_steps(latest.text)[0], tools, policy)
    elif latest is not None:
        # Tool outputs came back: the next step of the user's plan, if there is one, is the next round.
        last_user = max((index for index, turn in enumerate(turns) if turn.kind == "user"), default=-1)
        steps = _steps(turns[last_user].text) if last_user >= 0 else []
        done = _rounds_since(turns, last_user + 1)
        later = ToolPolicy("none" if policy.mode == "none" else "auto", policy.allowed, None, policy.parallel)
        chosen = _chosen_calls(steps[done], tools, later) if done < len(steps) else []
    else:
        chosen = []
    if chosen:
        calls = tuple(
            ToolCall(
                "call_" + hashlib.sha256(digest + f"{index}:{tool.name}".encode()).hexdigest()[:24],
                tool.name,
                _arguments(tool, hint),
            )
            for index, (tool, hint) in enumerate(chosen)
        )
        return Reply(None, calls, input_tokens)

    return Reply(_write(turns, digest), (), input_tokens)
