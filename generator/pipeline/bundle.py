"""Merging the spec/ fragments into one OpenAPI document.

spec/openapi.yaml is the root; every other ``*.yaml`` file beside it is a
fragment contributing ``paths`` and ``components``. Fragments are merged in
file-name order so the result does not depend on the file system, and a key
that two files both define is an error rather than a silent overwrite.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .. import yamlio

ROOT_NAME = "openapi.yaml"
_MERGED_SECTIONS = ("paths", "components")


class BundleError(Exception):
    pass


def bundle(spec_dir: Path) -> dict[str, Any]:
    root_path = spec_dir / ROOT_NAME
    if not root_path.is_file():
        raise BundleError(f"{root_path}: the root document is missing")
    root: dict[str, Any] = yamlio.load(root_path)
    document = {key: value for key, value in root.items() if key not in _MERGED_SECTIONS}
    owners: dict[str, str] = {}
    for name, fragment in [(ROOT_NAME, root), *_fragments(spec_dir)]:
        for section in _MERGED_SECTIONS:
            body = fragment.get(section) or {}
            into = document.setdefault(section, {})
            if section == "paths":
                _merge_entries(into, body, section, name, owners)
                continue
            for kind, entries in body.items():
                _merge_entries(into.setdefault(kind, {}), entries or {}, f"{section}/{kind}", name, owners)
    return _ordered(document, list(root))


def _fragments(spec_dir: Path) -> list[tuple[str, dict[str, Any]]]:
    fragments = []
    for path in sorted(spec_dir.glob("*.yaml")):
        if path.name == ROOT_NAME:
            continue
        fragment = yamlio.load(path) or {}
        if not isinstance(fragment, dict):
            raise BundleError(f"{path.name}: a fragment must be a mapping")
        unknown = sorted(set(fragment) - set(_MERGED_SECTIONS))
        if unknown:
            raise BundleError(
                f"{path.name}: only {' and '.join(_MERGED_SECTIONS)} may appear in a fragment,"
                f" found {', '.join(unknown)}"
            )
        fragments.append((path.name, fragment))
    return fragments


def _merge_entries(
    into: dict[str, Any], entries: dict[str, Any], where: str, name: str, owners: dict[str, str]
) -> None:
    # Collisions are checked per entry (one path, one schema): that is where
    # two fragments could silently overwrite each other.
    for key, value in entries.items():
        address = f"{where}/{key}"
        if key in into:
            raise BundleError(f"{address} is defined in both {owners[address]} and {name}")
        into[key] = value
        owners[address] = name


def _ordered(document: dict[str, Any], root_order: list[str]) -> dict[str, Any]:
    order = root_order + [key for key in document if key not in root_order]
    return {key: document[key] for key in order if key in document}
