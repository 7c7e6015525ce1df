"""Reading a C1 answer, whole or while it streams, into its parts.

The tags are the ones the React SDK parses (see ``parts``). The reader is
lenient the way the React SDK is: unknown tags are kept as
``UnknownElement``, a stray closing tag is skipped, text outside every element
is kept as ``StrayText``; each of these is also described in
``C1Answer.problems``.

``AnswerParser`` reads text piece by piece. It never decides on a tag or an
entity that a later piece could still change: an unfinished ``<tag`` or
``&entity`` at the end of a piece waits in ``pending`` for the next one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .escaping import MAX_ENTITY_LENGTH, escape, unescape
from .parts import (
    Artifact,
    ArtifactDiff,
    C1Answer,
    ContentBlock,
    Context,
    CustomMarkdown,
    Part,
    StrayText,
    ThinkItem,
    UnknownElement,
)

# Elements that stand at the top of an answer, and the two that live in a think item.
TOP_LEVEL = frozenset({"content", "thinkitem", "artifact", "artifact_diff", "context", "custommarkdown"})
THINK_FIELDS = {"thinkitemtitle": "title", "thinkitemcontent": "content"}
# A "<" that is not closed by ">" within this many characters is text, not a
# tag: waiting longer would hold a whole malformed answer back.
MAX_TAG_LENGTH = 4096

_NAME = r"[A-Za-z_][-A-Za-z0-9_.:]*"
_CLOSE_TAG = re.compile(rf"/\s*({_NAME})\s*")
_OPEN_TAG = re.compile(rf"({_NAME})((?:\s+[^\s=/>]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'=<>`/]+))?)*)\s*(/?)")
_ATTRIBUTE = re.compile(r"([^\s=/>]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'=<>`/]+)))?")
_PARTIAL_ENTITY = re.compile(r"&(?:#[0-9]*|#[xX][0-9a-fA-F]*|[A-Za-z]*)")


@dataclass
class _Open:
    name: str
    attributes: dict[str, str]
    start: int
    # Only the element at the bottom of the stack collects text; think items
    # collect it per field.
    text: list[str] = field(default_factory=list)
    fields: dict[str, list[str]] = field(default_factory=dict)


def _int_attribute(attributes: dict[str, str], name: str) -> int | None:
    value = attributes.get(name)
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        return None


class AnswerParser:
    """Reads a C1 answer incrementally: ``feed`` pieces, ``snapshot`` any time, ``close`` at the end."""

    def __init__(self) -> None:
        self._pending = ""
        self._offset = 0  # where _pending starts in the whole text
        self._stack: list[_Open] = []
        self._parts: list[Part] = []
        self._problems: list[str] = []
        self._truncated = False
        self._left_open = False
        self._closed = False
        self._opened: list[str] = []

    @property
    def pending(self) -> str:
        """The tail not read yet: an unfinished tag or entity waiting for more text."""
        return self._pending

    @property
    def consumed(self) -> int:
        """How many characters of the text have been read (everything fed except ``pending``)."""
        return self._offset

    @property
    def open_tags(self) -> tuple[str, ...]:
        """The names of the elements open now, outermost first."""
        return tuple(element.name for element in self._stack)

    @property
    def opened(self) -> tuple[str, ...]:
        """The names of the top-level elements opened so far, in order (closed ones included)."""
        return tuple(self._opened)

    def closing_tags(self) -> str:
        """The closing tags that would finish every open element, innermost first."""
        return "".join(f"</{name}>" for name in reversed(self.open_tags))

    def feed(self, text: str) -> None:
        """Read the next piece of the answer."""
        if self._closed:
            raise ValueError("feed(): the parser was closed; start a new AnswerParser for a new answer")
        if not isinstance(text, str):
            raise TypeError(f"feed(): text must be a str, got {type(text).__name__}")
        self._read(self._pending + text, final=False)

    def close(self) -> C1Answer:
        """Finish reading: what is still pending or open is reported, and the answer returned."""
        if not self._closed:
            self._read(self._pending, final=True)
            self._closed = True
            self._left_open = bool(self._stack)
            while self._stack:
                element = self._stack[-1]
                self._problem(f"<{element.name}> opened at offset {element.start} was never closed")
                self._pop(complete=False, end=self._offset)
        return self._answer()

    def snapshot(self) -> C1Answer:
        """The answer as read so far; the element still open is included, marked incomplete."""
        if self._closed or not self._stack:
            return self._answer()
        bottom = self._build(self._stack[0], complete=False, end=self._offset)
        answer = self._answer()
        parts = answer.parts if bottom is None else (*answer.parts, bottom)
        return C1Answer(parts=parts, complete=False, problems=answer.problems)

    def _answer(self) -> C1Answer:
        complete = not (self._stack or self._pending or self._truncated or self._left_open)
        return C1Answer(parts=tuple(self._parts), complete=complete, problems=tuple(self._problems))

    def _problem(self, text: str) -> None:
        self._problems.append(text)

    def _read(self, data: str, *, final: bool) -> None:
        base = self._offset
        position = 0
        size = len(data)
        self._pending = ""
        while position < size:
            less = data.find("<", position)
            if less == -1:
                segment = data[position:]
                keep = 0 if final else _partial_entity_length(segment)
                self._text(segment[: len(segment) - keep], base + position)
                position = size - keep
                break
            if less > position:
                self._text(data[position:less], base + position)
                position = less
            step = self._tag(data, less, base, final)
            if step is None:
                break
            position = step
        self._offset = base + position
        self._pending = data[position:]

    def _tag(self, data: str, less: int, base: int, final: bool) -> int | None:
        """Read the tag at ``data[less]``; return where reading goes on, or None to wait for more text."""
        size = len(data)
        if less + 1 >= size:
            if final:
                self._problem(f"the text ends with a lone '<' at offset {base + less}")
                self._truncated = True
                return size
            return None
        follower = data[less + 1]
        if follower != "/" and not (follower.isascii() and follower.isalpha()):
            self._problem(f"a '<' that starts no tag at offset {base + less} was read as text")
            self._raw_text("<", base + less)
            return less + 1
        greater = data.find(">", less)
        nested = data.find("<", less + 1, greater if greater != -1 else size)
        if nested != -1:
            self._problem(f"an unfinished tag at offset {base + less} was read as text")
            self._raw_text(data[less:nested], base + less)
            return nested
        if greater == -1:
            if final:
                self._problem(f"the text ends inside a tag at offset {base + less}")
                self._truncated = True
                return size
            if size - less > MAX_TAG_LENGTH:
                self._problem(f"a '<' at offset {base + less} is not closed by '>' and was read as text")
                self._raw_text("<", base + less)
                return less + 1
            return None
        inner = data[less + 1 : greater]
        start, end = base + less, base + greater + 1
        closing = _CLOSE_TAG.fullmatch(inner)
        if closing:
            self._close_tag(closing.group(1), start, end)
            return greater + 1
        opening = _OPEN_TAG.fullmatch(inner)
        if not opening:
            self._problem(f"a malformed tag at offset {start} was read as text")
            self._raw_text(data[less : greater + 1], start)
            return greater + 1
        attributes: dict[str, str] = {}
        for attribute in _ATTRIBUTE.finditer(opening.group(2)):
            value = next((group for group in attribute.groups()[1:] if group is not None), "")
            attributes[attribute.group(1)] = unescape(value)
        self._open_tag(opening.group(1), attributes, start)
        if opening.group(3):
            self._close_tag(opening.group(1), start, end)
        return greater + 1

    def _open_tag(self, name: str, attributes: dict[str, str], start: int) -> None:
        if self._stack:
            parent = self._stack[0]
            if not (parent.name == "thinkitem" and name in THINK_FIELDS):
                self._problem(f"<{name}> at offset {start} inside <{parent.name}> is not expected there")
        else:
            self._opened.append(name)
            if name not in TOP_LEVEL:
                self._problem(f"unknown element <{name}> at offset {start}")
        self._stack.append(_Open(name, attributes, start))

    def _close_tag(self, name: str, start: int, end: int) -> None:
        names = self.open_tags
        if name not in names:
            self._problem(f"a closing </{name}> at offset {start} matches no open element")
            return
        depth = len(names) - 1 - names[::-1].index(name)
        while len(self._stack) - 1 > depth:
            unclosed = self._stack[-1]
            self._problem(f"<{unclosed.name}> opened at offset {unclosed.start} was closed by </{name}>")
            self._pop(complete=False, end=start)
        self._pop(complete=True, end=end)

    def _pop(self, *, complete: bool, end: int) -> None:
        element = self._stack.pop()
        if self._stack:
            return
        part = self._build(element, complete=complete, end=end)
        if part is not None:
            self._parts.append(part)

    def _text(self, text: str, start: int) -> None:
        if text:
            self._add(text, start, len(text))

    def _raw_text(self, text: str, start: int) -> None:
        """Text read literally (a '<' that starts no tag): kept escaped like the rest, so it reads back as itself."""
        self._add(escape(text), start, len(text))

    def _add(self, escaped: str, start: int, length: int) -> None:
        # Elements keep their text escaped, as read; it is decoded once, when
        # a part is built, rather than piece by piece as it streams.
        if not self._stack:
            text = unescape(escaped)
            previous = self._parts[-1] if self._parts else None
            if isinstance(previous, StrayText) and previous.span[1] == start:
                self._parts[-1] = StrayText(previous.text + text, (previous.span[0], start + length))
            elif text.strip():
                self._problem(f"text outside every element at offset {start}")
                self._parts.append(StrayText(text, (start, start + length)))
            return
        bottom = self._stack[0]
        if bottom.name != "thinkitem":
            bottom.text.append(escaped)
            return
        for element in reversed(self._stack):
            if element.name in THINK_FIELDS:
                bottom.fields.setdefault(THINK_FIELDS[element.name], []).append(escaped)
                return
        if escaped.strip():
            self._problem(f"text at offset {start} inside <thinkitem> but outside its title and content")

    def _build(self, element: _Open, *, complete: bool, end: int) -> Part | None:
        text = unescape("".join(element.text))
        span = (element.start, end)
        attributes = element.attributes
        match element.name:
            case "content":
                version = _int_attribute(attributes, "version")
                if "version" in attributes and version is None:
                    self._problem(f"<content> at offset {element.start} has a version that is not a number")
                return ContentBlock(text, version or 1, complete, dict(attributes), span)
            case "thinkitem":
                return ThinkItem(
                    title=unescape("".join(element.fields.get("title", []))),
                    content=unescape("".join(element.fields.get("content", []))),
                    ephemeral=attributes.get("ephemeral") == "true",
                    complete=complete,
                    span=span,
                )
            case "artifact":
                return Artifact(
                    payload=text,
                    artifact_type=attributes.get("type"),
                    id=attributes.get("id"),
                    version=_int_attribute(attributes, "version") or 1,
                    complete=complete,
                    attributes=dict(attributes),
                    span=span,
                )
            case "artifact_diff":
                return ArtifactDiff(text, complete, span)
            case "context":
                return Context(text, complete, span)
            case "custommarkdown":
                return CustomMarkdown(text, complete, span)
            case _:
                return UnknownElement(element.name, text, complete, dict(attributes), span)


def _partial_entity_length(segment: str) -> int:
    """How many characters at the end of ``segment`` may be the start of an entity."""
    ampersand = segment.rfind("&", max(0, len(segment) - MAX_ENTITY_LENGTH))
    if ampersand == -1:
        return 0
    tail = segment[ampersand:]
    name = tail[1:]
    if not name or (name.isascii() and name.isalpha()):
        # A named entity cut short ("&quo"), the usual case in escaped JSON: told without the regex.
        return len(tail)
    return len(tail) if _PARTIAL_ENTITY.fullmatch(tail) else 0


def held_back(text: str) -> int:
    """How many characters at the end of ``text`` an ``AnswerParser`` fed it would keep pending.

    The same answer as ``parser.pending`` after ``feed`` (a tag not closed yet
    that may still be one, or a partial entity), for a sender that only needs
    to know what to hold back: it looks at the end of the text alone, where
    the parser reads all of it.
    """
    size = len(text)
    less = text.rfind("<")
    if less != -1 and text.find(">", less) == -1:
        if less + 1 == size:
            return 1
        follower = text[less + 1]
        if (follower == "/" or (follower.isascii() and follower.isalpha())) and size - less <= MAX_TAG_LENGTH:
            return size - less
    # Past the last tag: the characters that may start an entity (a tag's
    # own "&" is before a ">" or "<", which no entity holds).
    ampersand = text.rfind("&", size - MAX_ENTITY_LENGTH if size > MAX_ENTITY_LENGTH else 0)
    if ampersand == -1 or text.find(";", ampersand) != -1:
        # No entity starts near the end, or the last one is finished (no partial entity holds a ";"): in
        # escaped JSON, where an entity comes every few characters, this is nearly every piece.
        return 0
    return _partial_entity_length(text)


def parse_answer(text: str) -> C1Answer:
    """Split a whole C1 answer into its parts."""
    parser = AnswerParser()
    parser.feed(text)
    return parser.close()


def history_text(text: str) -> str:
    """The answer as it belongs in the thread history: as the React client shows it.

    Ephemeral think items are left out (the React client hides them once
    content arrives, and they tell the model nothing), so are content blocks
    that a later one replaces, an unfinished tag at the end is dropped and
    elements left open are closed, so the next turn reads a well-formed answer.
    """
    parser = AnswerParser()
    parser.feed(text)
    answer = parser.snapshot()
    last = answer.parts[-1] if answer.parts else None
    ephemeral_open = isinstance(last, ThinkItem) and last.ephemeral and not last.complete
    # An open ephemeral think item is cut out whole, its closing tags with it.
    suffix = "" if ephemeral_open else parser.closing_tags()
    read = text[: parser.consumed]
    shown = answer.content
    kept: list[str] = []
    position = 0
    for part in answer.parts:
        hidden = (isinstance(part, ThinkItem) and part.ephemeral) or (
            isinstance(part, ContentBlock) and part is not shown
        )
        if hidden:
            kept.append(read[position : part.span[0]])
            position = part.span[1]
    kept.append(read[position:])
    return "".join(kept) + suffix
