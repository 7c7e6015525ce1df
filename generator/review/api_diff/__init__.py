"""What changed between two effective specs, as a reviewer of a docs change needs to see it.

The comparison walks operations, parameters and every component schema, and
reports properties, enum values, bounds, union variants and C1 rules (the
``x-c1-*`` keys) that were added, removed, tightened or loosened. Every other
schema keyword is compared too, whether or not this package knows it: a keyword
that appears constrains more, one that goes away constrains less, and a changed
value is "changed" unless its direction is plain (see ``keywords._keyword_direction``),
so a keyword nobody planned for still shows up. Prose (descriptions, titles,
examples, summaries) is not compared: it changes no caller's code.

Whether a change breaks callers depends on which way data flows through the
schema, so each component is classed by where the operations use it:
- in a request (body or parameter), anything that refuses what used to be
  accepted breaks a caller: a property, value or variant removed, a bound
  tightened, a property newly required, a C1 requirement or default changed;
- in a response, anything a caller may rely on reading breaks it: a property
  removed or no longer required, a type or constant changed.
A schema used both ways is judged both ways (``usage``).

The operation diff (``operations``) builds on the schema diff (``schemas``), which
builds on the C1 rules (``c1_rules``); ``domains``, ``keywords`` and ``variants``
hold what the schema diff compares by, and ``render`` the report.
"""

from __future__ import annotations

from typing import Any

from .change import Change
from .operations import _Differ
from .render import render
from .usage import _usage

__all__ = ["Change", "diff", "render"]


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every API change from ``old`` to ``new``; empty when callers see no difference."""
    usage = _usage(old)
    for name, flows in _usage(new).items():
        usage.setdefault(name, set()).update(flows)
    differ = _Differ(usage, old, new)
    differ.operations(old, new)
    differ.components(old, new)
    return differ.changes
