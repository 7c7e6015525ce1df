"""The blocking twins of the async client code, derived by rewriting it.

The async code that has a blocking twin is written once, in
``src/thesys_c1/lib/_async/``; every module there becomes a module of the same
name in ``thesys_c1/_generated/_sync/`` by a plain text rewrite (``async def``
-> ``def``, ``await x`` -> ``x``, the async names of ``RENAMES`` -> their
blocking ones), the way httpcore derives its sync code. What truly differs
between the two (how one round's tool calls run, how a wait sleeps) is a pair
of hand-written functions the table maps one onto the other.

A derived module is generated code like the rest of ``_generated/``: ``make
generate`` writes it, ``make check`` fails when the committed copy is not what
the async source gives (``drift``), and it is never edited by hand.
"""

from __future__ import annotations

import difflib
import io
import re
import shutil
import tempfile
import tokenize
from pathlib import Path

from .codegen import GENERATED_SUBPACKAGE, PACKAGE, CodegenFailed, format_package

# Where the async sources are, inside a checkout, and where their twins go, inside a generated tree.
ASYNC_SOURCES = Path("src") / PACKAGE / "lib" / "_async"
SYNC_SUBPACKAGE = "_sync"
SYNC_TWINS = Path(PACKAGE) / GENERATED_SUBPACKAGE / SYNC_SUBPACKAGE
# The dotted packages of both, for rebasing relative imports: they sit at the same depth.
_ASYNC_PACKAGE = (PACKAGE, "lib", "_async")
_SYNC_PACKAGE = (PACKAGE, GENERATED_SUBPACKAGE, SYNC_SUBPACKAGE)

# Async name -> blocking name, as whole words. Every async name a source uses must be here:
# a derived module that still holds one fails the build (see _leftover_async).
RENAMES = {
    "AsyncC1": "C1",
    "AsyncResources": "Resources",
    "AsyncTransport": "SyncTransport",
    "AsyncCursorPage": "CursorPage",
    "AsyncToolRunner": "ToolRunner",
    "AsyncClient": "Client",
    "AsyncIterator": "Iterator",
    "AsyncGenerator": "Generator",
    "StopAsyncIteration": "StopIteration",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "aclose": "close",
    "aread_body": "read_body",
    "asyncio": "time",
    "call_tools_concurrently": "call_tools_in_turn",
}
_KEYWORDS = (
    (re.compile(r"\basync (def|for|with)\b"), r"\1"),
    (re.compile(r"\bawait "), ""),
)
_WORDS = re.compile(r"\b(" + "|".join(re.escape(name) for name in RENAMES) + r")\b")
# `async for x in xs: yield x` has no shorter async form; its blocking twin is `yield from xs`, which also
# closes xs when the generator is closed.
_YIELD_EACH = re.compile(r"^( *)for (\w+) in (.+):\n\1    yield \2\n(?!\1    )", re.MULTILINE)
_IMPORTED_AWAITABLE = re.compile(r"(?<=import )Awaitable, |, Awaitable\b")
_RELATIVE_IMPORT = re.compile(r"^(\s*from )(\.+)([\w.]*)( import )", re.MULTILINE)
HEADER = (
    "# The blocking twin of {source}, derived by `make generate` (generator/pipeline/unasync.py).\n"
    "# Edit that file, never this one: `make check` fails when the two drift apart.\n"
)


SYNC_INIT = '''"""The blocking twins of ``thesys_c1.lib._async``, derived by `make generate`."""\n'''


class UnasyncError(CodegenFailed):
    pass


def derive(source: str, name: str) -> str:
    """The blocking twin of one async module (before formatting)."""
    text = _IMPORTED_AWAITABLE.sub("", _unwrap_awaitable(source))
    for pattern, replacement in _KEYWORDS:
        text = pattern.sub(replacement, text)
    text = _WORDS.sub(lambda match: RENAMES[match.group(1)], text)
    text = _YIELD_EACH.sub(r"\1yield from \3\n", text)
    text = _RELATIVE_IMPORT.sub(_rebase_import, text)
    _leftover_async(text, name)
    return HEADER.format(source=(ASYNC_SOURCES / name).as_posix()) + text


