"""``model_table.py``: which generated class each component schema has, and which classes each union has.

The run time parses JSON into the model of a schema named in the operation
table; a schema's class is named after its title when it has one (``Response``
is ``ResponseObject``), and a union of references has no class but members,
picked by ``type`` in the order the spec lists them. Both are known here, so
they are written down as class names (not classes: the models package imports
each model only on first use) rather than read from the shipped spec at run time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .model_names import ModelNameError, class_name, union_members

DOC = '"""Generated model class names by component schema, and the member class names of each union of models."""'


def write_model_table(target: Path, document: dict[str, Any], classes: dict[str, str]) -> None:
    model_classes: dict[str, str] = {}
    unions: dict[str, list[str]] = {}
    for schema_name in document["components"]["schemas"]:
        members = union_members(schema_name, document)
        if members is not None:
            names = [class_name(member, document) for member in members]
            if all(name in classes for name in names):
                unions[schema_name] = names
            continue  # a union of enums or of other unions has no model classes to pick from
        name = class_name(schema_name, document)
        if name in classes:
            model_classes[schema_name] = name
    if not model_classes or not unions:
        raise ModelNameError("the spec has no models or no union of models, so model_table.py would be empty")

    lines = [DOC, "", "# Component schema name -> the name of its generated model class (its title when it has one)."]
    lines += ["MODEL_CLASSES: dict[str, str] = {"]
    lines += [f'    "{schema_name}": "{name}",' for schema_name, name in model_classes.items()]
    lines += ["}", "", "# Union schema name -> the class names of its members, in the order of its branches."]
    lines += ["UNION_MEMBERS: dict[str, tuple[str, ...]] = {"]
    for schema_name, names in unions.items():
        lines += [f'    "{schema_name}": (', *(f'        "{name}",' for name in names), "    ),"]
    lines += ["}", ""]
    target.write_text("\n".join(lines), encoding="utf-8")
