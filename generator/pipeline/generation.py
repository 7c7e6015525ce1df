"""The whole pipeline: spec/ + overlays/ -> generated/.

``build`` writes a complete output tree into a folder of the caller's choice;
``generate`` swaps it into place and ``check`` compares it with what is there.
Overlays are held to ``overlay_policy``, stricter than the Overlay
specification: an action that changes nothing, or whose target no longer
matches the spec, fails the build instead of silently dropping a C1 rule; and
neither spec/ nor an overlay may put a keyword into a request schema that the
client's rule checks do not enforce (``request_keywords``).
"""

from __future__ import annotations

import difflib
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import yamlio
from . import support
from .bundle import bundle
from .codegen import build_package, spec_sha256
from .exports import SOURCE_PACKAGE, write_exports
from .overlay import parse_overlay
from .overlay_policy import apply_every_action_matching, check_actions_change_something
from .request_keywords import refuse_new_unenforced_keywords
from .unasync import ASYNC_SOURCES, copy_twins
from .validate import validate_openapi

REPO = Path(__file__).resolve().parents[2]
EFFECTIVE_SPEC = "openapi.yaml"
SUPPORT_MATRIX = "SUPPORT.md"
# Two branches that each changed spec/ or overlays/ conflict in generated/; a
# hand-merged generated/ is neither side's output, so the fix is always to regenerate.
MERGE_HINT = (
    "hint: after a merge or rebase (generated/ conflicts whenever two branches change the API), do not"
    " edit generated/ by hand: resolve spec/ and overlays/, then run `make generate` and"
    " `git add spec overlays generated`"
)
README_TEXT = """\
# generated/: written by `make generate`, never by hand

- `openapi.yaml`: the effective spec, spec/ with overlays/ applied.
- `SUPPORT.md`: the C1 support matrix read from it, to hold next to the docs page.
- `thesys_c1/_generated/`: code and data generated from that spec: the
  `thesys_c1._generated` subpackage, which `src/thesys_c1/_generated` links
  to. Its `_sync/` holds the blocking twins derived from the async code in
  `src/thesys_c1/_lib/_async/`, and `_sync/react/` those of
  `src/thesys_c1/react/_async/`; `exports.py` and `react_exports.py` the public
  names of `thesys_c1` and `thesys_c1.react`, derived from the imports of their
  `__init__.py`. The rest of the package is hand-written in `src/thesys_c1/`.

`make check` fails when this folder is not exactly what the inputs produce.
"""


@dataclass(frozen=True)
class Inputs:
    spec_dir: Path
    overlays_dir: Path
    # The checkout whose src/ holds the async code the blocking twins are derived from (generator/pipeline/unasync.py),
    # and the __init__.py whose imports give the public names (generator/pipeline/exports.py).
    source_checkout: Path = REPO

    @classmethod
    def of_repo(cls, repo: Path = REPO) -> Inputs:
        # A tree that holds only the API inputs (spec/ and overlays/, as tests make) still gets this checkout's twins
        # and public names.
        checkout = repo if (repo / ASYNC_SOURCES).is_dir() else REPO
        return cls(repo / "spec", repo / "overlays", checkout)

    def overlay_paths(self) -> list[Path]:
        return sorted(self.overlays_dir.glob("*.yaml"))


def effective_spec(inputs: Inputs) -> tuple[dict[str, Any], str]:
    """Bundle, validate, apply every overlay under the project's overlay policy, validate again."""
    document = bundle(inputs.spec_dir)
    validate_openapi(document, "the bundled spec/")
    unenforced = refuse_new_unenforced_keywords(document, "spec/", set())
    for path in inputs.overlay_paths():
        source = f"overlays/{path.name}"
        overlay = parse_overlay(yamlio.load(path), source=source)
        check_actions_change_something(overlay, source)
        document = apply_every_action_matching(document, overlay, source)
        unenforced = refuse_new_unenforced_keywords(document, source, unenforced)
    validate_openapi(document, "the effective spec (spec/ with overlays/ applied)")
    return document, yamlio.dumps(document)


def build(inputs: Inputs, out_dir: Path) -> None:
    document, text = effective_spec(inputs)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / EFFECTIVE_SPEC).write_text(text, encoding="utf-8")
    (out_dir / "README.md").write_text(README_TEXT, encoding="utf-8")
    (out_dir / SUPPORT_MATRIX).write_text(support.render(document, spec_sha256(text)), encoding="utf-8")
    generated_package = build_package(document, text, out_dir)
    copy_twins(inputs.source_checkout, out_dir)
    write_exports(inputs.source_checkout / SOURCE_PACKAGE, generated_package)


def generate(inputs: Inputs, target: Path) -> None:
    parent = target.parent
    with tempfile.TemporaryDirectory(prefix=".generated-", dir=parent) as scratch:
        fresh = Path(scratch) / "out"
        build(inputs, fresh)
        old = Path(scratch) / "old"
        if target.exists():
            target.rename(old)
        fresh.rename(target)


def differences(expected_dir: Path, actual_dir: Path, context_lines: int = 3) -> list[str]:
    """Human-readable differences between two trees; empty when identical."""
    expected = _files(expected_dir)
    actual = _files(actual_dir)
    report: list[str] = []
    for relative in sorted(expected.keys() | actual.keys()):
        if relative not in actual:
            report.append(f"missing: {relative} (inputs produce it; generated/ lacks it)")
        elif relative not in expected:
            report.append(f"extra: {relative} (in generated/, but inputs do not produce it)")
        elif expected[relative].read_bytes() != actual[relative].read_bytes():
            report.append(f"differs: {relative}")
            report.extend(_diff(expected[relative], actual[relative], relative, context_lines))
    return report


def _files(root: Path) -> dict[str, Path]:
    if not root.exists():
        return {}
    return {
        path.relative_to(root).as_posix(): path
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def _diff(expected: Path, actual: Path, relative: str, context_lines: int, limit: int = 40) -> list[str]:
    try:
        want = expected.read_text(encoding="utf-8").splitlines()
        have = actual.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        return ["    (binary content differs)"]
    lines = list(
        difflib.unified_diff(have, want, f"generated/{relative}", f"fresh/{relative}", n=context_lines, lineterm="")
    )
    shown = ["    " + line for line in lines[:limit]]
    if len(lines) > limit:
        shown.append(f"    ... {len(lines) - limit} more diff lines")
    return shown


def check(inputs: Inputs, target: Path) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="thesys-c1-check-") as scratch:
        fresh = Path(scratch) / "out"
        build(inputs, fresh)
        return differences(fresh, target)
