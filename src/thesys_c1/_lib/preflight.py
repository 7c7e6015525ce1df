"""The C1 rule checks of a call's body and query, before it is sent.

The checks themselves are ``rules``'; what is particular to a call is what
``extra_body`` may carry: keys the spec does not know (parameters newer than
the package) go through, while a known key must still keep its rule.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from typing import Any

from . import rules
from .operations import Operation


def check_body(op: Operation, wire: dict[str, Any], *, extra_keys: Set[str]) -> None:
    violations = [
        violation
        for violation in rules.find_violations(op.operation_id, wire)
        # extra_body is the way to send what the spec does not know yet.
        if not (violation.param in extra_keys and violation.kind == rules.UNKNOWN_PARAMETER)
    ]
    if violations:
        raise rules.C1RuleError(violations)


def check_query(op: Operation, params: Mapping[str, Any]) -> None:
    violations: list[rules.Violation] = []
    for name, value in params.items():
        schema = op.query_params.get(name)
        if schema is None:
            violations.append(
                rules.Violation(
                    name, f"is not a query parameter of {op.operation_id}", None, rules.UNKNOWN_QUERY_PARAMETER
                )
            )
            continue
        for found in rules.find_schema_violations(schema, value):
            violations.append(rules.Violation(name + found.param, found.problem, found.applies, found.kind))
    if violations:
        raise rules.C1RuleError(violations)
