"""Command line of the pipeline: ``python -m generator <command>``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import yamlio
from .pipeline import exports, generation, layout, unasync
from .pipeline.bundle import BundleError, bundle
from .pipeline.codegen import CodegenFailed
from .pipeline.overlay import OverlayFailed, OverlayInvalid, apply_overlay, parse_overlay
from .pipeline.overlay_policy import OverlayPolicyError
from .pipeline.validate import SpecInvalid, validate_openapi
from .release import dist, gitrepo, spec_history, vendor, version_check
from .release.gitrepo import GitError
from .release.publish import Index, PublishError, install_hints, publish
from .review import api_diff, docs_diff, docs_page


def _cmd_bundle(args: argparse.Namespace) -> int:
    document = bundle(Path(args.spec_dir))
    if args.validate:
        validate_openapi(document, args.spec_dir)
    _write(yamlio.dumps(document), args.output)
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    path = Path(args.document)
    document = bundle(path) if path.is_dir() else yamlio.load(path)
    validate_openapi(document, str(path))
    print(f"{path}: valid OpenAPI {document.get('openapi')}")
    return 0


def _cmd_overlay(args: argparse.Namespace) -> int:
    document = _load_input(Path(args.spec))
    for overlay_path in args.overlays:
        overlay = parse_overlay(_load_input(Path(overlay_path)), source=overlay_path)
        document = apply_overlay(document, overlay, strict=args.strict, source=overlay_path)
    _write(yamlio.dumps(document), args.output)
    return 0


def _cmd_generate(args: argparse.Namespace) -> int:
    target = Path(args.out)
    generation.generate(generation.Inputs.of_repo(), target)
    print(f"generated {target}/ from spec/ and overlays/")
    return _cmd_link_check()


def _cmd_link_check() -> int:
    # Without the link the source tree does not import as the whole package.
    problem = layout.link_problem(generation.REPO)
    if problem is not None:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    target = Path(args.out)
    inputs = generation.Inputs.of_repo()
    # The derived code first (twins, public names): checking it takes a second, and a hand edit is named as such.
    drifted = unasync.drift_of_all(inputs.source_checkout, target)
    if drifted:
        print(f"{target}/ holds blocking twins that are not what their async sources derive:")
        print("\n".join(drifted))
        return 1
    generated_package = target / exports.GENERATED
    drifted = exports.drift(inputs.source_checkout / exports.SOURCE_PACKAGE, generated_package)
    if drifted:
        print(f"{generated_package}/ does not hold the public names {exports.SOURCE_PACKAGE.as_posix()}/ imports:")
        print("\n".join(drifted))
        return 1
    report = generation.check(inputs, target)
    if report:
        print(f"{target}/ is not what spec/ and overlays/ produce; run `make generate`:")
        print("\n".join(report))
        print(generation.MERGE_HINT)
        return 1
    print(f"{target}/ matches spec/ and overlays/")
    _warn_untracked(target)
    return _cmd_link_check() or _cmd_version_check(args)


def _warn_untracked(target: Path) -> None:
    # A commit made with `git commit -am` leaves new generated files out, and a
    # fresh clone of it then fails this check; say so while they are still here.
    repo = generation.REPO
    if not gitrepo.is_repository(repo) or not target.resolve().is_relative_to(repo.resolve()):
        return
    untracked = gitrepo.untracked_under(repo, str(target.resolve().relative_to(repo.resolve())))
    if untracked:
        listed = "\n".join(f"  {path}" for path in untracked)
        print(
            f"warning: git does not track {len(untracked)} file(s) under {target}/, so a commit leaves them out"
            f" and a fresh clone fails `make check`:\n{listed}\n"
            "add them before committing: git add spec overlays generated && git commit",
            file=sys.stderr,
        )


def _cmd_version_check(args: argparse.Namespace) -> int:
    spec_path = Path(args.out) / generation.EFFECTIVE_SPEC
    text = _read(spec_path)
    strict = args.strict or version_check.strict_from_env()
    verdict = version_check.check(generation.REPO, yamlio.loads(text), text, strict=strict)
    if not verdict.ok:
        print(f"error: {verdict.message}", file=sys.stderr)
        return 1
    if verdict.warning:
        print(f"warning: {verdict.message}", file=sys.stderr)
        return 0
    print(verdict.message)
    return 0


def _cmd_api_diff(args: argparse.Namespace) -> int:
    repo = generation.REPO
    if args.new is not None:
        new = spec_history.resolve(repo, args.new)
    else:
        # The working tree's inputs, not generated/: a forgotten `make generate` must not hide a change.
        _, text = generation.effective_spec(generation.Inputs.of_repo(repo))
        new = spec_history.SpecVersion("the effective spec of this working tree", text)
        committed = repo / "generated" / generation.EFFECTIVE_SPEC
        if not committed.is_file() or committed.read_text(encoding="utf-8") != text:
            print("note: generated/ is stale; `make generate` brings it up to date\n")
    if args.old is not None:
        old = spec_history.resolve(repo, args.old)
    else:
        found = spec_history.previous(repo, new.text)
        if found is None:
            print(f"no earlier {spec_history.SPEC_PATH} differs from {new.label}: nothing to compare")
            return 0
        old = found
    changes = api_diff.diff(old.document(), new.document())
    sys.stdout.write(api_diff.render(changes, old.label, new.label, old.version, new.version))
    return 1 if any(change.breaking for change in changes) else 0


def _docs_page_rows(page: Path, view: docs_diff.SpecView, pinned: list[docs_page.DocsRow]) -> list[docs_page.DocsRow]:
    hints = docs_page.Hints.of([*view.rows, *pinned])
    try:
        return docs_page.parse_page(_read(page), hints)
    except docs_page.PageError as error:
        raise InputError(f"{page}: {error}") from None


def _spec_view(spec: str | None) -> docs_diff.SpecView:
    if spec is not None:
        document = _load_input(Path(spec))
        if not isinstance(document, dict):
            raise InputError(f"{spec}: not an OpenAPI document")
        return docs_diff.spec_view(document)
    # The working tree's inputs, as api-diff reads them: an overlay edit counts before `make generate`.
    document, _ = generation.effective_spec(generation.Inputs.of_repo())
    return docs_diff.spec_view(document)


def _cmd_docs_diff(args: argparse.Namespace) -> int:
    page = Path(args.page)
    view = _spec_view(args.spec)
    rows_file = generation.REPO / docs_page.ROWS_PATH
    pinned = docs_page.read_rows(rows_file) if rows_file.is_file() else []
    rows = _docs_page_rows(page, view, pinned)
    actions = docs_diff.overlay_actions(generation.REPO / "overlays")
    differences = docs_diff.compare(rows, view, actions)
    sys.stdout.write(docs_diff.render(differences, str(page)))
    if pinned != rows:
        print(f"note: {docs_page.ROWS_PATH} does not hold this page's rows; `make docs-rows DOCS={page}` rewrites it")
    return 1 if differences else 0


def _cmd_docs_rows(args: argparse.Namespace) -> int:
    page = Path(args.page)
    # Only the spec guides the reading: the rows file is what is being replaced.
    rows = _docs_page_rows(page, _spec_view(args.spec), [])
    out = Path(args.output) if args.output else generation.REPO / docs_page.ROWS_PATH
    out.write_text(docs_page.format_rows(rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows of {page} to {out}")
    return 0


def _cmd_build(args: argparse.Namespace) -> int:
    artifacts = dist.build(generation.REPO, Path(args.out))
    for path in artifacts.files:
        print(f"built {path} ({path.stat().st_size // 1024} KiB)")
    print(f"{dist.PROJECT} {artifacts.version}: the wheel holds the package exactly; twine check passed")
    return 0


def _cmd_publish(args: argparse.Namespace) -> int:
    index = Index.of(args.index_url or "", args.simple_url or None)
    artifacts = publish(generation.REPO, Path(args.dist), index)
    print(f"published {dist.PROJECT} {artifacts.version} to {index.upload_url}")
    print("install it with one of:")
    for hint in install_hints(index, artifacts):
        print(f"  from {hint.works_on}:\n    {hint.command}")
    return 0


def _cmd_vendor(args: argparse.Namespace) -> int:
    done = vendor.vendor(generation.REPO, args.dest or "", args.as_name or None)
    action = "replaced" if done.replaced else "wrote"
    print(
        f"{action} {done.target} ({done.files} files): {dist.PROJECT} {done.version}, commit {done.source_commit[:12]}"
    )
    print(f"nothing else in {done.target.parent} was touched; review and commit it there")
    print(
        f"ruff takes {done.target.name}/{vendor.RUFF_CONFIG} for the copy. For a strict mypy there, add to that"
        " repository's pyproject.toml (the extras' modules may not be installed there):\n" + done.mypy_overrides
    )
    # The pytest11 entry point comes with an installed wheel, not with a copy.
    print(
        f"for its pytest fixture (local_c1), add to a conftest.py there:"
        f' pytest_plugins = ["{done.target.name}.testing.pytest_plugin"]'
    )
    return 0


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None


def _load_input(path: Path) -> object:
    try:
        return yamlio.load(path)
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from None
    except yamlio.YAMLError as error:
        raise InputError(f"{path}: not valid YAML or JSON: {error}") from None


def _write(text: str, output: str | None) -> None:
    if output is None or output == "-":
        sys.stdout.write(text)
    else:
        Path(output).write_text(text, encoding="utf-8")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator")
    commands = parser.add_subparsers(dest="command", required=True)

    p = commands.add_parser("bundle", help="merge the spec/ fragments into one document")
    p.add_argument("spec_dir")
    p.add_argument("-o", "--output")
    p.add_argument("--validate", action="store_true", help="also validate the result")
    p.set_defaults(run=_cmd_bundle)

    p = commands.add_parser(
        "overlay",
        help="apply Overlay 1.0/1.1 documents to an OpenAPI document, in order",
        description="Apply Overlay 1.0.x/1.1.x documents to SPEC in the order given and write YAML."
        " Exit status: 0 applied, 1 an action could not be applied, 2 an input is not a valid"
        " overlay (or cannot be read).",
    )
    p.add_argument("spec", metavar="SPEC")
    p.add_argument("overlays", metavar="OVERLAY", nargs="+")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of standard output")
    p.add_argument("--strict", action="store_true", help="a target that selects nothing is an error")
    p.set_defaults(run=_cmd_overlay)

    p = commands.add_parser("generate", help="rebuild generated/ from spec/ and overlays/")
    p.add_argument("--out", default=str(generation.REPO / "generated"))
    p.set_defaults(run=_cmd_generate)

    p = commands.add_parser("check", help="fail, listing the differences, when generated/ is stale")
    p.add_argument("--out", default=str(generation.REPO / "generated"))
    p.add_argument(
        "--strict",
        action="store_true",
        help="fail when the version check cannot run (a shallow clone); also STRICT_VERSION_CHECK=1",
    )
    p.set_defaults(run=_cmd_check)

    p = commands.add_parser("version-check", help="fail when the API changed but info.version did not")
    p.add_argument("--out", default=str(generation.REPO / "generated"))
    p.add_argument(
        "--strict",
        action="store_true",
        help="fail when the version check cannot run (a shallow clone); also STRICT_VERSION_CHECK=1",
    )
    p.set_defaults(run=_cmd_version_check)

    p = commands.add_parser(
        "api-diff",
        help="what changed in the API between two effective specs",
        description="Compare two effective specs and list the API changes, breaking ones first. OLD and NEW are"
        " each a spec file, a git commit (its generated/openapi.yaml), or a version that generated/openapi.yaml"
        " had in the history. Without NEW: the effective spec built from this working tree. Without OLD: the"
        " newest committed generated/openapi.yaml that differs from NEW. Exit status: 0 no breaking change,"
        " 1 breaking changes, 2 bad input.",
    )
    p.add_argument("old", nargs="?", metavar="OLD")
    p.add_argument("new", nargs="?", metavar="NEW")
    p.set_defaults(run=_cmd_api_diff)

    p = commands.add_parser(
        "docs-diff",
        help="where a saved C1 docs page and the effective spec disagree",
        description="Read a saved C1 docs page (its HTML, or the text copied from the browser), compare its"
        " tables row by row with the effective spec built from this working tree, and print each difference"
        " with the overlay actions it concerns and what to change there. Exit status: 0 no difference,"
        " 1 differences, 2 bad input.",
    )
    p.add_argument("page", metavar="PAGE")
    p.add_argument(
        "--spec", metavar="FILE", help="compare with this effective spec instead (e.g. generated/openapi.yaml)"
    )
    p.set_defaults(run=_cmd_docs_diff)

    p = commands.add_parser(
        "docs-rows",
        help=f"rewrite {docs_page.ROWS_PATH} from a saved C1 docs page",
        description=f"Write the rows of a saved C1 docs page (HTML or copied text) to {docs_page.ROWS_PATH},"
        " the pinned copy the tests check the effective spec against.",
    )
    p.add_argument("page", metavar="PAGE")
    p.add_argument("-o", "--output", metavar="OUT", help=f"write here instead of {docs_page.ROWS_PATH}")
    p.add_argument("--spec", metavar="FILE", help="read hints from this effective spec instead of the working tree's")
    p.set_defaults(run=_cmd_docs_rows)

    p = commands.add_parser("build", help="build the wheel and sdist into dist/ and check them")
    p.add_argument("--out", default=str(generation.REPO / "dist"))
    p.set_defaults(run=_cmd_build)

    p = commands.add_parser("publish", help="upload dist/ to a package index with twine")
    p.add_argument("--index-url", help="the index's upload URL (make: INDEX_URL)")
    p.add_argument("--simple-url", help="its simple API, when not INDEX_URL/simple/ (make: SIMPLE_URL)")
    p.add_argument("--dist", default=str(generation.REPO / "dist"))
    p.set_defaults(run=_cmd_publish)

    p = commands.add_parser("vendor", help="copy the package into another repository, optionally renamed")
    p.add_argument("--dest", help="an existing directory, e.g. the other repository's root (make: DEST)")
    p.add_argument("--as", dest="as_name", help="the import name there (make: AS); default thesys_c1")
    p.set_defaults(run=_cmd_vendor)

    p = commands.add_parser("validate", help="validate a document (or a spec/ folder) as OpenAPI")
    p.add_argument("document")
    p.set_defaults(run=_cmd_validate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except (
        InputError,
        OverlayInvalid,
        spec_history.HistoryError,
        vendor.VendorError,
        docs_page.PageError,
    ) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except (
        BundleError,
        SpecInvalid,
        OverlayFailed,
        OverlayPolicyError,
        CodegenFailed,
        dist.DistError,
        PublishError,
        GitError,
    ) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


class InputError(Exception):
    """An input file is missing or unreadable."""
