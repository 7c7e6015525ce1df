from typing import Literal

ResponseVerbosity = Literal["high", "low", "medium"]

RESPONSE_VERBOSITY_VALUES: set[ResponseVerbosity] = {
    "high",
    "low",
    "medium",
}


def check_response_verbosity(value: str) -> ResponseVerbosity:
    if value in RESPONSE_VERBOSITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_VERBOSITY_VALUES!r}")
