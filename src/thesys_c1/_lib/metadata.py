"""``ThesysMetadata``: the ``metadata`` C1 accepts, built with types instead of by hand.

C1 accepts the metadata keys the effective spec lists (today only
``thesys``, whose value is a JSON-encoded object of C1 settings: custom actions
and custom components, each a name mapped to a JSON Schema, the built-in
components to include or exclude, and the artifact to produce). Pass a
``ThesysMetadata`` as ``metadata=`` to any generation call; ``to_dict()`` gives
the ``{"thesys": "<json>"}`` the wire carries, with any other key the spec
allows given in ``other_keys``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from . import spec, specdoc
from .rules import find_schema_violations
from .specdoc import X_C1_RULE, split_nullable

ArtifactType = Literal["slides", "report"]
ARTIFACT_TYPES: tuple[ArtifactType, ...] = ("slides", "report")

THESYS_KEY = "thesys"
# The requests whose `metadata` a ThesysMetadata is passed as.
GENERATION_OPERATIONS = ("createChatCompletion", "createResponse")

_KEYS = {
    "custom_actions": "c1_custom_actions",
    "custom_components": "c1_custom_components",
    "included_components": "c1_included_components",
    "excluded_components": "c1_excluded_components",
    "artifact_type": "c1_artifact_type",
    "artifact_id": "id",
}


def metadata_keys(document: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """Key -> value schema of each ``metadata`` key a generation request accepts, as the spec lists them.

    The overlays close ``metadata`` to the keys C1 documents; a key they add is
    read here, so it can be set through ``ThesysMetadata`` without a change to it.
    """
    document = document if document is not None else spec.effective_spec()
    keys: dict[str, dict[str, Any]] = {}
    for _, schema in _metadata_schemas(document):
        for key, value in schema.get("properties", {}).items():
            keys.setdefault(key, value)
    return keys


def _metadata_schemas(document: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(the ``metadata`` property, the schema of its non-null value) of each generation request."""
    found = []
    for op in specdoc.operations(document):
        body = op.request_body_schema(document) if op.operation_id in GENERATION_OPERATIONS else None
        prop = None if body is None else spec.resolve(body, document).get("properties", {}).get("metadata")
        if prop is not None:
            prop = spec.resolve(prop, document)
            value, _ = split_nullable(prop, document)
            found.append((prop, spec.resolve(value, document)))
    return found


def _other_keys(other: Mapping[str, Any]) -> dict[str, Any]:
    if not other:
        return {}  # the spec is read only when there is something to check against it
    allowed = metadata_keys()
    for key, value in dict(other).items():
        if key == THESYS_KEY:
            raise ValueError(f"other_keys: {THESYS_KEY!r} is built from the other parameters")
        if key not in allowed:
            rules = sorted(
                {prop[X_C1_RULE] for prop, _ in _metadata_schemas(spec.effective_spec()) if X_C1_RULE in prop}
            )
            quoted = "".join(f' C1 rule for metadata: "{rule}".' for rule in rules)
            listed = sorted(name for name in allowed if name != THESYS_KEY)
            raise ValueError(
                f"other_keys[{key!r}]: not a metadata key the spec lists (beside thesys: {listed or 'none'}).{quoted}"
            )
        problems = find_schema_violations(allowed[key], value)
        if problems:
            raise ValueError(f"other_keys[{key!r}]: {problems[0].problem}")
    return dict(other)


def _schema(owner: str, name: object, schema: object) -> dict[str, Any]:
    if not isinstance(name, str) or not name:
        raise ValueError(f"{owner}: names must be non-empty strings, got {name!r}")
    # A pydantic model class (or anything else that can describe itself) stands for its JSON Schema.
    describe = getattr(schema, "model_json_schema", None)
    if callable(describe):
        schema = describe()
    if not isinstance(schema, Mapping):
        raise ValueError(f"{owner}[{name!r}]: must be a JSON Schema object, got {type(schema).__name__}")
    return dict(schema)


def _names(owner: str, names: Iterable[str]) -> tuple[str, ...]:
    if isinstance(names, str):
        raise ValueError(f"{owner}: must be a list of component names, not one string")
    result = tuple(names)
    for name in result:
        if not isinstance(name, str) or not name:
            raise ValueError(f"{owner}: component names must be non-empty strings, got {name!r}")
    return result


