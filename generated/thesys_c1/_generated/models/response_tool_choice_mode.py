from typing import Literal

ResponseToolChoiceMode = Literal["auto", "none", "required"]

RESPONSE_TOOL_CHOICE_MODE_VALUES: set[ResponseToolChoiceMode] = {
    "auto",
    "none",
    "required",
}


def check_response_tool_choice_mode(value: str) -> ResponseToolChoiceMode:
    if value in RESPONSE_TOOL_CHOICE_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_TOOL_CHOICE_MODE_VALUES!r}")
