"""Turning the effective spec into the ``thesys_c1`` package.

The generated part is assembled in a scratch folder and only then compared
with, or moved over, ``generated/``: a failed run never leaves a half-written
tree, and ``make check`` can diff a fresh build against what is committed.

What is written is ``thesys_c1/_generated/`` alone: the models, types and
TypedDicts of the openapi-python-client and datamodel-codegen output, the
effective spec as JSON, the version module. The rest of the package is
hand-written in ``src/thesys_c1``, which reaches this folder through a link
(see layout.py); nothing of it is copied here.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from .. import yamlio
from .call_params import append_call_params
from .model_names import catch_all_member, class_name, generated_classes, response_schemas
from .model_table import write_model_table
from .model_unions import write_unions
from .operation_table import OperationTableError
from .resource_layer import render as render_resource_layer

PACKAGE = "thesys_c1"
GENERATED_SUBPACKAGE = "_generated"
# The tool's configuration and templates stay at the top of generator/, beside this package.
GENERATOR_DIR = Path(__file__).resolve().parents[1]
OPC_CONFIG = GENERATOR_DIR / "openapi-python-client.yaml"
# The model, types and models/__init__ templates that replace the tool's own (see templates/model.py.jinja).
OPC_TEMPLATES = GENERATOR_DIR / "templates"
# Hand-written bases of generated models, for what the wire format does not carry (`module:Class`, relative to
# the generated models package).
MODEL_MIXINS = {"ResponseObject": "..._lib.answer_text:OutputTextMixin"}
# Schema keys read by the model template only; they are set in the copy of the spec the tool reads, never shipped.
ANSWER_MARK = "x-codegen-answer"
MIXIN_MARK = "x-codegen-mixin"
UNSUPPORTED_MARK = "UNSUPPORTED PROPERTY KIND"

# One ruff configuration for generated code, given on the command line so that
# no ruff.toml or pyproject.toml found around the checkout can change the output.
RUFF_SETTINGS = (
    "line-length = 120",
    'target-version = "py311"',
    'lint.select = ["F401", "I", "UP"]',
)


class CodegenFailed(Exception):
    pass


def _tool(name: str) -> str:
    # Tools come from the interpreter's own environment (the pinned .venv),
    # never from whatever happens to be first on PATH.
    candidate = Path(sys.executable).parent / name
    if not candidate.exists():
        raise CodegenFailed(f"{name} is not installed beside {sys.executable}; run `make venv`")
    return str(candidate)


def _run(command: list[str], cwd: Path | None = None) -> str:
    env = {key: value for key, value in os.environ.items() if not key.startswith("RUFF_")}
    completed = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        output = (completed.stdout + completed.stderr).strip()
        raise CodegenFailed(f"{Path(command[0]).name} failed (exit {completed.returncode}):\n{output}")
    return completed.stdout + completed.stderr


def spec_sha256(effective_yaml: str) -> str:
    return hashlib.sha256(effective_yaml.encode("utf-8")).hexdigest()


# openapi-python-client also writes an httpx client with one module per
# endpoint; the hand-written client sends requests itself, so none of that is
# imported, and it is not kept.
UNUSED_OUTPUT = ("api", "client.py", "errors.py")
GENERATED_INIT = '''"""Code and data generated from the effective spec by `make generate`; never edited by hand."""\n'''


def build_package(effective: dict[str, Any], effective_yaml: str, out_dir: Path) -> Path:
    """Write the generated subpackage into ``out_dir/thesys_c1/_generated`` and return that path."""
    generated_dir = out_dir / PACKAGE / GENERATED_SUBPACKAGE
    # First, so that an operation the client could not call fails before the slow tools run.
    try:
        resource_layer = render_resource_layer(effective)
    except OperationTableError as error:
        raise CodegenFailed(str(error)) from None
    with tempfile.TemporaryDirectory(prefix="thesys-c1-codegen-") as scratch_name:
        scratch = Path(scratch_name)
        spec_path = scratch / "openapi.yaml"
        spec_path.write_text(effective_yaml, encoding="utf-8")
        marked_path = scratch / "marked.json"
        marked_path.write_text(json.dumps(_marked(effective)), encoding="utf-8")
        _openapi_python_client(marked_path, scratch / "client")
        _refuse_unsupported(scratch / "client")
        _drop_unused(scratch / "client")
        shutil.copytree(scratch / "client", generated_dir)
        _typed_dicts(spec_path, generated_dir / "params.py")
    _client_support(effective, generated_dir)
    for name, text in resource_layer.items():
        (generated_dir / name).write_text(text, encoding="utf-8")
    (generated_dir / "openapi.json").write_text(
        json.dumps(effective, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    (generated_dir / "version.py").write_text(_version_module(effective, effective_yaml), encoding="utf-8")
    format_package(generated_dir)
    return generated_dir


def _marked(effective: dict[str, Any]) -> dict[str, Any]:
    """A copy of the spec with the schema keys the model template reads (answer models, hand-written bases), and
    the open unions without their catch-all member.

    A field's type then lists only the members that fix their ``type``, so that ``item.type == "message"``
    narrows it for type checkers; a value of any other type is kept out of the field (see ``UnknownVariant`` in
    templates/types.py.jinja), never typed as a member it is not.
    """
    document: dict[str, Any] = json.loads(json.dumps(effective))
    schemas = document["components"]["schemas"]
    for name in list(schemas):
        catch_all = catch_all_member(name, effective)
        if catch_all is not None:
            key = "anyOf" if "anyOf" in schemas[name] else "oneOf"
            schemas[name][key] = [m for m in schemas[name][key] if m.get("$ref", "").rsplit("/", 1)[-1] != catch_all]
    for name in response_schemas(effective):
        schemas[name][ANSWER_MARK] = True
    by_class = {class_name(name, effective): name for name in schemas}
    for model, base in MODEL_MIXINS.items():
        if model not in by_class:
            raise CodegenFailed(f"MODEL_MIXINS names {model}, which the spec has no schema for")
        schemas[by_class[model]][MIXIN_MARK] = base
    return document


def _refuse_unsupported(client_dir: Path) -> None:
    for path in sorted(client_dir.rglob("*.py")):
        if UNSUPPORTED_MARK in path.read_text(encoding="utf-8"):
            raise CodegenFailed(f"{path.name}: a property of a kind the model template does not handle")


def _drop_unused(client_dir: Path) -> None:
    for name in UNUSED_OUTPUT:
        path = client_dir / name
        if not path.exists():
            raise CodegenFailed(f"openapi-python-client no longer writes {name}; update UNUSED_OUTPUT in codegen.py")
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
    # Its __init__ only re-exported the client that was just dropped.
    (client_dir / "__init__.py").write_text(GENERATED_INIT, encoding="utf-8")


def _openapi_python_client(spec_path: Path, output: Path) -> None:
    log = _run(
        [
            _tool("openapi-python-client"),
            "generate",
            "--path",
            str(spec_path),
            "--config",
            str(OPC_CONFIG),
            "--meta",
            "none",
            "--custom-template-path",
            str(OPC_TEMPLATES),
            "--output-path",
            str(output),
            "--fail-on-warning",
        ]
    )
    if not (output / "__init__.py").exists():
        raise CodegenFailed(f"openapi-python-client wrote no package:\n{log}")


def _typed_dicts(spec_path: Path, target: Path) -> None:
    # TypedDicts let callers pass plain dicts (messages, input items, tools)
    # that mypy and editors still check against the spec.
    _run(
        [
            _tool("datamodel-codegen"),
            "--input",
            str(spec_path),
            "--input-file-type",
            "openapi",
            "--openapi-scopes",
            "schemas",
            "--output-model-type",
            "typing.TypedDict",
            "--target-python-version",
            "3.11",
            "--use-standard-collections",
            "--use-union-operator",
            "--enum-field-as-literal",
            "all",
            "--use-double-quotes",
            "--disable-timestamp",
            "--custom-file-header",
            '"""TypedDicts for every schema of the effective spec, for passing plain dicts."""',
            "--output",
            str(target),
        ]
    )


def _client_support(effective: dict[str, Any], generated_dir: Path) -> None:
    """What the hand-written client needs from the generated code beyond what the tools write."""
    models_dir = generated_dir / "models"
    classes = generated_classes(models_dir)
    results = {class_name(name, effective) for name in response_schemas(effective)}
    missing = sorted(results - classes.keys())
    if missing:
        raise CodegenFailed(f"no generated model for the answer schemas {missing}")
    append_call_params(generated_dir / "params.py", effective)
    write_unions(generated_dir / "unions.py", effective, classes)
    write_model_table(generated_dir / "model_table.py", effective, classes)


def _version_module(effective: dict[str, Any], effective_yaml: str) -> str:
    version = effective["info"]["version"]
    return (
        '"""Version of this package and the spec it was generated from."""\n\n'
        f'__version__ = "{version}"\n'
        f'SPEC_SHA256 = "{spec_sha256(effective_yaml)}"\n'
    )


def format_package(package_dir: Path) -> None:
    ruff = _tool("ruff")
    settings = [arg for setting in RUFF_SETTINGS for arg in ("--config", setting)]
    _run([ruff, "check", "--isolated", *settings, "--fix-only", "--exit-zero", "--quiet", str(package_dir)])
    _run([ruff, "format", "--isolated", *settings, "--quiet", str(package_dir)])


def load_effective(generated_yaml: Path) -> dict[str, Any]:
    document: dict[str, Any] = yamlio.load(generated_yaml)
    return document
