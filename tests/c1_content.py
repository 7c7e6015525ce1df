"""Read a C1 answer the way Thesys's React SDK (@thesysai/genui-sdk 0.10.0) reads it.

The SDK runs an XML-mode tag parser that decodes entities, collects the text of
``<content>`` (version 1 unless a ``version`` attribute says otherwise) and the
``<thinkitem>`` titles and contents, then parses the content as JSON
``{"component": <root>, "error": ...}`` and validates the tree against its
components' schemas with ``Card`` as the root. This module does the same with
the standard library, for the components the local server uses; the props
listed here are the ones those schemas require or constrain.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

CALLOUT_VARIANTS = {"neutral", "danger", "info", "warning", "success"}
# Components that may be children of the Card root.
CARD_CHILDREN = {
    "Header",
    "TextContent",
    "CalloutV2",
    "FollowUpBlock",
    "TagBlock",
    "Table",
    "Accordion",
    "Tabs",
    "Steps",
    "Image",
    "ButtonGroup",
    "ListBlock",
}


@dataclass
class ThinkItem:
    title: str = ""
    content: str = ""
    ephemeral: bool = False


@dataclass
class C1Answer:
    think: list[ThinkItem] = field(default_factory=list)
    content_version: int | None = None
    content: str = ""
    closed: bool = False
    stray_text: str = ""

    @property
    def tree(self) -> dict[str, Any]:
        parsed: dict[str, Any] = json.loads(self.content)
        return parsed


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.answer = C1Answer()
        self.current: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.current = tag
        if tag == "content":
            assert attributes.get("thesys") == "true", 'a <content> tag without thesys="true"'
            self.answer.content_version = int(attributes.get("version") or 1)
        elif tag == "thinkitem":
            self.answer.think.append(ThinkItem(ephemeral=attributes.get("ephemeral") == "true"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "content":
            self.answer.closed = True
        self.current = None

    def handle_data(self, data: str) -> None:
        if self.current == "content":
            self.answer.content += data
        elif self.current == "thinkitemtitle":
            self.answer.think[-1].title += data
        elif self.current == "thinkitemcontent":
            self.answer.think[-1].content += data
        else:
            self.answer.stray_text += data


def read(text: str) -> C1Answer:
    reader = _Reader()
    reader.feed(text)
    reader.close()
    return reader.answer


def _check_child(child: dict[str, Any]) -> None:
    name = child.get("component")
    props = child.get("props")
    assert name in CARD_CHILDREN, f"{name!r} is not a component a Card can hold"
    assert isinstance(props, dict), f"{name} has no props object"
    if name == "Header":
        assert isinstance(props.get("title"), str)
        assert isinstance(props.get("subtitle", ""), str)
    elif name == "TextContent":
        assert isinstance(props.get("textMarkdown"), str)
    elif name == "CalloutV2":
        assert props.get("variant", "neutral") in CALLOUT_VARIANTS
        assert isinstance(props.get("title", ""), str) and isinstance(props.get("description", ""), str)
    elif name == "FollowUpBlock":
        follow_ups = props.get("followUpText", [])
        assert isinstance(follow_ups, list) and all(isinstance(text, str) for text in follow_ups)


def check_renderable(text: str) -> C1Answer:
    """Assert that ``text`` is a complete version-1 C1 answer with a Card root of known components."""
    answer = read(text)
    assert answer.stray_text.strip() == "", f"text outside any tag: {answer.stray_text[:80]!r}"
    assert answer.content_version == 1 and answer.closed, 'no closed version-1 <content thesys="true"> block'
    tree = answer.tree
    assert set(tree) == {"component", "error"} and tree["error"] is None
    root = tree["component"]
    assert root["component"] == "Card"
    children = root["props"]["children"]
    assert isinstance(children, list) and children
    for child in children:
        _check_child(child)
    return answer


def texts(answer: C1Answer) -> str:
    """Every string the card shows, joined, to look for the question in."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, str):
            found.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(answer.tree["component"]["props"])
    return "\n".join(found)
