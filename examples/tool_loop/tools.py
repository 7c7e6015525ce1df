"""The two tools every variant of the tool loop uses: one answers, one fails."""

from __future__ import annotations

from typing import Any

QUESTION = "Call get_weather for Paris and get_weather for London. Then call get_local_time for Paris."
MODEL = "c1/anthropic/claude-sonnet-4/v-20250930"


def get_weather(city: str) -> dict[str, Any]:
    """The weather now in a city.

    Args:
        city: The city's name, in English.
    """
    return {"city": city, "sky": "clear", "celsius": 21}


def get_local_time(city: str) -> str:
    """The local time in a city."""
    raise TimeoutError(f"the clock service did not answer for {city}")
