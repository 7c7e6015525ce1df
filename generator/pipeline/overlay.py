"""Applying OpenAPI Overlay documents (versions 1.0.x and 1.1.x).

Targets are RFC 9535 JSONPath queries, compiled by python-jsonpath in its
strict mode so that no non-standard syntax slips into an overlay. Actions are
applied in order, each to the result of the one before.

Two kinds of failure are kept apart because callers treat them differently:
``OverlayInvalid`` means the overlay document itself breaks the Overlay
specification; ``OverlayFailed`` means a valid overlay could not be applied
to this particular document (an incompatible merge, or, in strict mode, a
target that selects nothing).

Every document the specification accepts is accepted here, including actions
that change nothing (a target alone, or fields the text says have no impact);
rules stricter than the specification belong to the caller (the pipeline's
are in ``overlay_policy``).
"""

from __future__ import annotations

import copy
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import jsonpath
from jsonpath.exceptions import JSONPathError

# ASCII digits and a true end of string: the Overlay schemas' patterns are
# ECMA-262 regular expressions, where `\d` is 0-9 and `$` does not match
# before a trailing newline.
_VERSION = re.compile(r"1\.([01])\.[0-9]+", re.ASCII)
_ROOT_FIELDS = {"overlay", "info", "extends", "actions"}
_INFO_FIELDS = {0: {"title", "version"}, 1: {"title", "version", "description"}}
_ACTION_FIELDS = {
    0: {"target", "description", "update", "remove"},
    1: {"target", "description", "update", "remove", "copy"},
}

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
    minor: int

    @property
    def label(self) -> str:
        described = f" ({self.description})" if self.description else ""
        return f"action {self.index + 1}{described}, target {self.target}"

    @property
    def effect(self) -> str:
        """What the action does: "remove", "update", "copy", or "nothing"."""
        if self.remove:
            return "remove"
        if self.has_update and self.copy_from is not None:
            # Overlay 1.1 says of each of the two fields that it has no impact
            # when the other is given, so together they change nothing.
            return "nothing"
        if self.has_update:
            return "update"
        if self.copy_from is not None:
            return "copy"
        return "nothing"

    @property
    def inert_fields(self) -> tuple[str, ...]:
        """Fields the action gives that, by the specification, have no impact."""
        given = [
            name for name, present in (("update", self.has_update), ("copy", self.copy_from is not None)) if present
        ]
        if self.remove or len(given) > 1:
            return tuple(given)
        return ()


@dataclass(frozen=True)
class Overlay:
    minor: int
    title: str
    actions: tuple[Action, ...]
    extends: str | None = None


def parse_overlay(document: Json, source: str = "overlay") -> Overlay:
    """Check an overlay document against the Overlay specification."""
    if not isinstance(document, dict):
        raise OverlayInvalid(f"{source}: an overlay document must be a mapping")
    minor = _version(document, source)
    _no_unknown_fields(document, _ROOT_FIELDS, source)
    _json_only(document, source)

    info = document.get("info")
    if not isinstance(info, dict):
        raise OverlayInvalid(f"{source}: 'info' is required and must be a mapping")
    if "description" in info and minor < 1:
        raise OverlayInvalid(
            f"{source}: info.description needs overlay version 1.1 or later (1.0 has title and version)"
        )
    _no_unknown_fields(info, _INFO_FIELDS[minor], f"{source}: info")
    for field in ("title", "version"):
        if not isinstance(info.get(field), str):
            raise OverlayInvalid(f"{source}: info.{field} is required and must be a string")
    if "description" in info and not isinstance(info["description"], str):
        raise OverlayInvalid(f"{source}: info.description must be a string")

    extends = document.get("extends")
    if "extends" in document and not (isinstance(extends, str) and _is_uri_reference(extends)):
        raise OverlayInvalid(f"{source}: 'extends' must be a URI reference string (RFC 3986), got {extends!r}")

    raw_actions = document.get("actions")
    if not isinstance(raw_actions, list) or not raw_actions:
        raise OverlayInvalid(f"{source}: 'actions' is required and must be a list of at least one action")
    actions = tuple(_parse_action(raw, index, minor, source) for index, raw in enumerate(raw_actions))
    _actions_unique(raw_actions, source)
    return Overlay(minor=minor, title=info["title"], actions=actions, extends=extends)


