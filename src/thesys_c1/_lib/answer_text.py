"""``output_text`` of a Responses answer, as a base of the generated ``ResponseObject``.

The wire format has no such field; openai-python computes it on its response
object the same way, and code moved over from it reads ``response.output_text``.
"""

from __future__ import annotations

from typing import Any


class OutputTextMixin:
    # Empty, so that the generated attrs class stays slotted.
    __slots__ = ()

    output: list[Any]

    @property
    def output_text(self) -> str:
        """The text of the answer: its assistant messages' ``output_text`` parts, joined."""
        parts: list[str] = []
        for item in self.output:
            if getattr(item, "type", None) != "message":
                continue
            for part in getattr(item, "content", None) or ():
                if getattr(part, "type", None) == "output_text":
                    parts.append(part.text)
        return "".join(parts)
