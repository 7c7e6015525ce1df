"""An operation of the spec, as the client calls it.

The operations themselves are generated (``thesys_c1/_generated/operations.py``):
each states its method and path, which parameters go in the path and which in
the query (with their schemas), whether it takes a body, and the schemas of its
JSON and event-stream answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    path_params: tuple[str, ...]
    query_params: Mapping[str, dict[str, Any]]
    has_body: bool
    result_schema: str | None
    event_schema: str | None


def fill_path(op: Operation, values: Mapping[str, str]) -> str:
    path = op.path
    for name in op.path_params:
        value = values.get(name)
        if not isinstance(value, str) or not value:
            raise ValueError(f"{name}: must be a non-empty string, got {value!r}")
        path = path.replace("{" + name + "}", quote(value, safe=""))
    return path
