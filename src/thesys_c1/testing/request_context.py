"""What an API handler is given: the checked request, the store and the stream faults that apply."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .state import Store
from .streaming import StreamFaults


@dataclass(frozen=True)
class Call:
    """One request after the checks: authorised, valid against the effective spec, routed."""

    operation_id: str
    path_params: dict[str, str]
    query: dict[str, Any]
    body: Any
    store: Store
    stream_faults: StreamFaults = field(default_factory=StreamFaults)

    @property
    def wants_stream(self) -> bool:
        return isinstance(self.body, dict) and self.body.get("stream") is True


def c1_default(operation_id: str, name: str) -> Any:
    """The value C1 uses for a left-out request property, read from the spec's ``x-c1-default``."""
    from .._lib import spec
    from .._lib.specdoc import X_C1_DEFAULT

    schema = spec.request_schema(operation_id) or {}
    return spec.resolve(schema.get("properties", {}).get(name, {})).get(X_C1_DEFAULT)
