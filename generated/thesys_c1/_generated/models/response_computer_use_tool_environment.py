from typing import Literal

ResponseComputerUseToolEnvironment = Literal["browser", "linux", "mac", "ubuntu", "windows"]

RESPONSE_COMPUTER_USE_TOOL_ENVIRONMENT_VALUES: set[ResponseComputerUseToolEnvironment] = {
    "browser",
    "linux",
    "mac",
    "ubuntu",
    "windows",
}


def check_response_computer_use_tool_environment(value: str) -> ResponseComputerUseToolEnvironment:
    if value in RESPONSE_COMPUTER_USE_TOOL_ENVIRONMENT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_COMPUTER_USE_TOOL_ENVIRONMENT_VALUES!r}")
