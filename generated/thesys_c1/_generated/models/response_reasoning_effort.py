from typing import Literal

ResponseReasoningEffort = Literal["high", "low", "max", "medium", "minimal", "none", "xhigh"]

RESPONSE_REASONING_EFFORT_VALUES: set[ResponseReasoningEffort] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_response_reasoning_effort(value: str) -> ResponseReasoningEffort:
    if value in RESPONSE_REASONING_EFFORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_REASONING_EFFORT_VALUES!r}")
