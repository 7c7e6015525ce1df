from typing import Literal

ResponseToolChoiceAllowedMode = Literal["auto", "none", "required"]

RESPONSE_TOOL_CHOICE_ALLOWED_MODE_VALUES: set[ResponseToolChoiceAllowedMode] = {
    "auto",
    "none",
    "required",
}


def check_response_tool_choice_allowed_mode(value: str) -> ResponseToolChoiceAllowedMode:
    if value in RESPONSE_TOOL_CHOICE_ALLOWED_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_TOOL_CHOICE_ALLOWED_MODE_VALUES!r}")
