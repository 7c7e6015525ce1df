"""A hostile case: the bytes the server plays, the call the client makes, and the outcome the contract allows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hostile_server import Reply

import thesys_c1

# Plain strings, checked when a case is made: the generators build them in loops.
Expect = str
EXPECTS = frozenset({"ok", "error", "ok-or-error"})
# What the client does with the answer; each returns a plain value to compare (see hostile_runner).
Call = str
CALLS = frozenset({"chat", "response", "conversation", "items"})
STREAM_CALLS = frozenset({"chat_text", "chat_completion", "chat_deltas", "resp_text", "resp_response", "resp_deltas"})


@dataclass(frozen=True)
class Case:
    id: str
    family: str
    call: Call
    replies: Sequence[Reply]
    expect: Expect
    # For "ok" (and the ok half of "ok-or-error"): exactly what the call must return.
    result: Any = None
    # For "error": the class the error must be (an APIError subclass).
    error: type[thesys_c1.APIError] = thesys_c1.APIError
    # Why both outcomes are right, for "ok-or-error".
    why: str = ""
    # When set, exactly how many requests the server must see (retries neither lost nor doubled).
    requests: int | None = None
    max_retries: int = 0
    # A case whose bytes take long on purpose (stalls, heartbeats); the rest must end without waiting on the server.
    slow: bool = False

    def __post_init__(self) -> None:
        if self.call not in CALLS | STREAM_CALLS or self.expect not in EXPECTS:
            raise ValueError(f"case {self.id}: unknown call {self.call!r} or expectation {self.expect!r}")
        if self.expect == "ok-or-error" and not self.why:
            raise ValueError(f"case {self.id}: expect='ok-or-error' needs a why")


def stream_result(call: Call, text: str, finish_reason: str = "stop", status: str = "completed") -> Any:
    """What a stream call returns for a whole answer whose text is ``text``."""
    if call == "chat_completion":
        return (text, finish_reason)
    if call == "resp_response":
        return (status, text)
    if call in ("chat_deltas", "resp_deltas"):
        return (text, text)
    return text
