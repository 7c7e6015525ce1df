"""Today's-rule literals that follow the spec: each is skipped once a docs change words its rule otherwise.

The docs rows themselves are read through generator.review.docs_page (``ROWS_PATH``, ``read_rows``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import pytest

from thesys_c1._lib import spec

Test = TypeVar("Test", bound=Callable[..., object])


def rule_words(schema: str, prop: str) -> str | None:
    """The ``x-c1-rule`` the effective spec records for a property, or None."""
    node: dict[str, Any] = spec.resolve(spec.component(schema)["properties"].get(prop, {}))
    words = node.get("x-c1-rule")
    return words if isinstance(words, str) else None


def todays_rule_marks(schema: str, prop: str, words: str) -> list[pytest.MarkDecorator]:
    """The marks of a literal of today's rule ``words`` for a property (for ``pytest.param(..., marks=...)``).

    The literal runs while the spec words the property's rule so, and is
    skipped once a docs change words it otherwise: the tests derived from the
    spec (test_rules_from_spec.py) cover the new rule, and this literal would
    only repeat the old one.
    """
    found = rule_words(schema, prop)
    return todays_fact(found == words, f"{schema}.{prop}: the spec's rule is now {found!r}, not {words!r}")


def todays_fact(holds: bool, otherwise: str) -> list[pytest.MarkDecorator]:
    """The marks of a literal that holds of today's rules only while ``holds``; ``otherwise`` says what changed."""
    return [pytest.mark.todays_rules, pytest.mark.skipif(not holds, reason=otherwise)]


def coming_soon(schema: str) -> set[str]:
    """The types the spec marks "coming soon" on a union."""
    return set(spec.component(schema).get("x-c1-coming-soon", ()))


def todays_rule(schema: str, prop: str, words: str) -> Callable[[Test], Test]:
    """``todays_rule_marks`` as a decorator of a whole test."""
    marks = todays_rule_marks(schema, prop, words)

    def mark(test: Test) -> Test:
        for one in marks:
            test = one(test)
        return test

    return mark
