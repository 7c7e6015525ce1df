"""Renaming a package inside its own source: imports, uses of the bound name, module-path strings.

Only exact tokens are replaced, found through the syntax tree, so comments,
formatting and every other byte of a file stay as they were:
- ``from thesys_c1[.x] import ...`` and ``import thesys_c1[.x] [as y]``: the
  first component of the module path;
- in a module where ``import thesys_c1[.x]`` (no ``as``) binds the name
  ``thesys_c1``, every use of that name, so ``thesys_c1._lib.rules`` keeps
  pointing at the renamed package;
- string literals that are a module path of the package (``"thesys_c1"``,
  ``"thesys_c1._generated"``), as ``importlib.resources``,
  ``importlib.import_module`` and logger names take them.
Relative imports need nothing. Anything the rewrite cannot handle safely (a
module path built from pieces) is reported rather than left half-renamed.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Callable
from dataclasses import dataclass

Position = tuple[int, int]  # (line, character column), as tokenize reports them
_ToChars = Callable[[int, int], Position]


class RewriteError(Exception):
    pass


@dataclass(frozen=True)
class _Edit:
    start: Position
    end: Position
    text: str


def rewrite(source: str, old: str, new: str, filename: str = "<source>") -> str:
    """``source`` with the package ``old`` renamed to ``new``."""
    if old == new:
        return source
    try:
        tree = ast.parse(source, filename)
    except SyntaxError as error:
        raise RewriteError(f"{filename}:{error.lineno}: cannot parse: {error.msg}") from None
    lines = source.splitlines(keepends=True)
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    by_start = {token.start: token for token in tokens}
    path = re.compile(rf"^{re.escape(old)}(\.[A-Za-z_][A-Za-z0-9_]*)*$")
    edits: dict[Position, _Edit] = {}
    binds_name = False

    def char_position(line: int, byte_col: int) -> Position:
        # ast columns count UTF-8 bytes; tokenize columns count characters.
        text = lines[line - 1].encode("utf-8")[:byte_col].decode("utf-8")
        return line, len(text)

    def rename_name_token(line: int, byte_col: int) -> None:
        start = char_position(line, byte_col)
        token = by_start.get(start)
        if token is None or token.type != tokenize.NAME or token.string != old:
            raise RewriteError(f"{filename}:{line}: expected the name {old!r} here")
        edits[start] = _Edit(start, token.end, new)

    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and _in_package(node.module, old):
            start = char_position(node.lineno, node.col_offset)
            # The first name after the `from` keyword starts the module path.
            head = next(t for t in tokens if t.start > start and t.type == tokenize.NAME)
            if head.string != old:
                raise RewriteError(f"{filename}:{node.lineno}: cannot find the module name of this import")
            edits[head.start] = _Edit(head.start, head.end, new)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if _in_package(alias.name, old):
                    rename_name_token(alias.lineno, alias.col_offset)
                    binds_name = binds_name or alias.asname is None
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and path.match(node.value):
            edit = _string_edit(node, tokens, char_position, old, new)
            if edit is None:
                raise RewriteError(
                    f"{filename}:{node.lineno}: the module path {node.value!r} is not one plain string literal;"
                    " write it as one so it can be renamed"
                )
            edits[edit.start] = edit

    if binds_name:
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id == old:
                rename_name_token(node.lineno, node.col_offset)

    result = _apply(lines, sorted(edits.values(), key=lambda e: e.start))
    _verify(result, old, filename)
    return result


def _in_package(module: str | None, package: str) -> bool:
    return module is not None and (module == package or module.startswith(package + "."))


def _string_edit(
    node: ast.Constant, tokens: list[tokenize.TokenInfo], char_position: _ToChars, old: str, new: str
) -> _Edit | None:
    if node.end_lineno is None or node.end_col_offset is None:
        return None
    start = char_position(node.lineno, node.col_offset)
    end = char_position(node.end_lineno, node.end_col_offset)
    token = next((t for t in tokens if t.start == start), None)
    if token is None or token.type != tokenize.STRING or token.end != end:
        return None
    literal = token.string
    prefix_length = len(literal) - len(literal.lstrip("rRuU"))
    quote = literal[prefix_length:][:3] if literal[prefix_length:][:3] in ('"""', "'''") else literal[prefix_length]
    body = literal[prefix_length + len(quote) : len(literal) - len(quote)]
    if body != node.value:
        return None  # escapes or line continuations: not a plain literal
    renamed = new + body[len(old) :]
    return _Edit(start, end, literal[: prefix_length + len(quote)] + renamed + quote)


def _apply(lines: list[str], edits: list[_Edit]) -> str:
    out: list[str] = []
    line, col = 1, 0
    for edit in edits:
        out.append(_slice(lines, (line, col), edit.start))
        out.append(edit.text)
        line, col = edit.end
    out.append(_slice(lines, (line, col), (len(lines) + 1, 0)))
    return "".join(out)


def _slice(lines: list[str], start: Position, end: Position) -> str:
    (first_line, first_col), (last_line, last_col) = start, end
    if first_line == last_line:
        return lines[first_line - 1][first_col:last_col] if first_line <= len(lines) else ""
    parts = [lines[first_line - 1][first_col:]] if first_line <= len(lines) else []
    parts += lines[first_line : last_line - 1]
    if last_line <= len(lines):
        parts.append(lines[last_line - 1][:last_col])
    return "".join(parts)


def _verify(source: str, old: str, filename: str) -> None:
    tree = ast.parse(source, filename)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and _in_package(node.module, old):
            raise RewriteError(f"{filename}:{node.lineno}: still imports {node.module}")
        if isinstance(node, ast.Import) and any(_in_package(a.name, old) for a in node.names):
            raise RewriteError(f"{filename}:{node.lineno}: still imports {old}")


def rename_mentions(text: str, old: str, new: str) -> str:
    """Every mention of ``old`` left after ``rewrite``: docstrings, comments, messages, --help text.

    In a renamed copy each of them names the copy (``python -m old.testing``
    would run another package, or none), so all are renamed, ``old_suffix``
    names derived from it too; ``oldx`` is another word and stays.
    """
    return re.sub(rf"(?<![A-Za-z0-9_]){re.escape(old)}(?![A-Za-z0-9])", new, text)
