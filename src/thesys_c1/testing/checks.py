"""Checks of a routed request against the effective spec: its body (with C1's rules) and its query."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from starlette.datastructures import QueryParams

from .._lib import spec
from .._lib.rules import C1RuleError, find_schema_violations, find_violations
from .errors import ApiError


def check_body(operation_id: str, payload: Any) -> None:
    """Raise 400 naming the parameter (and quoting the C1 rule) when the body breaks the spec."""
    violations = find_violations(operation_id, payload)
    if violations:
        raise _violation_error(violations)


def _violation_error(violations: list[Any]) -> ApiError:
    first = violations[0]
    return ApiError(
        400,
        str(C1RuleError(violations)),
        param=first.param or None,
        code="c1_rule_violation" if first.rule else "invalid_value",
    )


def _coerce(name: str, raw: str, schema: dict[str, Any]) -> Any:
    kind = schema.get("type")
    try:
        if kind == "integer":
            return int(raw)
        if kind == "number":
            return float(raw)
    except ValueError:
        raise ApiError(
            400,
            f"{name}: must be {'an integer' if kind == 'integer' else 'a number'}, got {raw!r}",
            param=name,
            code="invalid_value",
        ) from None
    if kind == "boolean":
        if raw.lower() not in ("true", "false"):
            raise ApiError(400, f"{name}: must be true or false, got {raw!r}", param=name, code="invalid_value")
        return raw.lower() == "true"
    return raw


def check_query(parameters: Iterable[dict[str, Any]], query: QueryParams) -> dict[str, Any]:
    """The query parameters an operation declares, converted and checked against their schemas."""
    values: dict[str, Any] = {}
    for parameter in parameters:
        if parameter.get("in") != "query":
            continue
        name = parameter["name"]
        schema = spec.resolve(parameter.get("schema", {}))
        if schema.get("type") == "array":
            raw_list = query.getlist(name) or query.getlist(f"{name}[]")
            if not raw_list:
                continue
            item_schema = spec.resolve(schema.get("items", {}))
            value: Any = [_coerce(name, raw, item_schema) for raw in raw_list]
        elif name in query:
            value = _coerce(name, query[name], schema)
        else:
            continue
        violations = find_schema_violations(schema, value)
        if violations:
            raise ApiError(400, f"{name}: {violations[0].problem}", param=name, code="invalid_value")
        values[name] = value
    return values
