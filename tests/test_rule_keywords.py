"""Every keyword the spec library lists as enforced is enforced: a value it forbids is refused, by name.

``ENFORCED_KEYWORDS`` is what the generator holds request schemas to, so a
keyword listed there that the checker skipped would let an overlay add a rule
that nothing checks. Each case below puts the keyword on a property of an
object, so the violation must name the parameter path as well as the problem.
"""

from __future__ import annotations

from typing import Any

import pytest

from thesys_c1._lib import rules
from thesys_c1._lib.rules import find_schema_violations
from thesys_c1._lib.specdoc import ENFORCED_KEYWORDS, X_C1_REJECTED_PROPERTIES

DOCUMENT: dict[str, Any] = {
    "components": {
        "schemas": {
            "Tag": {"type": "string", "minLength": 1},
            "Pair": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2},
        }
    }
}

# keyword -> (schema of the property `p`, a value it accepts, one it refuses, where the refusal is, words it says)
CASES: dict[str, tuple[dict[str, Any], Any, Any, str, str]] = {
    "$ref": ({"$ref": "#/components/schemas/Tag"}, "a", "", "p", "at least 1 characters"),
    "type": ({"type": "integer"}, 3, "3", "p", "must be of type integer"),
    "enum": ({"enum": ["low", "high"]}, "low", "mid", "p", 'must be one of "low", "high"'),
    "const": ({"const": 1}, 1, 2, "p", "must be 1, got 2"),
    "anyOf": ({"anyOf": [{"type": "string"}, {"type": "null"}]}, None, 5, "p", "matches none of the accepted forms"),
    "oneOf": (
        {"oneOf": [{"type": "integer"}, {"type": "number", "minimum": 10}]},
        3,
        12,
        "p",
        "must fit exactly one of the accepted forms, fits forms 0 and 1",
    ),
    "allOf": ({"allOf": [{"type": "integer"}, {"minimum": 5}]}, 6, 4, "p", "must be at least 5"),
    "not": ({"not": {"const": "auto"}}, "manual", "auto", "p", 'must not match {"const": "auto"}'),
    "properties": ({"type": "object", "properties": {"q": {"type": "boolean"}}}, {"q": True}, {"q": 1}, "p.q", "type"),
    "required": ({"type": "object", "required": ["q"]}, {"q": 1}, {}, "p.q", "is required"),
    "additionalProperties": (
        {"type": "object", "properties": {"q": {}}, "additionalProperties": False},
        {"q": 1},
        {"r": 1},
        "p.r",
        "is not a known parameter",
    ),
    "propertyNames": (
        {"type": "object", "propertyNames": {"pattern": "^[a-z]+$"}},
        {"ok": 1},
        {"ok": 1, "Not_OK": 2},
        "p.Not_OK",
        "is not an accepted key: it must match the pattern ^[a-z]+$",
    ),
    "minProperties": ({"type": "object", "minProperties": 1}, {"a": 1}, {}, "p", "must have at least 1 entries"),
    "maxProperties": ({"type": "object", "maxProperties": 1}, {"a": 1}, {"a": 1, "b": 2}, "p", "at most 1 entries"),
    "items": ({"type": "array", "items": {"type": "string"}}, ["a"], ["a", 2], "p[1]", "must be of type string"),
    "minItems": ({"type": "array", "minItems": 1}, [1], [], "p", "must have at least 1 items, has 0"),
    "maxItems": ({"$ref": "#/components/schemas/Pair"}, [1, 2], [1, 2, 3], "p", "may have at most 2 items, has 3"),
    "uniqueItems": (
        {"type": "array", "uniqueItems": True},
        [1, "1", True, {"a": 1}],
        [{"a": 1}, 2, {"a": 1.0}],
        "p",
        "must hold unique items, but items 0 and 2 are equal",
    ),
    "minLength": ({"type": "string", "minLength": 2}, "ab", "a", "p", "must be at least 2 characters long"),
    "maxLength": ({"type": "string", "maxLength": 2}, "ab", "abc", "p", "may be at most 2 characters long"),
    "pattern": ({"type": "string", "pattern": "^v[0-9]+$"}, "v2", "2", "p", "must match the pattern ^v[0-9]+$"),
    "minimum": ({"type": "number", "minimum": 0}, 0, -1, "p", "must be at least 0, got -1"),
    "maximum": ({"type": "number", "maximum": 2}, 2, 3, "p", "must be at most 2, got 3"),
    "exclusiveMinimum": ({"type": "number", "exclusiveMinimum": 0}, 0.5, 0, "p", "must be more than 0, got 0"),
    "exclusiveMaximum": ({"type": "number", "exclusiveMaximum": 1}, 0.5, 1, "p", "must be less than 1, got 1"),
    "multipleOf": ({"type": "number", "multipleOf": 0.1}, 0.3, 0.35, "p", "must be a multiple of 0.1, got 0.35"),
}


