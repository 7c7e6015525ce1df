from typing import Literal

ResponseMessagePhase = Literal["commentary", "final_answer"]

RESPONSE_MESSAGE_PHASE_VALUES: set[ResponseMessagePhase] = {
    "commentary",
    "final_answer",
}


def check_response_message_phase(value: str) -> ResponseMessagePhase:
    if value in RESPONSE_MESSAGE_PHASE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_MESSAGE_PHASE_VALUES!r}")
