"""The operations of the spec, as the client calls them.

Everything about an HTTP call comes from the shipped spec: its method and path,
which parameters go in the path and which in the query (with their schemas),
the request-body schema the C1 rules are checked against, and the schemas of
its JSON and event-stream answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import quote

from . import spec as _spec
from .model_lookup import schema_name_of


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    path_params: tuple[str, ...]
    query_params: Mapping[str, _spec.Schema]
    has_body: bool
    result_schema: str | None
    event_schema: str | None


@cache
def operation(operation_id: str) -> Operation:
    try:
        method, path, spec_operation = _spec.operations()[operation_id]
    except KeyError:
        raise LookupError(f"the spec has no operation {operation_id!r}") from None
    path_item = _spec.effective_spec()["paths"][path]
    parameters = [_spec.resolve(p) for p in [*path_item.get("parameters", ()), *spec_operation.get("parameters", ())]]
    path_params = tuple(p["name"] for p in parameters if p.get("in") == "path")
    query_params = {p["name"]: p.get("schema", {}) for p in parameters if p.get("in") == "query"}
    result_schema = event_schema = None
    for status, response in spec_operation.get("responses", {}).items():
        if not str(status).startswith("2"):
            continue
        content = _spec.resolve(response).get("content", {})
        if "application/json" in content:
            result_schema = schema_name_of(content["application/json"]["schema"])
        if "text/event-stream" in content:
            event_schema = schema_name_of(content["text/event-stream"]["schema"])
    return Operation(
        operation_id=operation_id,
        method=method,
        path=path,
        path_params=path_params,
        query_params=query_params,
        has_body="requestBody" in spec_operation,
        result_schema=result_schema,
        event_schema=event_schema,
    )


def fill_path(op: Operation, values: Mapping[str, str]) -> str:
    path = op.path
    for name in op.path_params:
        value = values.get(name)
        if not isinstance(value, str) or not value:
            raise ValueError(f"{name}: must be a non-empty string, got {value!r}")
        path = path.replace("{" + name + "}", quote(value, safe=""))
    return path


def to_wire(value: Any) -> Any:
    """Plain JSON values from what a caller may pass: generated models, ThesysMetadata, tuples."""
    if isinstance(value, dict):
        return {key: to_wire(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_wire(item) for item in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_wire(to_dict())
    if isinstance(value, Mapping):
        return {key: to_wire(item) for key, item in value.items()}
    raise TypeError(f"cannot send a {type(value).__name__} as JSON")
