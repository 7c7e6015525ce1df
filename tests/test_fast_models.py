"""The fast model builders build exactly what the generated from_dict builds, or decline,
and build nothing the shape checks refuse.

Payloads are made from the spec for every schema that has a fast builder: the
fullest value the schema allows, the smallest, values with nulls, with keys
the schema does not know, with required keys missing and with wrong types.
"""

from __future__ import annotations

from typing import Any

import pytest

from thesys_c1.lib import spec
from thesys_c1.lib.fast_models import Decline, builder_for
from thesys_c1.lib.model_lookup import model_class
from thesys_c1.lib.shapes import check_for


def _sample(schema: dict[str, Any], *, full: bool, depth: int = 0) -> Any:
    schema = spec.resolve(schema)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches:
        usable = [b for b in branches if spec.resolve(b).get("type") != "null"]
        return _sample(usable[0], full=full, depth=depth) if usable else None
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        if depth > 4:
            return {}
        names = schema.get("properties", {}) if full else schema.get("required", ())
        return {name: _sample(schema["properties"][name], full=full, depth=depth + 1) for name in names}
    if kind == "array":
        return [_sample(schema.get("items", {}), full=full, depth=depth + 1) for _ in range(2 if full else 1)]
    return {"string": "text", "integer": 7, "number": 0.5, "boolean": True}.get(kind, "text")  # type: ignore[arg-type]


def _variants(name: str) -> list[Any]:
    schema = spec.resolve(spec.component(name))
    full = _sample(schema, full=True)
    small = _sample(schema, full=False)
    variants = [full, small, {**full, "c1_added_later": {"x": 1}}, {**small, "c1_added_later": 1}, "not an object"]
    for key, prop in schema.get("properties", {}).items():
        variants.append({**full, key: None})
        variants.append({**full, key: "a string where something else may be"})
        variants.append({**full, key: {"an": "object"}})
        variants.append({**full, key: 5})
        variants.append({**full, key: True})
        if key in schema.get("required", ()):
            variants.append({k: v for k, v in full.items() if k != key})
        if spec.resolve(prop).get("type") == "array":
            variants.append({**full, key: []})
    return variants


FAST = sorted(name for name in spec.effective_spec()["components"]["schemas"] if builder_for(name) is not None)


def test_the_stream_hot_paths_have_fast_builders() -> None:
    for name in ("ChatCompletionChunk", "ChatCompletionChunkDelta", "ResponseOutputTextDeltaEvent"):
        assert name in FAST, f"{name} lost its fast builder; streams would fall back to from_dict"


@pytest.mark.parametrize("name", FAST)
def test_fast_builder_agrees_with_from_dict(name: str) -> None:
    fast = builder_for(name)
    assert fast is not None
    cls = model_class(name)
    built = declined = 0
    for value in _variants(name):
        try:
            expected: Any = cls.from_dict(value)
        except (KeyError, ValueError, TypeError, AttributeError) as error:
            expected = error
        try:
            result = fast(value)
        except Decline:
            declined += 1
            continue
        assert not isinstance(expected, Exception), f"fast path accepted what from_dict refuses: {value!r}"
        # The parser runs the shape checks only after a decline: what the fast path builds must pass them.
        check_for(name)(value)
        assert type(result) is type(expected)
        assert result == expected, value
        assert result.to_dict() == expected.to_dict()
        built += 1
    assert built >= 2, f"the fast path built only {built} of the variants ({declined} declined)"
