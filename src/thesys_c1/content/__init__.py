"""C1 answers as text: read one into its parts, or write one the React SDK renders.

- ``parse_answer(text)`` / ``AnswerParser``: split an answer (whole, or piece
  by piece while it streams) into content blocks, think items, artifacts,
  custom markdown and context.
- ``AnswerWriter``: compose an answer yourself, with the ordering rules the
  React SDK relies on checked as you write.
- ``escape`` / ``unescape``: the escaping used inside the tags.
"""

from .escaping import escape, unescape
from .parser import AnswerParser, history_text, parse_answer
from .parts import (
    Artifact,
    ArtifactDiff,
    C1Answer,
    ContentBlock,
    ContentError,
    Context,
    CustomMarkdown,
    Part,
    StrayText,
    ThinkItem,
    UnknownElement,
)
from .writer import AnswerOrderError, AnswerWriter

__all__ = [
    "AnswerOrderError",
    "AnswerParser",
    "AnswerWriter",
    "Artifact",
    "ArtifactDiff",
    "C1Answer",
    "ContentBlock",
    "ContentError",
    "Context",
    "CustomMarkdown",
    "Part",
    "StrayText",
    "ThinkItem",
    "UnknownElement",
    "escape",
    "history_text",
    "parse_answer",
    "unescape",
]
