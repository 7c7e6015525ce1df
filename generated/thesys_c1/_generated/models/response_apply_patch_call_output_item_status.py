from typing import Literal

ResponseApplyPatchCallOutputItemStatus = Literal["completed", "failed"]

RESPONSE_APPLY_PATCH_CALL_OUTPUT_ITEM_STATUS_VALUES: set[ResponseApplyPatchCallOutputItemStatus] = {
    "completed",
    "failed",
}


def check_response_apply_patch_call_output_item_status(value: str) -> ResponseApplyPatchCallOutputItemStatus:
    if value in RESPONSE_APPLY_PATCH_CALL_OUTPUT_ITEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_APPLY_PATCH_CALL_OUTPUT_ITEM_STATUS_VALUES!r}"
    )
