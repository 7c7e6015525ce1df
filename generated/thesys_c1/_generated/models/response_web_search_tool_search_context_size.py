from typing import Literal

ResponseWebSearchToolSearchContextSize = Literal["high", "low", "medium"]

RESPONSE_WEB_SEARCH_TOOL_SEARCH_CONTEXT_SIZE_VALUES: set[ResponseWebSearchToolSearchContextSize] = {
    "high",
    "low",
    "medium",
}


def check_response_web_search_tool_search_context_size(value: str) -> ResponseWebSearchToolSearchContextSize:
    if value in RESPONSE_WEB_SEARCH_TOOL_SEARCH_CONTEXT_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_WEB_SEARCH_TOOL_SEARCH_CONTEXT_SIZE_VALUES!r}"
    )
