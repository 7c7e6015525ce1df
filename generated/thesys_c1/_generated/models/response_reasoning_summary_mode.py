from typing import Literal

ResponseReasoningSummaryMode = Literal["auto", "concise", "detailed"]

RESPONSE_REASONING_SUMMARY_MODE_VALUES: set[ResponseReasoningSummaryMode] = {
    "auto",
    "concise",
    "detailed",
}


def check_response_reasoning_summary_mode(value: str) -> ResponseReasoningSummaryMode:
    if value in RESPONSE_REASONING_SUMMARY_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_REASONING_SUMMARY_MODE_VALUES!r}")
