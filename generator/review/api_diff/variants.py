"""Union variants keyed by what tells them apart."""

from __future__ import annotations

import json

from .change import Schema
from .document import _ref_name
from .keywords import _type_text, _types


def _variants(variants: list[Schema]) -> dict[str, Schema]:
    """Union variants keyed by what tells them apart, so a variant can be followed across versions."""
    keys = [_variant_key(v) for v in variants]
    # Two inline variants of the same type are told apart by their whole text.
    return {
        (key if keys.count(key) == 1 else json.dumps(variant, sort_keys=True)): variant
        for key, variant in zip(keys, variants, strict=True)
    }


def _variant_key(variant: Schema) -> str:
    if "$ref" in variant:
        return _ref_name(variant)
    tag = variant.get("properties", {}).get("type", {})
    if isinstance(tag, dict) and "const" in tag:
        return f"type={tag['const']}"
    items = variant.get("items")
    if isinstance(items, dict) and "$ref" in items:
        return f"array of {_ref_name(items)}"
    if "type" in variant:
        return _type_text(_types(variant))
    return json.dumps(variant, sort_keys=True)
