from typing import Literal

ResponseMessageItemRole = Literal["assistant", "developer", "system", "user"]

RESPONSE_MESSAGE_ITEM_ROLE_VALUES: set[ResponseMessageItemRole] = {
    "assistant",
    "developer",
    "system",
    "user",
}


def check_response_message_item_role(value: str) -> ResponseMessageItemRole:
    if value in RESPONSE_MESSAGE_ITEM_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_MESSAGE_ITEM_ROLE_VALUES!r}")
