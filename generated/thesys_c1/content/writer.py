"""Writing a C1 answer yourself, in the tags and the order the React SDK renders.

A backend that composes its own answer (think items while it works, the
content C1 generated, some markdown of its own) writes it through an
``AnswerWriter``. Each method returns the text to send and refuses, with
``AnswerOrderError``, a write the React client would show wrongly:

- think items come first: none after content, custom markdown or an artifact
  (the React client shows think items above the answer and stops treating
  them as progress once content arrives);
- an answer has one content block: a second ``<content>`` replaces the first
  in the React client;
- nothing is written inside an element that C1's own text (``c1()``) left
  open, and nothing after ``finish()``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from .escaping import escape
from .parser import AnswerParser, history_text

_ANSWER_BODY = frozenset({"content", "custommarkdown", "artifact", "artifact_diff"})


class AnswerOrderError(ValueError):
    """A write would put the answer's parts in an order the React client does not render as meant."""


class AnswerWriter:
    """Composes one C1 answer; every method returns the text to stream to the React client."""

    def __init__(self) -> None:
        self._parser = AnswerParser()
        self._pieces: list[str] = []
        self._finished = False
        self._broken: str | None = None

    @property
    def text(self) -> str:
        """Everything written so far."""
        return "".join(self._pieces)

    def message(self) -> dict[str, str]:
        """The answer as an assistant message for the thread history (ephemeral think items left out)."""
        return {"role": "assistant", "content": history_text(self.text)}

    def think(self, title: str, content: str = "", *, ephemeral: bool = True) -> str:
        """A think item: a step shown while the answer is prepared. Ephemeral ones vanish once content arrives."""
        self._check_writable("think")
        _require_str("think", "title", title)
        _require_str("think", "content", content)
        started = [name for name in self._parser.opened if name in _ANSWER_BODY]
        if started:
            raise AnswerOrderError(
                f"think(): a think item cannot follow <{started[0]}>: think items come before the answer, "
                "so write them first"
            )
        opening = '<thinkitem ephemeral="true">' if ephemeral else "<thinkitem>"
        return self._write(
            f"{opening}<thinkitemtitle>{escape(title)}</thinkitemtitle>"
            f"<thinkitemcontent>{escape(content)}</thinkitemcontent></thinkitem>"
        )

    def content(self, payload: str | Mapping[str, Any], *, version: int = 1) -> str:
        """A content block. ``payload`` is the JSON text of a version-1 component tree, or a mapping to encode."""
        self._check_writable("content")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise ValueError(f"content(): version must be a positive integer, got {version!r}")
        if isinstance(payload, Mapping):
            text = json.dumps(payload, ensure_ascii=False)
        elif isinstance(payload, str):
            text = payload
        else:
            raise TypeError(f"content(): payload must be a str or a mapping, got {type(payload).__name__}")
        self._check_no_content("content")
        version_attribute = "" if version == 1 else f' version="{version}"'
        return self._write(f'<content thesys="true"{version_attribute}>{escape(text)}</content>')

    def component(self, root: Mapping[str, Any]) -> str:
        """A content block holding a version-1 component tree with ``root`` (a ``Card``) at its top."""
        if not isinstance(root, Mapping):
            raise TypeError(f"component(): root must be a mapping such as {{'component': 'Card', ...}}, got {root!r}")
        return self.content({"component": dict(root), "error": None})

    def custom_markdown(self, markdown: str) -> str:
        """Markdown of your own, in a ``<custommarkdown>`` element after what came before.

        Beware: @thesysai/genui-sdk 0.10.0 crashes while rendering this element
        (the chat goes blank with "t.map is not a function"). With that
        version, put markdown in a ``TextContent`` component of the content
        block instead.
        """
        self._check_writable("custom_markdown")
        _require_str("custom_markdown", "markdown", markdown)
        return self._write(f"<custommarkdown>{escape(markdown)}</custommarkdown>")

    def context(self, value: str | Mapping[str, Any] | Sequence[Any]) -> str:
        """Context for the UI to send back with the next prompt: JSON text, or a value to encode."""
        self._check_writable("context")
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        return self._write(f"<context>{escape(text)}</context>")

    def c1(self, text: str) -> str:
        """C1's own answer text (a piece of a stream), passed through unchanged.

        The pieces may split tags anywhere. A piece that breaks the ordering
        rules (a second content block, a think item after content) raises
        ``AnswerOrderError`` and the writer accepts nothing more.
        """
        self._check_writable("c1", allow_open=True)
        _require_str("c1", "text", text)
        before = len(self._parser.opened)
        self._parser.feed(text)
        self._pieces.append(text)
        opened = self._parser.opened
        for index in range(before, len(opened)):
            earlier = opened[:index]
            if opened[index] == "content" and "content" in earlier:
                self._broken = "C1's text opened a second <content> block"
            elif opened[index] == "thinkitem" and any(name in _ANSWER_BODY for name in earlier):
                self._broken = "C1's text opened a think item after the answer had started"
            if self._broken:
                raise AnswerOrderError(f"c1(): {self._broken}; this writer accepts nothing more")
        return text

    def finish(self) -> str:
        """End the answer: the closing tags for anything C1's text left open (usually nothing)."""
        self._check_writable("finish", allow_open=True)
        closing = self._parser.closing_tags()
        self._finished = True
        if closing:
            self._parser.feed(closing)
            self._pieces.append(closing)
        return closing

    def _check_writable(self, method: str, *, allow_open: bool = False) -> None:
        if self._broken:
            raise AnswerOrderError(f"{method}(): the writer stopped after an ordering error: {self._broken}")
        if self._finished:
            raise AnswerOrderError(f"{method}(): the answer was finished; nothing can follow finish()")
        if not allow_open and self._parser.open_tags:
            raise AnswerOrderError(
                f"{method}(): <{self._parser.open_tags[0]}> from c1() is still open; pass the rest of C1's text first"
            )

    def _check_no_content(self, method: str) -> None:
        if "content" in self._parser.opened:
            raise AnswerOrderError(
                f"{method}(): the answer already has a content block; a second one would replace it in the React client"
            )

    def _write(self, text: str) -> str:
        self._parser.feed(text)
        self._pieces.append(text)
        return text


def _require_str(method: str, parameter: str, value: object) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{method}(): {parameter} must be a str, got {type(value).__name__}")
