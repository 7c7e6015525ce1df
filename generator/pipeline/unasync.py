"""The blocking twins of the async client code, derived by rewriting it.

The async code that has a blocking twin is written once, in the folders of
``FOLDERS`` (``src/thesys_c1/_lib/_async/`` for the client, its pages, tool
runner, transport, streams and ``.stream()`` helpers;
``src/thesys_c1/react/_async/`` for the answer body the React helpers serve);
every module there becomes a module of the same name in the folder's twin
package under ``thesys_c1/_generated/_sync/`` by a plain text rewrite (``async
def`` -> ``def``, ``await x`` -> ``x``, the async names of ``RENAMES`` -> their
blocking ones), the way httpcore derives its sync code. What truly differs
between the two (how one round's tool calls run, how a wait sleeps, how an
answer's source is opened and closed) is a pair of hand-written functions the
table maps one onto the other. The public module
(``thesys_c1._lib.streaming``, ``thesys_c1.react.answer``, ...) re-exports both,
so the blocking class is the same object wherever it is imported from.

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
from dataclasses import dataclass
from pathlib import Path

from .codegen import GENERATED_SUBPACKAGE, PACKAGE, CodegenFailed, format_package


@dataclass(frozen=True)
class TwinFolder:
    """A folder of async modules written once, and the package their blocking twins are derived into."""

    package: tuple[str, ...]  # the async modules' package
    twins: tuple[str, ...]  # their twins' package, inside the generated one

    @property
    def sources(self) -> Path:
        """Where the async modules are, inside a checkout."""
        return Path("src", *self.package)

    @property
    def target(self) -> Path:
        """Where their twins go, inside a generated tree."""
        return Path(*self.twins)


SYNC_SUBPACKAGE = "_sync"
_SYNC = (PACKAGE, GENERATED_SUBPACKAGE, SYNC_SUBPACKAGE)
# Every folder of async sources and where its twins go; a folder's twins may sit inside an earlier one's.
FOLDERS = (
    TwinFolder((PACKAGE, "_lib", "_async"), _SYNC),
    TwinFolder((PACKAGE, "react", "_async"), (*_SYNC, "react")),
)
LIB = FOLDERS[0]
# The client's folder, as the first to check and the one named by default.
ASYNC_SOURCES = LIB.sources
SYNC_TWINS = LIB.target

# Async name -> blocking name, as whole words. Every async name a source uses must be here:
# a derived module that still holds one fails the build (see _leftover_async).
RENAMES = {
    "AsyncC1": "C1",
    "AsyncResources": "Resources",
    "AsyncTransport": "SyncTransport",
    "AsyncCursorPage": "CursorPage",
    "AsyncToolRunner": "ToolRunner",
    "AsyncStream": "Stream",
    "AsyncChatCompletionStream": "ChatCompletionStream",
    "AsyncResponseStream": "ResponseStream",
    "AsyncChatCompletionEventStream": "ChatCompletionEventStream",
    "AsyncStreamManager": "StreamManager",
    "AsyncAnswerBody": "AnswerBody",
    "AsyncSource": "SyncSource",
    "AsyncOpenedStream": "OpenedStream",
    "AsyncOnComplete": "OnComplete",
    "AsyncOnError": "OnError",
    "AsyncClient": "Client",
    "AsyncIterator": "Iterator",
    "AsyncGenerator": "Generator",
    "StopAsyncIteration": "StopIteration",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "aiter": "iter",
    "anext": "next",
    "aclose": "close",
    "aread": "read",
    "aiter_bytes": "iter_bytes",
    "aread_body": "read_body",
    "asyncio": "time",
    "call_tools_concurrently": "call_tools_in_turn",
    # thesys_c1.react.answer_sources: how an answer's source is opened, read and closed.
    "aiter_answer": "iter_answer",
    "aopened": "opened",
    "aread_items": "read_items",
    "aclose_stream": "close_stream",
    "aclose_unopened": "close_unopened",
    "cancelled_or_closed": "closed",
    "shielded": "unshielded",
    "anotify": "notify",
}
_KEYWORDS = (
    (re.compile(r"\basync (def|for|with)\b"), r"\1"),
    (re.compile(r"\bawait "), ""),
    # And in prose: "an async iterator" -> "an iterator", "an async context manager" -> "a context manager".
    (re.compile(r"\b([Aa])n async (?=[aeiou])"), r"\1n "),
    (re.compile(r"\b([Aa])n async "), r"\1 "),
    (re.compile(r"\basync (?=iterator|iterable|generator|context manager)"), ""),
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


SYNC_INIT = '"""The blocking twins of ``{package}``, derived by `make generate`."""\n'


class UnasyncError(CodegenFailed):
    pass


def derive(source: str, name: str, folder: TwinFolder = LIB) -> str:
    """The blocking twin of one async module of ``folder`` (before formatting)."""
    text = _IMPORTED_AWAITABLE.sub("", _unwrap_awaitable(source))
    for pattern, replacement in _KEYWORDS:
        text = pattern.sub(replacement, text)
    text = _WORDS.sub(lambda match: RENAMES[match.group(1)], text)
    text = _YIELD_EACH.sub(r"\1yield from \3\n", text)
    text = _RELATIVE_IMPORT.sub(lambda match: _rebase_import(match, folder), text)
    _leftover_async(text, folder.sources / name)
    return HEADER.format(source=(folder.sources / name).as_posix()) + text


def write_twins(async_dir: Path, target: Path, folder: TwinFolder = LIB) -> list[str]:
    """Write the blocking twin of every module of ``async_dir`` into ``target`` (formatted); their names."""
    sources = sorted(path for path in async_dir.glob("*.py") if path.name != "__init__.py")
    if not sources:
        raise UnasyncError(f"{async_dir} holds no async modules to derive blocking twins from")
    target.mkdir(parents=True, exist_ok=True)
    (target / "__init__.py").write_text(SYNC_INIT.format(package=".".join(folder.package)), encoding="utf-8")
    for path in sources:
        twin = derive(path.read_text(encoding="utf-8"), path.name, folder)
        (target / path.name).write_text(twin, encoding="utf-8")
    format_package(target)
    return ["__init__.py", *(path.name for path in sources)]


def drift(async_dir: Path, committed: Path, folder: TwinFolder = LIB) -> list[str]:
    """Where the committed twins in ``committed`` are not what ``async_dir`` derives; empty when they are."""
    with tempfile.TemporaryDirectory(prefix="thesys-c1-unasync-") as scratch:
        fresh = Path(scratch) / committed.name
        write_twins(async_dir, fresh, folder)
        sources = folder.sources.as_posix()
        report: list[str] = []
        want = {path.name: path for path in fresh.glob("*.py")}
        have = {path.name: path for path in committed.glob("*.py")} if committed.is_dir() else {}
        for name in sorted(want.keys() | have.keys()):
            shown = f"{committed.name}/{name}"
            if name not in have:
                report.append(f"missing: {shown} (derived from {sources}/{name})")
            elif name not in want:
                report.append(f"extra: {shown} (no async source {sources}/{name})")
            elif want[name].read_bytes() != have[name].read_bytes():
                report.append(
                    f"differs: {shown}: a derived twin was edited by hand or its async source changed; edit"
                    f" {sources}/{name} and run `make generate`"
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


def drift_of_all(checkout: Path, generated: Path) -> list[str]:
    """``drift`` of every folder of ``FOLDERS``: the sources in ``checkout``, the twins in the tree ``generated``."""
    report: list[str] = []
    for folder in FOLDERS:
        drifted = drift(checkout / folder.sources, generated / folder.target, folder)
        if drifted:
            report.append(f"{folder.target.as_posix()}/ is not what {folder.sources.as_posix()}/ derives:")
            report.extend(drifted)
    return report


def copy_twins(checkout: Path, generated: Path) -> None:
    """Write the twins of every folder into the generated tree ``generated``, replacing any there."""
    for folder in FOLDERS:
        target = generated / folder.target
        if target.exists():
            shutil.rmtree(target)
        write_twins(checkout / folder.sources, target, folder)


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


def _rebase_import(match: re.Match[str], folder: TwinFolder) -> str:
    """A relative import of an async package, as seen from its twin package: siblings stay siblings."""
    lead, dots, module, tail = match.groups()
    up = len(dots) - 1
    if up >= len(folder.package):
        raise UnasyncError(f"a relative import above the {PACKAGE} package: from {dots}{module}")
    absolute = [*folder.package[: len(folder.package) - up], *(part for part in module.split(".") if part)]
    # An async module, of this folder or another, is imported as its blocking twin.
    for other in FOLDERS:
        if tuple(absolute[: len(other.package)]) == other.package:
            absolute = [*other.twins, *absolute[len(other.package) :]]
            break
    if tuple(absolute[: len(folder.twins)]) == folder.twins:
        return f"{lead}.{'.'.join(absolute[len(folder.twins) :])}{tail}"
    # From the top of the package down.
    return f"{lead}{'.' * len(folder.twins)}{'.'.join(absolute[1:])}{tail}"


def _leftover_async(text: str, source: Path) -> None:
    tokens = tokenize.generate_tokens(io.StringIO(text).readline)
    for token in tokens:
        if token.type == tokenize.NAME and (
            token.string in {"async", "await", "Awaitable"} or token.string.startswith("Async")
        ):
            raise UnasyncError(
                f"{source.as_posix()}:{token.start[0]}: {token.string!r} has no blocking"
                " counterpart: add it to RENAMES in generator/pipeline/unasync.py, or move the code that truly differs"
                " into a hand-written pair of functions"
            )
