"""One API change, and the record that classes it as breaking by the way data flows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Schema = dict[str, Any]

REQUEST = "request"
RESPONSE = "response"


@dataclass(frozen=True)
class Change:
    where: str
    kind: str  # added | removed | tightened | loosened | changed
    what: str
    breaking: bool
    usage: str = ""  # request, response, "request+response" or "" for operations


class _Recorder:
    """The changes found so far.

    The C1 rules, the schema diff and the operation diff each add a layer on
    it, in that order, so that one object walks a whole comparison.
    """

    def __init__(self, usage: dict[str, set[str]], old_doc: dict[str, Any], new_doc: dict[str, Any]) -> None:
        self.usage = usage
        self.old_doc = old_doc
        self.new_doc = new_doc
        self.changes: list[Change] = []

    def add(self, where: str, kind: str, what: str, flows: set[str], *, request: bool, response: bool) -> None:
        """Record a change; ``request``/``response`` say whether it breaks callers in that direction."""
        breaking = (REQUEST in flows and request) or (RESPONSE in flows and response)
        usage = "+".join(flow for flow in (REQUEST, RESPONSE) if flow in flows)
        self.changes.append(Change(where, kind, what, breaking, usage))