def _version(document: dict[str, Json], source: str) -> int:
    version = document.get("overlay")
    if not isinstance(version, str):
        hint = " (quote it in YAML)" if isinstance(version, (int, float)) and not isinstance(version, bool) else ""
        raise OverlayInvalid(
            f"{source}: 'overlay' is required and must be a version string such as '1.1.0', got {version!r}{hint}"
        )
    matched = _VERSION.fullmatch(version)
    if matched is None:
        raise OverlayInvalid(
            f"{source}: overlay version {version!r} is not supported: it must be 1.0.<patch> or 1.1.<patch>"
        )
    return int(matched.group(1))


def _parse_action(raw: Json, index: int, minor: int, source: str) -> Action:
    where = f"{source}: action {index + 1}"
    if not isinstance(raw, dict):
        raise OverlayInvalid(f"{where}: an action must be a mapping")
    if "copy" in raw and minor < 1:
        raise OverlayInvalid(f"{where}: 'copy' needs overlay version 1.1 or later")
    _no_unknown_fields(raw, _ACTION_FIELDS[minor], where)
    target = raw.get("target")
    if not isinstance(target, str) or not target.startswith("$"):
        raise OverlayInvalid(f"{where}: 'target' is required and must be a JSONPath query starting with '$'")
    _compile(target, f"{where}: 'target'")
    if "description" in raw and not isinstance(raw["description"], str):
        raise OverlayInvalid(f"{where}: 'description' must be a string")
    remove = raw.get("remove", False)
    if not isinstance(remove, bool):
        raise OverlayInvalid(f"{where}: 'remove' must be true or false")
    copy_from = raw.get("copy")
    if "copy" in raw:
        if not isinstance(copy_from, str) or not copy_from.startswith("$"):
            raise OverlayInvalid(f"{where}: 'copy' must be a JSONPath query starting with '$'")
        _compile(copy_from, f"{where}: 'copy'")
    # Every combination of update, copy and remove (or none of them) is a
    # valid action; Action.effect says what each combination does.
    return Action(
        index=index,
        target=target,
        description=raw.get("description"),
        update=raw.get("update"),
        has_update="update" in raw,
        remove=remove,
        copy_from=copy_from,
        minor=minor,
    )


def _actions_unique(raw_actions: list[Json], source: str) -> None:
    seen: set[Json] = set()
    for index, raw in enumerate(raw_actions):
        key = _json_identity(raw)
        if key in seen:
            raise OverlayInvalid(f"{source}: action {index + 1} repeats an earlier action (actions must be unique)")
        seen.add(key)


def _json_identity(value: Json) -> Json:
    # Equality as JSON Schema's uniqueItems defines it: 1 and 1.0 are the same
    # number, but true is not 1 (Python's == would say both are equal), and
    # object members are unordered.
    if isinstance(value, bool) or value is None:
        return ("literal", value)
    if isinstance(value, (int, float)):
        return ("number", Fraction(value))
    if isinstance(value, str):
        return ("string", value)
    if isinstance(value, list):
        return ("array", tuple(_json_identity(item) for item in value))
    return ("object", frozenset((key, _json_identity(item)) for key, item in value.items()))


def _json_only(value: Json, where: str) -> None:
    # An overlay is a JSON object even when written in YAML; YAML values with
    # no JSON form (dates, binary, NaN) would change meaning across formats.
    if value is None or isinstance(value, (bool, int, str)):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise OverlayInvalid(f"{where}: {value!r} is not a JSON number")
        return
    if isinstance(value, list):
        for position, item in enumerate(value):
            _json_only(item, f"{where}[{position}]")
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise OverlayInvalid(f"{where}: the key {key!r} is not a string, as JSON object keys are")
            _json_only(item, f"{where}.{key}")
        return
    raise OverlayInvalid(
        f"{where}: a YAML {type(value).__name__} value has no JSON equivalent (quote it to make it a string)"
    )


def _no_unknown_fields(mapping: dict[str, Json], allowed: set[str], where: str) -> None:
    for key in mapping:
        if not isinstance(key, str) or (key not in allowed and not key.startswith("x-")):
            raise OverlayInvalid(f"{where}: unknown field {key!r} (extensions must start with 'x-')")


