"""A function's docstring split into what it does and what each argument means.

Google style (``Args:`` then ``name: text`` or ``name (type): text``, wrapped
lines indented further) and Sphinx style (``:param name: text``) are read;
anything else is all description.
"""

from __future__ import annotations

import inspect
import re

_SECTION = re.compile(r"^(Args|Arguments|Parameters|Params|Keyword Args|Returns?|Raises|Yields?|Examples?|Notes?):\s*$")
_ARGUMENT_SECTIONS = frozenset({"Args", "Arguments", "Parameters", "Params", "Keyword Args"})
_GOOGLE_ARG = re.compile(r"^(\*{0,2}\w+)\s*(?:\([^)]*\))?\s*:\s*(.*)$")
_SPHINX_ARG = re.compile(r"^:param\s+(?:[^:]*\s)?(\w+):\s*(.*)$")
_SPHINX_OTHER = re.compile(r"^:(?:returns?|rtype|raises?|type)\b")


def split_docstring(doc: str | None) -> tuple[str, dict[str, str]]:
    """(description, {argument: description}) of a docstring."""
    if not doc:
        return "", {}
    lines = inspect.cleandoc(doc).splitlines()
    description: list[str] = []
    arguments: dict[str, str] = {}
    section: str | None = None
    current: str | None = None
    first_indent = 0
    for line in lines:
        stripped = line.strip()
        header = _SECTION.match(stripped)
        if header and not line.startswith(" "):
            section, current = header.group(1), None
            continue
        sphinx = _SPHINX_ARG.match(stripped)
        if sphinx:
            section, current = "sphinx", sphinx.group(1)
            arguments[current] = sphinx.group(2).strip()
            continue
        if _SPHINX_OTHER.match(stripped):
            section, current = "sphinx-other", None
            continue
        if section is None:
            description.append(line)
        elif section in _ARGUMENT_SECTIONS:
            argument = _GOOGLE_ARG.match(stripped)
            indent = len(line) - len(line.lstrip())
            # An argument line starts at the indent of the first one; deeper lines continue it.
            if argument and (current is None or indent <= first_indent):
                current = argument.group(1).lstrip("*")
                first_indent = indent
                arguments[current] = argument.group(2).strip()
            elif current is not None and stripped:
                arguments[current] = f"{arguments[current]} {stripped}".strip()
        elif section == "sphinx" and current is not None and stripped:
            arguments[current] = f"{arguments[current]} {stripped}".strip()
    # Paragraphs stay apart; the lines of one paragraph are joined.
    paragraphs = re.split(r"\n\s*\n", "\n".join(description).strip())
    return "\n\n".join(" ".join(part.split()) for part in paragraphs if part.strip()), arguments