def _violations(prop: dict[str, Any], value: Any) -> list[rules.Violation]:
    schema = {"type": "object", "properties": {"p": prop}}
    return find_schema_violations(schema, {"p": value}, DOCUMENT)


def test_every_enforced_keyword_has_a_case_here() -> None:
    assert set(CASES) == ENFORCED_KEYWORDS


@pytest.mark.parametrize("keyword", sorted(CASES))
def test_an_enforced_keyword_refuses_what_it_forbids_and_names_the_parameter(keyword: str) -> None:
    prop, accepted, refused, where, words = CASES[keyword]
    assert _violations(prop, accepted) == []
    violations = _violations(prop, refused)
    assert [violation.param for violation in violations] == [where], violations
    assert words in violations[0].message


@pytest.mark.parametrize("keyword", ["oneOf", "not", "propertyNames", "minProperties", "uniqueItems", "multipleOf"])
def test_a_violation_says_which_keyword_refused_it(keyword: str) -> None:
    prop, _, refused, _, _ = CASES[keyword]
    assert [violation.kind for violation in _violations(prop, refused)] == [keyword]


def test_a_c1_rule_on_the_property_is_quoted_with_the_new_keywords_too() -> None:
    prop = {"type": "integer", "multipleOf": 256, "x-c1-rule": "in steps of 256"}
    [violation] = _violations(prop, 300)
    assert violation.rule == "in steps of 256"
    assert violation.message == 'p: must be a multiple of 256, got 300. C1 rule: "in steps of 256"'


def test_keywords_beside_a_union_apply_once_the_value_fits_a_form() -> None:
    prop = {"anyOf": [{"type": "array"}, {"type": "null"}], "maxItems": 1}
    assert _violations(prop, None) == [] and _violations(prop, [1]) == []
    assert [violation.kind for violation in _violations(prop, [1, 2])] == ["maxItems"]
    # A value that fits no form is told so, not also measured against the keywords beside.
    assert [violation.kind for violation in _violations(prop, "x")] == [rules.NO_FORM]


@pytest.mark.parametrize(
    ("value", "step", "fits"),
    [(10, 5, True), (11, 5, False), (0.75, 0.25, True), (0.3, 0.1, True), (1e308, 0.5, True), (7, 0.5, True)],
)
def test_multiple_of_holds_for_decimal_steps_despite_binary_rounding(value: float, step: float, fits: bool) -> None:
    assert (_violations({"type": "number", "multipleOf": step}, value) == []) is fits


def test_unique_items_compares_as_json_does() -> None:
    prop = {"type": "array", "uniqueItems": True}
    assert _violations(prop, [1, True, "1", None, [1], {"a": [1]}]) == []
    assert len(_violations(prop, [1, 1.0])) == 1, "one number, written two ways"
    assert len(_violations(prop, [{"a": 1, "b": 2}, {"b": 2, "a": 1}])) == 1, "key order does not count"


def test_a_refused_property_beside_a_union_is_refused_with_its_rule() -> None:
    prop = {"anyOf": [{"type": "object"}, {"type": "null"}], X_C1_REJECTED_PROPERTIES: {"old": "use new"}}
    assert _violations(prop, {"new": 1}) == []
    [violation] = _violations(prop, {"old": 1})
    assert (violation.param, violation.kind, violation.rule) == ("p.old", X_C1_REJECTED_PROPERTIES, "use new")