# RFC 3986: a URI reference holds only these characters, a '%' only as the
# start of a percent-encoding, at most one '#', and a scheme (the part before
# a ':' that precedes any '/', '?' or '#') starting with a letter.
_URI_CHARACTERS = re.compile(r"(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*", re.ASCII)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*", re.ASCII)


def _is_uri_reference(text: str) -> bool:
    if _URI_CHARACTERS.fullmatch(text) is None or text.count("#") > 1:
        return False
    head = re.split(r"[/?#]", text, maxsplit=1)[0]
    return ":" not in head or _SCHEME.fullmatch(head.split(":", 1)[0]) is not None


# RFC 9535 member-name-shorthand: python-jsonpath's strict mode still reads
# `$.x-rate` as a name, which RFC 9535 does not (it must be `$['x-rate']`).
_SHORTHAND_NAME = re.compile("[A-Za-z_\u0080-\ud7ff\ue000-\U0010ffff][A-Za-z0-9_\u0080-\ud7ff\ue000-\U0010ffff]*")


def _compile(query: str, where: str) -> jsonpath.JSONPath | jsonpath.CompoundJSONPath:
    try:
        compiled = _JSONPATH.compile(query)
    except JSONPathError as error:
        first_line = str(error).splitlines()[0]
        raise OverlayInvalid(f"{where}: {query!r} is not an RFC 9535 JSONPath query: {first_line}") from None
    previous = ""
    for token in _JSONPATH.lexer.tokenize(query):
        shorthand = previous in ("TOKEN_DOT", "TOKEN_DDOT") and token.kind == "TOKEN_NAME"
        if shorthand and _SHORTHAND_NAME.fullmatch(token.value) is None:
            raise OverlayInvalid(
                f"{where}: {query!r} is not an RFC 9535 JSONPath query: {token.value!r} cannot follow"
                f" '.' as a name (write ['{token.value}'])"
            )
        previous = token.kind
    return compiled


def apply_overlay(document: Json, overlay: Overlay, *, strict: bool = False, source: str = "overlay") -> Json:
    """Apply every action of ``overlay`` to ``document`` (changed in place and returned).

    ``strict`` makes a target that selects nothing an error; the Overlay
    specification itself lets such an action succeed without a change.
    """
    for action in overlay.actions:
        document, selected = apply_action(document, action, source=source)
        if strict and not selected:
            raise OverlayFailed(f"{source}: {action.label}: the target selects nothing")
    return document


def apply_action(document: Json, action: Action, *, source: str = "overlay") -> tuple[Json, bool]:
    """Apply one action; return the document and whether its target selected any node."""
    where = f"{source}: {action.label}"
    # A nodelist may name one node twice ($.a[0,0]); each node changes once.
    locations = list(dict.fromkeys(_select(document, action.target, where)))
    if not locations:
        return document, False
    effect = action.effect
    if effect == "remove":
        return _remove(document, locations, action.minor, where), True
    if effect == "nothing":
        return document, True
    if effect == "update":
        value = action.update
    else:
        assert action.copy_from is not None
        sources = list(_select(document, action.copy_from, where))
        if len(sources) != 1:
            raise OverlayFailed(
                f"{where}: copy source {action.copy_from} must select exactly one node, selected {len(sources)}"
            )
        value = _get(document, sources[0])
    kinds = {_kind(_get(document, location)) for location in locations}
    if len(kinds) > 1:
        raise OverlayFailed(f"{where}: the target selects a mix of {', '.join(sorted(kinds))} nodes")
    if action.minor < 1 and kinds == {"primitive"}:
        raise OverlayFailed(
            f"{where}: in Overlay 1.0 an update target must select objects or arrays, not primitive values"
            " (select the containing object, or use overlay 1.1)"
        )
    for location in locations:
        document = _set(document, location, _merged(_get(document, location), value, action.minor, where))
    return document, True


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


def _remove(document: Json, locations: list[Location], minor: int, where: str) -> Json:
    if () in locations:
        raise OverlayFailed(f"{where}: the document root cannot be removed")
    if minor < 1 and any(
        isinstance(location[-1], int) and _kind(_get(document, location)) == "primitive" for location in locations
    ):
        raise OverlayFailed(
            f"{where}: Overlay 1.0 cannot remove primitive array items one by one"
            " (update the containing object with the whole new array, or use overlay 1.1)"
        )
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
