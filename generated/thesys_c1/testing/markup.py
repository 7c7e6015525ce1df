"""The Thesys answer format, as Thesys's React SDK (@thesysai/genui-sdk) parses it.

An answer is text with XML-like tags. ``<content thesys="true">`` holds a
version-1 component tree as HTML-escaped JSON, ``{"component": <root>,
"error": null}``, whose root must be a ``Card``; a ``<thinkitem>`` (with
``<thinkitemtitle>`` and ``<thinkitemcontent>``) may come first. The SDK
decodes entities, so any escaping of ``& < > " '`` reads back the same.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from typing import Any

CONTENT_OPEN = '<content thesys="true">'
CONTENT_CLOSE = "</content>"

Component = dict[str, Any]


def escape(text: str) -> str:
    return html.escape(text, quote=True)


def component_tree(root: Component) -> dict[str, Any]:
    return {"component": root, "error": None}


def content_block(tree: dict[str, Any]) -> str:
    return CONTENT_OPEN + escape(json.dumps(tree, ensure_ascii=False, separators=(",", ":"))) + CONTENT_CLOSE


def think_item(title: str, content: str) -> str:
    # Ephemeral: the React SDK shows it while the answer streams, then hides it.
    return (
        '<thinkitem ephemeral="true">'
        f"<thinkitemtitle>{escape(title)}</thinkitemtitle>"
        f"<thinkitemcontent>{escape(content)}</thinkitemcontent>"
        "</thinkitem>"
    )


def card(children: Sequence[Component]) -> Component:
    return {"component": "Card", "props": {"children": list(children)}}


def header(title: str, subtitle: str | None = None) -> Component:
    props: dict[str, Any] = {"title": title}
    if subtitle is not None:
        props["subtitle"] = subtitle
    return {"component": "Header", "props": props}


def text_content(markdown: str) -> Component:
    return {"component": "TextContent", "props": {"textMarkdown": markdown}}


def callout(variant: str, title: str, description: str) -> Component:
    return {"component": "CalloutV2", "props": {"variant": variant, "title": title, "description": description}}


def follow_ups(questions: Sequence[str]) -> Component:
    return {"component": "FollowUpBlock", "props": {"followUpText": list(questions)}}
