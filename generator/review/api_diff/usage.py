"""Usage analysis: which component schemas requests reach, which responses reach, and which both."""

from __future__ import annotations

from typing import Any

from .change import REQUEST, RESPONSE, Schema
from .document import _METHODS, _resolve, _resolved_all


def _usage(document: dict[str, Any]) -> dict[str, set[str]]:
    """Component schema name -> whether requests, responses or both reach it."""
    schemas: dict[str, Schema] = document.get("components", {}).get("schemas", {})
    usage: dict[str, set[str]] = {}

    def reach(node: Any, flow: str) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[-1]
                if flow in usage.setdefault(name, set()):
                    return
                usage[name].add(flow)
                reach(schemas.get(name, {}), flow)
            for value in node.values():
                reach(value, flow)
        elif isinstance(node, list):
            for value in node:
                reach(value, flow)

    for item in document.get("paths", {}).values():
        for method, operation in item.items():
            if method == "parameters":
                reach(_resolved_all(operation, document), REQUEST)
            if method not in _METHODS:
                continue
            reach(_resolved_all(operation.get("parameters", []), document), REQUEST)
            reach(_resolve(operation.get("requestBody", {}), document), REQUEST)
            for response in operation.get("responses", {}).values():
                reach(_resolve(response, document), RESPONSE)
    return usage