@dataclass(frozen=True)
class ThesysMetadata:
    """The ``thesys`` metadata of a C1 generation request.

    >>> ThesysMetadata(excluded_components=["Table"]).to_dict()
    {'thesys': '{"c1_excluded_components":["Table"]}'}
    """

    custom_actions: Mapping[str, Any] = field(default_factory=dict)
    """Action name -> JSON Schema of its parameters (or a pydantic model class)."""
    custom_components: Mapping[str, Any] = field(default_factory=dict)
    """Component name -> JSON Schema of its props (or a pydantic model class)."""
    included_components: Iterable[str] = ()
    """Only these built-in components may be used."""
    excluded_components: Iterable[str] = ()
    """These built-in components may not be used."""
    artifact_type: ArtifactType | None = None
    """Produce an artifact of this type (`slides` or `report`)."""
    artifact_id: str | None = None
    """The id of the artifact to produce or to edit."""
    extra: Mapping[str, Any] = field(default_factory=dict)
    """Further keys of the `thesys` object, sent as given (for settings newer than this SDK)."""
    other_keys: Mapping[str, Any] = field(default_factory=dict)
    """Metadata keys beside `thesys`, each one the spec's metadata schema lists, with a value it accepts."""

    def __post_init__(self) -> None:
        actions = {k: _schema("custom_actions", k, v) for k, v in dict(self.custom_actions).items()}
        components = {k: _schema("custom_components", k, v) for k, v in dict(self.custom_components).items()}
        included = _names("included_components", self.included_components)
        excluded = _names("excluded_components", self.excluded_components)
        both = sorted(set(included) & set(excluded))
        if both:
            raise ValueError(f"included_components and excluded_components both name {both}")
        if self.artifact_type is not None and self.artifact_type not in ARTIFACT_TYPES:
            raise ValueError(f"artifact_type: must be one of {list(ARTIFACT_TYPES)}, got {self.artifact_type!r}")
        if self.artifact_id is not None and self.artifact_type is None:
            raise ValueError("artifact_id: needs artifact_type as well")
        clash = sorted(set(self.extra) & set(_KEYS.values()))
        if clash:
            raise ValueError(f"extra: {clash} are set through their own parameters")
        object.__setattr__(self, "custom_actions", actions)
        object.__setattr__(self, "custom_components", components)
        object.__setattr__(self, "included_components", included)
        object.__setattr__(self, "excluded_components", excluded)
        object.__setattr__(self, "extra", dict(self.extra))
        object.__setattr__(self, "other_keys", _other_keys(self.other_keys))

    def with_custom_action(self, name: str, schema: Any) -> ThesysMetadata:
        return replace(self, custom_actions={**self.custom_actions, name: schema})

    def with_custom_component(self, name: str, schema: Any) -> ThesysMetadata:
        return replace(self, custom_components={**self.custom_components, name: schema})

    def including(self, *names: str) -> ThesysMetadata:
        return replace(self, included_components=(*self.included_components, *names))

    def excluding(self, *names: str) -> ThesysMetadata:
        return replace(self, excluded_components=(*self.excluded_components, *names))

    def as_artifact(self, artifact_type: ArtifactType, artifact_id: str | None = None) -> ThesysMetadata:
        return replace(self, artifact_type=artifact_type, artifact_id=artifact_id)

    def to_object(self) -> dict[str, Any]:
        """The decoded ``thesys`` object, with only the settings that were given."""
        values: dict[str, Any] = {
            "custom_actions": self.custom_actions or None,
            "custom_components": self.custom_components or None,
            "included_components": list(self.included_components) or None,
            "excluded_components": list(self.excluded_components) or None,
            "artifact_type": self.artifact_type,
            "artifact_id": self.artifact_id,
        }
        result = {_KEYS[name]: value for name, value in values.items() if value is not None}
        result.update(self.extra)
        return result

    def to_json(self) -> str:
        """The ``thesys`` value as C1 expects it: a JSON-encoded object."""
        return json.dumps(self.to_object(), separators=(",", ":"), ensure_ascii=False)

    def to_dict(self) -> dict[str, Any]:
        """The whole ``metadata`` value: ``{"thesys": to_json()}``, then ``other_keys``."""
        return {THESYS_KEY: self.to_json(), **self.other_keys}

    @classmethod
    def from_metadata(cls, metadata: Mapping[str, Any]) -> ThesysMetadata:
        """Read back a ``metadata`` value (``{"thesys": "<json>"}``), e.g. on a server."""
        text = metadata.get(THESYS_KEY)
        if not isinstance(text, str):
            raise ValueError("metadata.thesys: must be a JSON-encoded object string")
        decoded = json.loads(text)
        if not isinstance(decoded, dict):
            raise ValueError("metadata.thesys: must be a JSON-encoded object")
        names = {wire: name for name, wire in _KEYS.items()}
        known = {names[key]: value for key, value in decoded.items() if key in names}
        extra = {key: value for key, value in decoded.items() if key not in names}
        other = {key: value for key, value in metadata.items() if key != THESYS_KEY}
        return cls(**known, extra=extra, other_keys=other)
