"""The parts a C1 answer is made of, as the React SDK tells them apart.

Every part knows whether its closing tag was seen (``complete``) and where it
lies in the answer text (``span``: start and end offsets; an unfinished part
ends where the text read so far ends).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


class ContentError(ValueError):
    """A part's payload cannot be read as asked (unfinished, or not JSON)."""


def _load_json(what: str, payload: str, complete: bool) -> Any:
    if not complete:
        raise ContentError(f"the {what} is not finished yet: its closing tag has not been read")
    try:
        return json.loads(payload)
    except json.JSONDecodeError as error:
        raise ContentError(f"the {what} is not valid JSON: {error}") from None


@dataclass(frozen=True)
class ContentBlock:
    """A ``<content>`` element: the generated UI.

    ``payload`` is unescaped. Version 1 holds a JSON component tree
    (``{"component": ..., "error": null}``); version 2 holds OpenUI Lang in a
    fenced code block.
    """

    payload: str
    version: int = 1
    complete: bool = True
    attributes: Mapping[str, str] = field(default_factory=dict)
    span: tuple[int, int] = (0, 0)

    def json(self) -> Any:
        """The payload parsed as JSON (version 1 content); ContentError when it cannot be."""
        if self.version != 1:
            raise ContentError(f"content version {self.version} is not JSON; read .payload instead")
        return _load_json("content block", self.payload, self.complete)


@dataclass(frozen=True)
class ThinkItem:
    """A ``<thinkitem>``: a step shown while the answer is being prepared.

    Ephemeral items are shown only until content arrives and are left out of
    the thread history.
    """

    title: str
    content: str = ""
    ephemeral: bool = False
    complete: bool = True
    span: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class Artifact:
    """An ``<artifact>`` element (slides, a report, ...) with its unescaped payload."""

    payload: str
    artifact_type: str | None = None
    id: str | None = None
    version: int = 1
    complete: bool = True
    attributes: Mapping[str, str] = field(default_factory=dict)
    span: tuple[int, int] = (0, 0)

    def json(self) -> Any:
        """The payload parsed as JSON; ContentError when it cannot be."""
        return _load_json("artifact", self.payload, self.complete)


@dataclass(frozen=True)
class ArtifactDiff:
    """An ``<artifact_diff>``: changes to the artifact before it, unescaped."""

    payload: str
    complete: bool = True
    span: tuple[int, int] = (0, 0)

    def json(self) -> Any:
        """The diff parsed as JSON; ContentError when it cannot be."""
        return _load_json("artifact diff", self.payload, self.complete)


@dataclass(frozen=True)
class CustomMarkdown:
    """A ``<custommarkdown>`` element: markdown the backend wrote itself."""

    text: str
    complete: bool = True
    span: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class Context:
    """A ``<context>`` element: state the UI sends back with the next prompt (JSON text)."""

    text: str
    complete: bool = True
    span: tuple[int, int] = (0, 0)

    def json(self) -> Any:
        """The context parsed as JSON; ContentError when it cannot be."""
        return _load_json("context", self.text, self.complete)


@dataclass(frozen=True)
class UnknownElement:
    """An element the React SDK does not know, kept with its text so nothing is lost."""

    name: str
    text: str = ""
    complete: bool = True
    attributes: Mapping[str, str] = field(default_factory=dict)
    span: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class StrayText:
    """Text outside every element (the React SDK adds it to the content block)."""

    text: str
    span: tuple[int, int] = (0, 0)


Part = ContentBlock | ThinkItem | Artifact | ArtifactDiff | CustomMarkdown | Context | UnknownElement | StrayText


@dataclass(frozen=True)
class C1Answer:
    """A C1 answer split into its parts, in the order they appear.

    ``complete`` is true when every element was closed and the text did not
    stop inside a tag; ``problems`` lists what was malformed, in words.
    """

    parts: tuple[Part, ...] = ()
    complete: bool = True
    problems: tuple[str, ...] = ()

    @property
    def content_blocks(self) -> tuple[ContentBlock, ...]:
        return tuple(part for part in self.parts if isinstance(part, ContentBlock))

    @property
    def content(self) -> ContentBlock | None:
        """The content block the React client shows: the last one (a later block replaces an earlier one)."""
        blocks = self.content_blocks
        return blocks[-1] if blocks else None

    @property
    def think_items(self) -> tuple[ThinkItem, ...]:
        return tuple(part for part in self.parts if isinstance(part, ThinkItem))

    @property
    def artifacts(self) -> tuple[Artifact, ...]:
        return tuple(part for part in self.parts if isinstance(part, Artifact))

    @property
    def custom_markdown(self) -> tuple[CustomMarkdown, ...]:
        return tuple(part for part in self.parts if isinstance(part, CustomMarkdown))

    @property
    def context(self) -> Context | None:
        """The last ``<context>`` element, if any."""
        found = [part for part in self.parts if isinstance(part, Context)]
        return found[-1] if found else None

    @property
    def unknown(self) -> tuple[UnknownElement, ...]:
        return tuple(part for part in self.parts if isinstance(part, UnknownElement))
