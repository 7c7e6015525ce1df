"""Reading a C1 answer: its plain output text, and the component trees inside it.

A C1 answer is text with XML-like blocks. ``<content thesys="true">`` holds a
UI: HTML-escaped JSON ``{"component": <tree>, "error": null}`` (version 1), or
OpenUI Lang when ``version="2"``. ``c1_components`` decodes every such block,
for tests, logging or rendering outside React; the markup itself is read by
``thesys_c1.content``, the same parser the React helpers use.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..content import ContentError, parse_answer

if TYPE_CHECKING:
    from .._generated.models import ResponseObject


@dataclass(frozen=True)
class C1Content:
    """One ``<content thesys="true">`` block of an answer."""

    version: str
    raw: str
    """The block's payload with the HTML escapes undone."""
    component: dict[str, Any] | None
    """The root component (version 1), or None when the payload is not a version-1 tree."""
    error: Any = None


def c1_components(text: str) -> list[C1Content]:
    """Every complete ``<content thesys="true">`` block of ``text``, in order."""
    blocks = []
    for block in parse_answer(text).content_blocks:
        if not block.complete or block.attributes.get("thesys") != "true":
            continue
        component = error = None
        try:
            decoded = block.json()
        except ContentError:
            decoded = None
        if isinstance(decoded, dict) and isinstance(decoded.get("component"), dict):
            component, error = decoded["component"], decoded.get("error")
        blocks.append(C1Content(version=str(block.version), raw=block.payload, component=component, error=error))
    return blocks


def output_text(response: ResponseObject) -> str:
    """The text of a Responses answer: its assistant messages' ``output_text`` parts, joined.

    The same as ``response.output_text``; kept as a function for code written before the property.
    """
    return response.output_text
