"""Additions to the generated models that the hand-written client relies on.

- Wire names: openapi-python-client stores a field whose name shadows a Python
  builtin (``type``, ``object``, ``input``, ``format``) as ``type_``. Code moved
  over from OpenAI's SDK reads ``event.type`` and ``completion.object``, so each
  such field also gets a read-only property under its name on the wire.
- Request ids: the models an operation answers with get a ``_request_id`` slot
  (the generated classes are slotted attrs classes, so nothing can be attached
  to an instance later); the client fills it from the ``x-request-id`` header.
"""

from __future__ import annotations

import ast
import builtins
import keyword
import warnings
from pathlib import Path

BUILTIN_NAMES = frozenset(dir(builtins))
REQUEST_ID_FIELD = (
    "    _request_id: str | None = _attrs_field(default=None, init=False, repr=False, eq=False)\n"
    '    """ The `x-request-id` of the HTTP answer this object came from, when it came from one. """\n'
)


class ModelExtrasError(Exception):
    pass


def add_extras(models_dir: Path, classes: dict[str, str], result_classes: set[str]) -> None:
    for class_name, module in sorted(classes.items()):
        path = models_dir / f"{module}.py"
        source = path.read_text(encoding="utf-8")
        updated = _add_to_class(source, class_name, with_request_id=class_name in result_classes, where=path)
        if updated != source:
            path.write_text(updated, encoding="utf-8")


def _add_to_class(source: str, class_name: str, *, with_request_id: bool, where: Path) -> str:
    with warnings.catch_warnings():
        # Unformatted generator output has spellings such as `1and` that
        # Python accepts with a SyntaxWarning; ruff rewrites them later.
        warnings.simplefilter("ignore", SyntaxWarning)
        tree = ast.parse(source)
    found = [node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == class_name]
    if not found:
        return source
    cls = found[0]
    fields = [node for node in cls.body if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)]
    lines = source.splitlines(keepends=True)

    properties = []
    for field in fields:
        name = field.target.id  # type: ignore[union-attr]
        wire = name[:-1]
        if name.endswith("_") and wire in BUILTIN_NAMES and not keyword.iskeyword(wire):
            annotation = ast.unparse(field.annotation)
            properties.append(
                "\n"
                "    @property\n"
                f"    def {wire}(self) -> {annotation}:\n"
                f'        """`{wire}` as on the wire (the field is stored as `{name}`)."""\n'
                f"        return self.{name}\n"
            )
    if properties:
        end = cls.end_lineno
        assert end is not None
        lines[end:end] = properties

    if with_request_id:
        extra = [f for f in fields if f.target.id == "additional_properties"]  # type: ignore[union-attr]
        if not extra:
            raise ModelExtrasError(f"{where}: {class_name} is an answer model without additional_properties")
        end = extra[0].end_lineno
        assert end is not None
        lines[end:end] = [REQUEST_ID_FIELD]
    return "".join(lines)


UNSET_CLASS = """class Unset:
    def __bool__(self) -> Literal[False]:
        return False
"""
UNSET_REPR = """
    def __repr__(self) -> str:
        # Printed models show `UNSET` for a field the answer left out, not an object address.
        return "UNSET"
"""


def add_unset_repr(types_path: Path) -> None:
    source = types_path.read_text(encoding="utf-8")
    if UNSET_CLASS not in source:
        raise ModelExtrasError(f"{types_path}: the Unset class is not where it was; update generator/model_extras.py")
    types_path.write_text(source.replace(UNSET_CLASS, UNSET_CLASS + UNSET_REPR, 1), encoding="utf-8")
