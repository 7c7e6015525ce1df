from typing import Literal

ConversationItemOrder = Literal["asc", "desc"]

CONVERSATION_ITEM_ORDER_VALUES: set[ConversationItemOrder] = {
    "asc",
    "desc",
}


def check_conversation_item_order(value: str) -> ConversationItemOrder:
    if value in CONVERSATION_ITEM_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSATION_ITEM_ORDER_VALUES!r}")
