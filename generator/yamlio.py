"""Reading and writing YAML the same way everywhere in the pipeline.

Output must be byte-stable across runs, so the dumper keeps key order as
given, never wraps lines, and never emits anchors or aliases.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml import YAMLError

__all__ = ["YAMLError", "dumps", "load", "loads"]


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)


def load(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return _json_keys(yaml.safe_load(handle))


def loads(text: str) -> Any:
    return _json_keys(yaml.safe_load(text))


def _json_keys(node: Any) -> Any:
    # OpenAPI documents are JSON: an unquoted `200:` in YAML is still the key "200".
    if isinstance(node, dict):
        return {str(key): _json_keys(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_json_keys(value) for value in node]
    return node


def dumps(data: Any) -> str:
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=1_000_000,
        default_flow_style=False,
    )
