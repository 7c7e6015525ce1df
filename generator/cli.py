"""Command line of the pipeline: ``python -m generator <command>``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import pipeline, yamlio
from .bundle import BundleError, bundle
from .codegen import CodegenFailed
from .overlay import OverlayFailed, OverlayInvalid, apply_overlay, parse_overlay
from .validate import SpecInvalid, validate_openapi


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
    pipeline.generate(pipeline.Inputs.of_repo(), target)
    print(f"generated {target}/ from spec/, overlays/ and src/")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    target = Path(args.out)
    report = pipeline.check(pipeline.Inputs.of_repo(), target)
    if report:
        print(f"{target}/ is not what spec/, overlays/ and src/ produce; run `make generate`:")
        print("\n".join(report))
        return 1
    print(f"{target}/ matches spec/, overlays/ and src/")
    return 0


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

    p = commands.add_parser("generate", help="rebuild generated/ from spec/, overlays/ and src/")
    p.add_argument("--out", default=str(pipeline.REPO / "generated"))
    p.set_defaults(run=_cmd_generate)

    p = commands.add_parser("check", help="fail, listing the differences, when generated/ is stale")
    p.add_argument("--out", default=str(pipeline.REPO / "generated"))
    p.set_defaults(run=_cmd_check)

    p = commands.add_parser("validate", help="validate a document (or a spec/ folder) as OpenAPI")
    p.add_argument("document")
    p.set_defaults(run=_cmd_validate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except (InputError, OverlayInvalid) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except (BundleError, SpecInvalid, OverlayFailed, CodegenFailed) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


class InputError(Exception):
    """An input file is missing or unreadable."""
