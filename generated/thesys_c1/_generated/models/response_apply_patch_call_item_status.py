from typing import Literal

ResponseApplyPatchCallItemStatus = Literal["completed", "in_progress"]

RESPONSE_APPLY_PATCH_CALL_ITEM_STATUS_VALUES: set[ResponseApplyPatchCallItemStatus] = {
    "completed",
    "in_progress",
}


def check_response_apply_patch_call_item_status(value: str) -> ResponseApplyPatchCallItemStatus:
    if value in RESPONSE_APPLY_PATCH_CALL_ITEM_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_APPLY_PATCH_CALL_ITEM_STATUS_VALUES!r}")