def write_twins(async_dir: Path, target: Path) -> list[str]:
    """Write the blocking twin of every module of ``async_dir`` into ``target`` (formatted); their names."""
    sources = sorted(path for path in async_dir.glob("*.py") if path.name != "__init__.py")
    if not sources:
        raise UnasyncError(f"{async_dir} holds no async modules to derive blocking twins from")
    target.mkdir(parents=True, exist_ok=True)
    (target / "__init__.py").write_text(SYNC_INIT, encoding="utf-8")
    for path in sources:
        (target / path.name).write_text(derive(path.read_text(encoding="utf-8"), path.name), encoding="utf-8")
    format_package(target)
    return ["__init__.py", *(path.name for path in sources)]


def drift(async_dir: Path, committed: Path) -> list[str]:
    """Where the committed twins in ``committed`` are not what ``async_dir`` derives; empty when they are."""
    with tempfile.TemporaryDirectory(prefix="thesys-c1-unasync-") as scratch:
        fresh = Path(scratch) / SYNC_SUBPACKAGE
        write_twins(async_dir, fresh)
        report: list[str] = []
        want = {path.name: path for path in fresh.glob("*.py")}
        have = {path.name: path for path in committed.glob("*.py")} if committed.is_dir() else {}
        for name in sorted(want.keys() | have.keys()):
            shown = f"{committed.name}/{name}"
            if name not in have:
                report.append(f"missing: {shown} (derived from {ASYNC_SOURCES.as_posix()}/{name})")
            elif name not in want:
                report.append(f"extra: {shown} (no async source {ASYNC_SOURCES.as_posix()}/{name})")
            elif want[name].read_bytes() != have[name].read_bytes():
                report.append(
                    f"differs: {shown}: a derived twin was edited by hand or its async source changed; edit"
                    f" {ASYNC_SOURCES.as_posix()}/{name} and run `make generate`"
                )
                diff = difflib.unified_diff(
                    have[name].read_text(encoding="utf-8").splitlines(),
                    want[name].read_text(encoding="utf-8").splitlines(),
                    f"committed/{name}",
                    f"derived/{name}",
                    lineterm="",
                )
                report.extend("    " + line for line in list(diff)[:40])
        return report


def copy_twins(async_dir: Path, generated_package: Path) -> None:
    """Write the twins into a generated ``_generated/`` folder, replacing any there."""
    target = generated_package / SYNC_SUBPACKAGE
    if target.exists():
        shutil.rmtree(target)
    write_twins(async_dir, target)


def _unwrap_awaitable(text: str) -> str:
    """``Awaitable[X]`` -> ``X``: what a blocking callable returns is the value itself."""
    out: list[str] = []
    position = 0
    for match in re.finditer(r"\bAwaitable\[", text):
        if match.start() < position:
            continue
        depth, index = 1, match.end()
        while depth:
            if index >= len(text):
                raise UnasyncError("an Awaitable[ with no closing bracket")
            depth += {"[": 1, "]": -1}.get(text[index], 0)
            index += 1
        out.append(text[position : match.start()])
        out.append(_unwrap_awaitable(text[match.end() : index - 1]))
        position = index
    out.append(text[position:])
    return "".join(out)


def _rebase_import(match: re.Match[str]) -> str:
    """A relative import of the async package, as seen from the sync one: siblings stay siblings."""
    lead, dots, module, tail = match.groups()
    up = len(dots) - 1
    if up >= len(_ASYNC_PACKAGE):
        raise UnasyncError(f"a relative import above the {PACKAGE} package: from {dots}{module}")
    base = _ASYNC_PACKAGE[: len(_ASYNC_PACKAGE) - up]
    absolute = [*base, *(part for part in module.split(".") if part)]
    if tuple(absolute[: len(_ASYNC_PACKAGE)]) == _ASYNC_PACKAGE:
        inside = absolute[len(_ASYNC_PACKAGE) :]
        return f"{lead}.{'.'.join(inside)}{tail}"
    # From the top of the package down: the sync package is as deep as the async one.
    return f"{lead}{'.' * len(_SYNC_PACKAGE)}{'.'.join(absolute[1:])}{tail}"


def _leftover_async(text: str, name: str) -> None:
    tokens = tokenize.generate_tokens(io.StringIO(text).readline)
    for token in tokens:
        if token.type == tokenize.NAME and (
            token.string in {"async", "await", "Awaitable"} or token.string.startswith("Async")
        ):
            raise UnasyncError(
                f"{ASYNC_SOURCES.as_posix()}/{name}:{token.start[0]}: {token.string!r} has no blocking"
                " counterpart: add it to RENAMES in generator/pipeline/unasync.py, or move the code that truly differs"
                " into a hand-written pair of functions"
            )
