from typing import Literal

ResponseApplyPatchCallItemOperationType = Literal["create_file", "delete_file", "update_file"]

RESPONSE_APPLY_PATCH_CALL_ITEM_OPERATION_TYPE_VALUES: set[ResponseApplyPatchCallItemOperationType] = {
    "create_file",
    "delete_file",
    "update_file",
}


def check_response_apply_patch_call_item_operation_type(value: str) -> ResponseApplyPatchCallItemOperationType:
    if value in RESPONSE_APPLY_PATCH_CALL_ITEM_OPERATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_APPLY_PATCH_CALL_ITEM_OPERATION_TYPE_VALUES!r}"
    )
