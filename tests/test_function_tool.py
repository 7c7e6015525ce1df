"""function_tool: typed Python becomes a C1 function tool that C1's rules accept; arguments come back typed."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, NotRequired, TypedDict

import pydantic
import pytest
from client_helpers import MODEL

from thesys_c1 import FunctionTool, InvalidArgumentError, ToolArgumentsError, function_tool
from thesys_c1._lib.rules import find_violations


class Unit(enum.Enum):
    CELSIUS = "celsius"
    FAHRENHEIT = "fahrenheit"


@function_tool(progress="Looking up the weather for {city}")
def get_weather(city: str, unit: Unit = Unit.CELSIUS, days: int = 1) -> dict[str, Any]:
    """The weather in a city, now and for the coming days.

    Args:
        city: The city's name,
            in English.
        unit: Degrees in celsius or fahrenheit.
    """
    return {"city": city, "unit": unit.value, "days": days}


@function_tool
def plan_trip(stops: list[str], nights: int | None, mode: Literal["train", "car"]) -> str:
    """Plan a trip.

    :param stops: The cities, in order.
    """
    return f"{mode}: {'-'.join(stops)} ({nights})"


class Booking(TypedDict):
    """Book a table."""

    restaurant: str
    guests: int
    note: NotRequired[str]


@dataclass
class Reminder:
    """Set a reminder.

    Args:
        text: What to remind of.
    """

    text: str
    minutes: Annotated[int, "Minutes from now."]
    tags: list[str] = field(default_factory=list)


class Invoice(pydantic.BaseModel):
    """Look up an invoice."""

    number: str
    lines: list[int]


def _forecast(city: str, days: int = 1) -> str:
    return f"{city}: {days}"


def _rule_violations(tool: FunctionTool[Any]) -> list[str]:
    chat = {"model": MODEL, "messages": [{"role": "user", "content": "hi"}], "tools": [tool.chat_param()]}
    responses = {"model": MODEL, "input": "hi", "tools": [tool.responses_param()]}
    return [
        violation.message
        for operation, body in (("createChatCompletion", chat), ("createResponse", responses))
        for violation in find_violations(operation, body)
    ]


def test_a_functions_signature_and_docstring_become_the_schema() -> None:
    assert get_weather.chat_param() == {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "The weather in a city, now and for the coming days.",
            "parameters": {
                "type": "object",
                "properties": {
                    "city": {"type": "string", "description": "The city's name, in English."},
                    "unit": {
                        "type": "string",
                        "enum": ["celsius", "fahrenheit"],
                        "description": "Degrees in celsius or fahrenheit.",
                    },
                    "days": {"type": "integer"},
                },
                "required": ["city"],
                "additionalProperties": False,
            },
            # Defaults leave parameters optional, which strict mode does not allow.
            "strict": False,
        },
    }
    responses = get_weather.responses_param()
    assert responses["type"] == "function" and responses["name"] == "get_weather"
    same: object = responses.get("parameters")
    assert same == get_weather.parameters == get_weather.chat_param()["function"].get("parameters")
    # Still the function it was.
    assert get_weather("Oslo") == {"city": "Oslo", "unit": "celsius", "days": 1}


def test_strict_mode_where_every_parameter_is_required_and_every_object_closed() -> None:
    schema = plan_trip.chat_param()["function"]
    assert schema["strict"] is True
    assert schema["parameters"]["properties"] == {
        "stops": {"type": "array", "items": {"type": "string"}, "description": "The cities, in order."},
        "nights": {"type": ["integer", "null"]},
        "mode": {"type": "string", "enum": ["train", "car"]},
    }
    assert schema["parameters"]["required"] == ["stops", "nights", "mode"]
    with pytest.raises(InvalidArgumentError, match="strict mode needs every parameter required") as raised:
        function_tool(_forecast, strict=True)
    assert raised.value.param == "strict"


def test_typed_dicts_dataclasses_and_pydantic_models_become_tools() -> None:
    booking, reminder, invoice = function_tool(Booking), function_tool(Reminder), function_tool(Invoice)
    assert booking.name == "Booking" and booking.description == "Book a table."
    assert booking.parameters["required"] == ["restaurant", "guests"] and booking.strict is False
    assert reminder.parameters["properties"]["text"]["description"] == "What to remind of."
    assert reminder.parameters["properties"]["minutes"] == {"type": "integer", "description": "Minutes from now."}
    assert invoice.strict is True and invoice.description == "Look up an invoice."
    assert invoice.parameters["additionalProperties"] is False
    assert "title" not in invoice.parameters and "title" not in invoice.parameters["properties"]["number"]


@pytest.mark.parametrize("tool", [get_weather, plan_trip, function_tool(Booking), function_tool(Reminder)])
def test_every_tool_passes_c1s_rule_checks_in_both_apis(tool: FunctionTool[Any]) -> None:
    assert _rule_violations(tool) == []


def test_pydantic_tool_passes_c1s_rule_checks() -> None:
    assert _rule_violations(function_tool(Invoice)) == []


def test_arguments_come_back_as_the_declared_types() -> None:
    assert get_weather.parse_arguments('{"city": "Paris", "unit": "fahrenheit"}') == {
        "city": "Paris",
        "unit": Unit.FAHRENHEIT,
        "days": 1,
    }
    assert plan_trip.parse_arguments('{"stops": ["A", "B"], "nights": null, "mode": "car"}') == {
        "stops": ["A", "B"],
        "nights": None,
        "mode": "car",
    }
    assert function_tool(Reminder).parse_arguments('{"text": "tea", "minutes": 5}') == Reminder("tea", 5)
    assert function_tool(Booking).parse_arguments('{"restaurant": "R", "guests": 2}') == {
        "restaurant": "R",
        "guests": 2,
    }
    assert function_tool(Invoice).parse_arguments('{"number": "7", "lines": [1]}') == Invoice(number="7", lines=[1])


@pytest.mark.parametrize(
    ("tool", "arguments", "field", "problem"),
    [
        (get_weather, "{city: Paris}", None, "are not JSON"),
        (get_weather, '["Paris"]', None, "must be a JSON object"),
        (get_weather, "{}", "city", "is required but missing"),
        (get_weather, '{"city": 7}', "city", "must be a string, got a number"),
        (get_weather, '{"city": "P", "unit": "kelvin"}', "unit", "must be one of 'celsius', 'fahrenheit'"),
        (get_weather, '{"city": "P", "country": "FR"}', "country", "is not a parameter"),
        (get_weather, '{"city": "P", "days": true}', "days", "must be a integer, got a boolean"),
        (plan_trip, '{"stops": ["A", 2], "nights": 1, "mode": "car"}', "stops[1]", "must be a string"),
        (function_tool(Invoice), '{"number": "7", "lines": ["x"]}', "lines[0]", "valid integer"),
    ],
)
def test_bad_arguments_raise_an_error_naming_the_tool_and_the_field(
    tool: FunctionTool[Any], arguments: str, field: str | None, problem: str
) -> None:
    with pytest.raises(ToolArgumentsError) as raised:
        tool.parse_arguments(arguments)
    assert raised.value.tool == tool.name and raised.value.field == field
    assert problem in str(raised.value) and str(raised.value).startswith(f"tool {tool.name!r}: ")
    assert raised.value.arguments == arguments


def test_types_without_a_json_schema_are_refused_naming_the_parameter() -> None:
    def takes_bytes(data: bytes) -> None: ...

    def untyped(city) -> None:  # type: ignore[no-untyped-def]
        ...

    with pytest.raises(InvalidArgumentError, match=r"takes_bytes\.data: the type <class 'bytes'> has no JSON schema"):
        function_tool(takes_bytes)
    with pytest.raises(InvalidArgumentError, match="parameter 'city' needs a type annotation"):
        function_tool(untyped)
    with pytest.raises(InvalidArgumentError, match="must be 1 to 64 letters"):
        function_tool(_forecast, name="get weather")


def test_an_annotation_that_cannot_be_resolved_is_refused_clearly() -> None:
    class Local:
        pass

    def uses_local(thing: Local) -> None: ...

    with pytest.raises(InvalidArgumentError, match="uses_local: an annotation names something not defined"):
        function_tool(uses_local)


def test_progress_text_describes_the_call() -> None:
    assert get_weather.describe({"city": "Paris"}) == "Looking up the weather for Paris"
    assert plan_trip.describe({"stops": ["A"], "nights": 1, "mode": "car"}) == (
        "Running plan_trip (stops: ['A'], nights: 1, mode: car)"
    )
