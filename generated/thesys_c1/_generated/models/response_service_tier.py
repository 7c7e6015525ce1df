from typing import Literal

ResponseServiceTier = Literal["auto", "default", "flex", "priority", "scale"]

RESPONSE_SERVICE_TIER_VALUES: set[ResponseServiceTier] = {
    "auto",
    "default",
    "flex",
    "priority",
    "scale",
}


def check_response_service_tier(value: str) -> ResponseServiceTier:
    if value in RESPONSE_SERVICE_TIER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_SERVICE_TIER_VALUES!r}")
