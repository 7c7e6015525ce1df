"""Applying OpenAPI Overlay documents (versions 1.0.x and 1.1.x).

Targets are RFC 9535 JSONPath queries, compiled by python-jsonpath in its
strict mode so that no non-standard syntax slips into an overlay. Actions are
applied in order, each to the result of the one before.

Two kinds of failure are kept apart because callers treat them differently:
``OverlayInvalid`` means the overlay document itself breaks the Overlay
specification; ``OverlayFailed`` means a valid overlay could not be applied
to this particular document (an incompatible merge, or, in strict mode, a
target that selects nothing).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import jsonpath
from jsonpath.exceptions import JSONPathError

_VERSION = re.compile(r"^1\.([01])\.\d+$")
_ROOT_FIELDS = {"overlay", "info", "extends", "actions"}
_INFO_FIELDS = {"title", "version", "description"}
_ACTION_FIELDS = {"target", "description", "update", "remove", "copy"}

_JSONPATH = jsonpath.JSONPathEnvironment(strict=True)

Json = Any
Location = tuple[str | int, ...]


class OverlayInvalid(Exception):
    """The overlay document does not conform to the Overlay specification."""


class OverlayFailed(Exception):
    """A valid overlay could not be applied to the document."""


@dataclass(frozen=True)
class Action:
    index: int
    target: str
    description: str | None
    update: Json
    has_update: bool
    remove: bool
    copy_from: str | None

    @property
    def label(self) -> str:
        described = f" ({self.description})" if self.description else ""
        return f"action {self.index + 1}{described}, target {self.target}"


@dataclass(frozen=True)
class Overlay:
    minor: int
    title: str
    actions: tuple[Action, ...]


def parse_overlay(document: Json, source: str = "overlay") -> Overlay:
    """Check an overlay document against the Overlay specification."""
    if not isinstance(document, dict):
        raise OverlayInvalid(f"{source}: an overlay document must be a mapping")
    _no_unknown_fields(document, _ROOT_FIELDS, f"{source}")
    version = document.get("overlay")
    if not isinstance(version, str):
        raise OverlayInvalid(f"{source}: 'overlay' is required and must be a version string such as '1.1.0'")
    matched = _VERSION.match(version)
    if matched is None:
        raise OverlayInvalid(f"{source}: overlay version {version!r} is not supported (1.0.x and 1.1.x are)")
    minor = int(matched.group(1))

    info = document.get("info")
    if not isinstance(info, dict):
        raise OverlayInvalid(f"{source}: 'info' is required and must be a mapping")
    _no_unknown_fields(info, _INFO_FIELDS, f"{source}: info")
    for field in ("title", "version"):
        if not isinstance(info.get(field), str):
            raise OverlayInvalid(f"{source}: info.{field} is required and must be a string")
    if "description" in info and not isinstance(info["description"], str):
        raise OverlayInvalid(f"{source}: info.description must be a string")
    if "extends" in document and not isinstance(document["extends"], str):
        raise OverlayInvalid(f"{source}: 'extends' must be a URI reference string")

    raw_actions = document.get("actions")
    if not isinstance(raw_actions, list) or not raw_actions:
        raise OverlayInvalid(f"{source}: 'actions' is required and must be a list of at least one action")
    actions = tuple(_parse_action(raw, index, minor, source) for index, raw in enumerate(raw_actions))
    _actions_unique(raw_actions, source)
    return Overlay(minor=minor, title=info["title"], actions=actions)


def _parse_action(raw: Json, index: int, minor: int, source: str) -> Action:
    where = f"{source}: action {index + 1}"
    if not isinstance(raw, dict):
        raise OverlayInvalid(f"{where}: an action must be a mapping")
    _no_unknown_fields(raw, _ACTION_FIELDS, where)
    target = raw.get("target")
    if not isinstance(target, str) or not target.startswith("$"):
        raise OverlayInvalid(f"{where}: 'target' is required and must be a JSONPath query starting with '$'")
    _compile(target, where)
    description = raw.get("description")
    if description is not None and not isinstance(description, str):
        raise OverlayInvalid(f"{where}: 'description' must be a string")
    remove = raw.get("remove", False)
    if not isinstance(remove, bool):
        raise OverlayInvalid(f"{where}: 'remove' must be true or false")
    copy_from = raw.get("copy")
    if "copy" in raw:
        if minor < 1:
            raise OverlayInvalid(f"{where}: 'copy' needs overlay version 1.1 or later")
        if not isinstance(copy_from, str) or not copy_from.startswith("$"):
            raise OverlayInvalid(f"{where}: 'copy' must be a JSONPath query starting with '$'")
        _compile(copy_from, where)
    modifiers = [name for name in ("update", "copy", "remove") if name in raw]
    if not modifiers:
        raise OverlayInvalid(f"{where}: an action needs one of 'update', 'remove' or 'copy'")
    if minor >= 1 and len(modifiers) > 1:
        raise OverlayInvalid(f"{where}: only one of 'update', 'remove' and 'copy' may be given, found {modifiers}")
    return Action(
        index=index,
        target=target,
        description=description,
        update=raw.get("update"),
        has_update="update" in raw,
        remove=remove,
        copy_from=copy_from,
    )


def _actions_unique(raw_actions: list[Json], source: str) -> None:
    # Compared as JSON, as the Overlay schema's uniqueItems does: Python's ==
    # would take `update: 1` and `update: true` for the same action.
    seen: set[str] = set()
    for index, raw in enumerate(raw_actions):
        canonical = json.dumps(raw, sort_keys=True)
        if canonical in seen:
            raise OverlayInvalid(f"{source}: action {index + 1} repeats an earlier action (actions must be unique)")
        seen.add(canonical)


def _no_unknown_fields(mapping: dict[str, Json], allowed: set[str], where: str) -> None:
    for key in mapping:
        if not isinstance(key, str) or (key not in allowed and not key.startswith("x-")):
            raise OverlayInvalid(f"{where}: unknown field {key!r} (extensions must start with 'x-')")


def _compile(query: str, where: str) -> jsonpath.JSONPath | jsonpath.CompoundJSONPath:
    try:
        return _JSONPATH.compile(query)
    except JSONPathError as error:
        first_line = str(error).splitlines()[0]
        raise OverlayInvalid(f"{where}: {query!r} is not an RFC 9535 JSONPath query: {first_line}") from None


def apply_overlay(document: Json, overlay: Overlay, *, strict: bool = False, source: str = "overlay") -> Json:
    """Apply every action of ``overlay`` to ``document`` (changed in place and returned)."""
    for action in overlay.actions:
        document = _apply_action(document, action, overlay.minor, strict, source)
    return document


def _apply_action(document: Json, action: Action, minor: int, strict: bool, source: str) -> Json:
    where = f"{source}: {action.label}"
    # A nodelist may name one node twice ($.a[0,0]); each node changes once.
    locations = list(dict.fromkeys(_select(document, action.target, where)))
    if not locations:
        if strict:
            raise OverlayFailed(f"{where}: the target selects nothing")
        return document
    if action.remove:
        return _remove(document, locations, where)
    if action.has_update:
        value = action.update
    elif action.copy_from is not None:
        sources = list(_select(document, action.copy_from, where))
        if len(sources) != 1:
            raise OverlayFailed(
                f"{where}: copy source {action.copy_from} must select exactly one node, selected {len(sources)}"
            )
        value = _get(document, sources[0])
    else:
        # A 1.0 action with only `remove: false` changes nothing.
        return document
    kinds = {_kind(_get(document, location)) for location in locations}
    if len(kinds) > 1:
        raise OverlayFailed(f"{where}: the target selects a mix of {', '.join(sorted(kinds))} nodes")
    for location in locations:
        document = _set(document, location, _merged(_get(document, location), value, minor, where))
    return document


def _select(document: Json, query: str, where: str) -> Iterator[Location]:
    compiled = _compile(query, where)
    for match in compiled.finditer(document):
        yield tuple(match.parts)


def _get(document: Json, location: Location) -> Json:
    node = document
    for part in location:
        node = node[part]
    return node


def _set(document: Json, location: Location, value: Json) -> Json:
    if not location:
        return value
    _get(document, location[:-1])[location[-1]] = value
    return document


def _remove(document: Json, locations: list[Location], where: str) -> Json:
    if () in locations:
        raise OverlayFailed(f"{where}: the document root cannot be removed")
    # Deepest first, and higher array indexes before lower ones, so that no
    # removal shifts a location still waiting to be removed.
    for location in sorted(set(locations), key=_removal_order, reverse=True):
        try:
            parent = _get(document, location[:-1])
        except (KeyError, IndexError, TypeError):
            continue  # an ancestor was already removed
        key = location[-1]
        present = key in parent if isinstance(parent, dict) else isinstance(key, int) and key < len(parent)
        if present:
            del parent[key]
    return document


def _removal_order(location: Location) -> tuple[tuple[int, str | int], ...]:
    return tuple((0, part) if isinstance(part, int) else (1, part) for part in location)


def _kind(node: Json) -> str:
    if isinstance(node, dict):
        return "object"
    if isinstance(node, list):
        return "array"
    return "primitive"


def _merged(target: Json, value: Json, minor: int, where: str) -> Json:
    value = copy.deepcopy(value)
    if isinstance(target, dict):
        if not isinstance(value, dict):
            raise OverlayFailed(f"{where}: an object node can only be updated with an object")
        return _merge_objects(target, value, minor, where)
    if isinstance(target, list):
        # 1.1 concatenates an array; 1.0 (and 1.1 for any other value) appends.
        if minor >= 1 and isinstance(value, list):
            target.extend(value)
        else:
            target.append(value)
        return target
    if isinstance(value, (dict, list)):
        raise OverlayFailed(f"{where}: a primitive node can only be replaced by a primitive value")
    return value


def _merge_objects(target: dict[str, Json], value: dict[str, Json], minor: int, where: str) -> dict[str, Json]:
    for key, new in value.items():
        if key not in target:
            target[key] = new
            continue
        old = target[key]
        if new is None and isinstance(old, (dict, list)):
            # An empty entry in a structured update (`components:` with no
            # value) names a place without changing it.
            continue
        if isinstance(old, dict) and isinstance(new, dict):
            _merge_objects(old, new, minor, where)
        elif isinstance(old, list) and isinstance(new, list):
            old.extend(new)
        elif not isinstance(old, (dict, list)) and not isinstance(new, (dict, list)):
            target[key] = new
        else:
            raise OverlayFailed(
                f"{where}: property {key!r} cannot merge a {_kind(new)} value into a {_kind(old)} value"
            )
    return target
