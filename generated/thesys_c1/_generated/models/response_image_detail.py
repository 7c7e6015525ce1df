from typing import Literal

ResponseImageDetail = Literal["auto", "high", "low"]

RESPONSE_IMAGE_DETAIL_VALUES: set[ResponseImageDetail] = {
    "auto",
    "high",
    "low",
}


def check_response_image_detail(value: str) -> ResponseImageDetail:
    if value in RESPONSE_IMAGE_DETAIL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_IMAGE_DETAIL_VALUES!r}")
