"""Value domains: the values a scalar schema allows, to tell a narrower domain from a wider one."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from .change import Schema
from .keywords import _types
from .values import _key


@dataclass(frozen=True)
class _Domain:
    """The values a scalar schema allows: a finite set and/or a numeric interval."""

    values: frozenset[str] | None = None  # JSON texts; None: not limited to a list
    low: float = -math.inf
    low_open: bool = False
    high: float = math.inf
    high_open: bool = False
    integer: bool = False

    @classmethod
    def of(cls, schema: Schema) -> _Domain:
        values: set[str] | None = None
        if "const" in schema:
            values = {_key(schema["const"])}
        if isinstance(schema.get("enum"), list):
            listed = {_key(v) for v in schema["enum"]}
            values = listed if values is None else values & listed
        low, low_open, high, high_open = -math.inf, False, math.inf, False
        if isinstance(schema.get("minimum"), (int, float)):
            low = schema["minimum"]
        if isinstance(schema.get("exclusiveMinimum"), (int, float)) and schema["exclusiveMinimum"] >= low:
            low, low_open = schema["exclusiveMinimum"], True
        if isinstance(schema.get("maximum"), (int, float)):
            high = schema["maximum"]
        if isinstance(schema.get("exclusiveMaximum"), (int, float)) and schema["exclusiveMaximum"] <= high:
            high, high_open = schema["exclusiveMaximum"], True
        domain = cls(None, low, low_open, high, high_open, _types(schema) == {"integer"})
        if values is not None:
            values = {v for v in values if domain.in_interval(json.loads(v))}
            return cls(frozenset(values), low, low_open, high, high_open, domain.integer)
        return domain

    @property
    def bounded(self) -> bool:
        return self.low != -math.inf or self.high != math.inf

    def in_interval(self, value: Any) -> bool:
        if not self.bounded:
            return True
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return False
        above = value > self.low if self.low_open else value >= self.low
        below = value < self.high if self.high_open else value <= self.high
        return above and below

    def members(self) -> frozenset[str] | None:
        """Every allowed value, when that is a short list."""
        if self.values is not None:
            return self.values
        if self.integer and self.bounded and math.isfinite(self.low) and math.isfinite(self.high):
            first = math.floor(self.low) + 1 if self.low_open else math.ceil(self.low)
            last = math.ceil(self.high) - 1 if self.high_open else math.floor(self.high)
            if last - first <= 10_000:
                return frozenset(_key(n) for n in range(first, last + 1))
        return None

    def within(self, other: _Domain) -> bool:
        """Whether every value this domain allows is allowed by ``other``."""
        mine = self.members()
        if mine is not None:
            if other.values is not None and not mine <= other.values:
                return False
            return all(other.in_interval(json.loads(v)) for v in mine)
        if other.values is not None:
            return False
        low_ok = self.low > other.low or (self.low == other.low and (self.low_open or not other.low_open))
        high_ok = self.high < other.high or (self.high == other.high and (self.high_open or not other.high_open))
        return low_ok and high_ok

    def text(self) -> str:
        if self.values is not None:
            shown = sorted(self.values)
            if len(shown) == 1:
                return f"exactly {shown[0]}"
            return "one of " + ", ".join(shown)
        if not self.bounded:
            return "any value"
        if self.integer and math.isfinite(self.low) and math.isfinite(self.high):
            first = math.floor(self.low) + 1 if self.low_open else math.ceil(self.low)
            last = math.ceil(self.high) - 1 if self.high_open else math.floor(self.high)
            return f"an integer from {first} to {last}"
        parts = []
        if self.low != -math.inf:
            parts.append(f"{'>' if self.low_open else '>='} {_number(self.low)}")
        if self.high != math.inf:
            parts.append(f"{'<' if self.high_open else '<='} {_number(self.high)}")
        return " and ".join(parts)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
