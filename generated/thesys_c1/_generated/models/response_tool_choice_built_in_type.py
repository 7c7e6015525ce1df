from typing import Literal

ResponseToolChoiceBuiltInType = Literal[
    "code_interpreter",
    "computer_use_preview",
    "file_search",
    "image_generation",
    "web_search_preview",
    "web_search_preview_2025_03_11",
]

RESPONSE_TOOL_CHOICE_BUILT_IN_TYPE_VALUES: set[ResponseToolChoiceBuiltInType] = {
    "code_interpreter",
    "computer_use_preview",
    "file_search",
    "image_generation",
    "web_search_preview",
    "web_search_preview_2025_03_11",
}


def check_response_tool_choice_built_in_type(value: str) -> ResponseToolChoiceBuiltInType:
    if value in RESPONSE_TOOL_CHOICE_BUILT_IN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_TOOL_CHOICE_BUILT_IN_TYPE_VALUES!r}")
