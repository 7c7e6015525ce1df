from typing import Literal

ChatCompletionImageUrlDetail = Literal["auto", "high", "low"]

CHAT_COMPLETION_IMAGE_URL_DETAIL_VALUES: set[ChatCompletionImageUrlDetail] = {
    "auto",
    "high",
    "low",
}


def check_chat_completion_image_url_detail(value: str) -> ChatCompletionImageUrlDetail:
    if value in CHAT_COMPLETION_IMAGE_URL_DETAIL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_IMAGE_URL_DETAIL_VALUES!r}")
