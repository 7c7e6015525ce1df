"""The tool runner over real HTTP: a three-round loop in both APIs, sync and async, streamed and not.

The local C1 server plans the rounds from the question: the first sentence
asks for a parallel pair (the weather in two cities), the "Then" sentence for
a tool that raises, and the card after that quotes every output.
"""

from __future__ import annotations

import html
import json
from typing import Any

import anyio
import pytest
from client_helpers import MODEL

from thesys_c1 import (
    C1,
    AsyncC1,
    ChatCompletion,
    ResponseObject,
    ToolCallsStarted,
    ToolRound,
    function_tool,
    output_text,
    run_chat_tools,
    run_response_tools,
)
from thesys_c1.testing import LocalC1

QUESTION = "Call get_weather for Paris and get_weather for London. Then call get_local_time for Paris."


@function_tool(progress="Looking up the weather for {city}")
def get_weather(city: str) -> dict[str, Any]:
    """The weather now in a city.

    Args:
        city: The city's name.
    """
    return {"city": city, "sky": "clear", "celsius": 21 if city == "Paris" else 17}


@function_tool(progress="Reading the clock in {city}")
def get_local_time(city: str) -> str:
    """The local time in a city."""
    raise TimeoutError(f"the clock service did not answer for {city}")


TOOLS = [get_weather, get_local_time]


def _answer_text(answer: ChatCompletion | ResponseObject) -> str:
    if isinstance(answer, ChatCompletion):
        content = answer.choices[0].message.content
        assert isinstance(content, str)
        return content
    return output_text(answer)


def _check_three_rounds(rounds: list[ToolRound[Any]], final: ChatCompletion | ResponseObject) -> None:
    assert [len(found.calls) for found in rounds] == [2, 1, 0]
    assert [found.final for found in rounds] == [False, False, True]
    pair, failing = rounds[0].calls, rounds[1].calls[0]
    assert [(call.name, call.parsed) for call in pair] == [
        ("get_weather", {"city": "Paris"}),
        ("get_weather", {"city": "London"}),
    ]
    assert [json.loads(call.output)["celsius"] for call in pair] == [21, 17]
    assert pair[0].call_id != pair[1].call_id
    assert failing.name == "get_local_time" and isinstance(failing.error, TimeoutError)
    assert failing.output == (
        "Error: the tool 'get_local_time' raised TimeoutError: the clock service did not answer for Paris"
    )
    assert rounds[-1].answer is final
    # The final answer is the model's card, and it read every output the runner sent back.
    text = _answer_text(final)
    assert "3 tool result(s)" in text and "Answer 1 of this conversation" in text
    # The card quotes each output (a JSON string inside the card's JSON).
    shown = html.unescape(text)
    assert '\\"city\\": \\"London\\"' in shown and "clock service did not answer for Paris" in shown


def _chat_requests(local_c1: LocalC1) -> list[dict[str, Any]]:
    found = [request.json for request in local_c1.requests if request.path.endswith("/chat/completions")]
    return [body for body in found if isinstance(body, dict)]


def _response_requests(local_c1: LocalC1) -> list[dict[str, Any]]:
    found = [request.json for request in local_c1.requests if request.path.endswith("/responses")]
    return [body for body in found if isinstance(body, dict)]


def _check_chat_wire(local_c1: LocalC1, stream: bool) -> None:
    bodies = _chat_requests(local_c1)
    assert len(bodies) == 3
    assert all(body.get("stream", False) is stream for body in bodies)
    assert [[message["role"] for message in body["messages"]] for body in bodies] == [
        ["user"],
        ["user", "assistant", "tool", "tool"],
        ["user", "assistant", "tool", "tool", "assistant", "tool"],
    ]
    assert bodies[0]["tools"] == [get_weather.chat_param(), get_local_time.chat_param()]
    calls = bodies[1]["messages"][1]["tool_calls"]
    assert [message["tool_call_id"] for message in bodies[1]["messages"][2:]] == [call["id"] for call in calls]


def _check_chained_wire(local_c1: LocalC1, answers: list[ResponseObject]) -> None:
    bodies = _response_requests(local_c1)
    assert len(bodies) == 3
    assert bodies[0]["input"] == QUESTION and "previous_response_id" not in bodies[0]
    # Stored responses: each round names the one before and sends only the outputs.
    assert [body.get("previous_response_id") for body in bodies[1:]] == [answer.id for answer in answers[:2]]
    assert [[item["type"] for item in body["input"]] for body in bodies[1:]] == [
        ["function_call_output", "function_call_output"],
        ["function_call_output"],
    ]


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_chat_tool_loop_sync(local_c1: LocalC1, stream: bool) -> None:
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0) as client:
        runner = run_chat_tools(
            client, model=MODEL, messages=[{"role": "user", "content": QUESTION}], tools=TOOLS, stream=stream
        )
        events = list(runner.events())
        final = runner.final_answer()
    rounds = [event for event in events if isinstance(event, ToolRound)]
    _check_three_rounds(rounds, final)
    started = [event for event in events if isinstance(event, ToolCallsStarted)]
    assert [[call.description for call in event.calls] for event in started] == [
        ["Looking up the weather for Paris", "Looking up the weather for London"],
        ["Reading the clock in Paris"],
    ]
    # In order: each round's calls start before the round is reported; streamed chunks come before both.
    kinds = [type(event).__name__ for event in events if not isinstance(event, ToolCallsStarted | ToolRound)]
    assert (set(kinds) == {"ChatCompletionChunk"}) if stream else (kinds == [])
    assert events.index(started[0]) < events.index(rounds[0]) < events.index(started[1])
    _check_chat_wire(local_c1, stream)
    added = [message["role"] for message in runner.new_messages()]
    assert added == ["assistant", "tool", "tool", "assistant", "tool", "assistant"]
    assert runner.exhausted is False


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
async def test_chat_tool_loop_async(local_c1: LocalC1, stream: bool) -> None:
    async with AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0) as client:
        runner = run_chat_tools(
            client, model=MODEL, messages=[{"role": "user", "content": QUESTION}], tools=TOOLS, stream=stream
        )
        rounds = [found async for found in runner]
        final = await runner.final_answer()
    _check_three_rounds(rounds, final)
    _check_chat_wire(local_c1, stream)


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
def test_responses_tool_loop_sync_chains_stored_responses(local_c1: LocalC1, stream: bool) -> None:
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0) as client:
        runner = run_response_tools(client, model=MODEL, input=QUESTION, tools=TOOLS, stream=stream)
        rounds = list(runner)
        final = runner.final_answer()
    _check_three_rounds(rounds, final)
    _check_chained_wire(local_c1, [found.answer for found in rounds])
    assert _response_requests(local_c1)[0]["tools"] == [get_weather.responses_param(), get_local_time.responses_param()]


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "streamed"])
async def test_responses_tool_loop_async_chains_stored_responses(local_c1: LocalC1, stream: bool) -> None:
    async with AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0) as client:
        runner = run_response_tools(client, model=MODEL, input=QUESTION, tools=TOOLS, stream=stream)
        events = [event async for event in runner.events()]
        final = await runner.final_answer()
    rounds = [event for event in events if isinstance(event, ToolRound)]
    _check_three_rounds(rounds, final)
    _check_chained_wire(local_c1, [found.answer for found in rounds])
    if stream:
        kinds = {
            getattr(event, "type", None) for event in events if not isinstance(event, ToolCallsStarted | ToolRound)
        }
        assert {"response.function_call_arguments.delta", "response.output_text.delta"} <= kinds


def test_responses_without_store_send_the_whole_input_each_round(local_c1: LocalC1) -> None:
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0) as client:
        runner = run_response_tools(client, model=MODEL, input=QUESTION, tools=TOOLS, store=False)
        rounds = list(runner)
    _check_three_rounds(rounds, rounds[-1].answer)
    bodies = _response_requests(local_c1)
    assert all("previous_response_id" not in body for body in bodies)
    assert [[item.get("type", "message") for item in body["input"]] for body in bodies[1:]] == [
        ["message", "function_call", "function_call", "function_call_output", "function_call_output"],
        [
            *("message", "function_call", "function_call", "function_call_output", "function_call_output"),
            *("function_call", "function_call_output"),
        ],
    ]


async def test_async_runner_runs_a_rounds_calls_concurrently(local_c1: LocalC1) -> None:
    # Each call waits until both have started: run one after the other, the first would wait forever.
    started: list[str] = []
    both_started = anyio.Event()

    @function_tool
    async def get_weather(city: str) -> str:
        started.append(city)
        if len(started) == 2:
            both_started.set()
        with anyio.fail_after(10):
            await both_started.wait()
        return f"clear in {city}"

    async with AsyncC1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0) as client:
        runner = run_chat_tools(
            client,
            model=MODEL,
            messages=[{"role": "user", "content": "Call get_weather for Oslo and get_weather for Rome."}],
            tools=[get_weather],
        )
        rounds = [found async for found in runner]
    assert sorted(started) == ["Oslo", "Rome"]
    assert [call.output for call in rounds[0].calls] == ["clear in Oslo", "clear in Rome"]
    assert [call.error for call in rounds[0].calls] == [None, None]


def test_max_rounds_stops_the_loop_without_running_the_last_calls(local_c1: LocalC1) -> None:
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0) as client:
        runner = run_chat_tools(
            client, model=MODEL, messages=[{"role": "user", "content": QUESTION}], tools=TOOLS, max_rounds=2
        )
        rounds = list(runner)
    assert [len(found.calls) for found in rounds] == [2, 1] and rounds[-1].final and runner.exhausted
    assert rounds[-1].calls[0].output == "" and rounds[-1].calls[0].error is None
    assert len(_chat_requests(local_c1)) == 2
    assert runner.final_answer().choices[0].finish_reason == "tool_calls"


def test_on_tool_error_writes_the_output_or_stops_the_loop(local_c1: LocalC1) -> None:
    def terse(error: BaseException, call: Any) -> str:
        return f"{call.name} is unavailable"

    def stop(error: BaseException, call: Any) -> str:
        raise error

    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0) as client:
        messages = [{"role": "user", "content": QUESTION}]
        rounds = list(run_chat_tools(client, model=MODEL, messages=messages, tools=TOOLS, on_tool_error=terse))
        assert rounds[1].calls[0].output == "get_local_time is unavailable"
        assert "get_local_time is unavailable" in _answer_text(rounds[-1].answer)
        stopped = run_chat_tools(client, model=MODEL, messages=messages, tools=TOOLS, on_tool_error=stop)
        with pytest.raises(TimeoutError, match="clock service"):
            stopped.final_answer()


def test_a_call_to_a_tool_without_a_function_is_told_to_the_model(local_c1: LocalC1) -> None:
    # A tool given as a plain dict is offered, but nothing here can run it.
    bare = {"type": "function", "function": {"name": "get_local_time", "parameters": {"type": "object"}}}
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0) as client:
        runner = run_chat_tools(
            client,
            model=MODEL,
            messages=[{"role": "user", "content": QUESTION}],
            tools=[get_weather, bare],
        )
        rounds = list(runner)
    assert rounds[1].calls[0].output == ("Error: no tool named 'get_local_time' can run here (offered: get_weather)")
    assert rounds[-1].final and not runner.exhausted


def test_bad_runner_arguments_name_the_parameter(local_c1: LocalC1) -> None:
    from thesys_c1 import InvalidArgumentError

    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key) as client:
        for bad, param in (
            ({"tools": []}, "tools"),
            ({"tools": TOOLS, "max_rounds": 0}, "max_rounds"),
            ({"tools": TOOLS, "on_tool_error": "ignore"}, "on_tool_error"),
            ({"tools": [get_weather, get_weather]}, "tools[1]"),
        ):
            with pytest.raises(InvalidArgumentError) as raised:
                run_chat_tools(client, model=MODEL, messages=[], **bad)
            assert raised.value.param == param

        @function_tool
        async def later(city: str) -> str:
            return city

        with pytest.raises(InvalidArgumentError, match="is async: run it with AsyncC1"):
            run_chat_tools(client, model=MODEL, messages=[], tools=[later])
        with pytest.raises(InvalidArgumentError, match="input: is required"):
            run_response_tools(client, model=MODEL, tools=TOOLS)
    assert local_c1.requests == []


def test_parse_tool_calls_gives_typed_arguments_for_a_loop_of_your_own(local_c1: LocalC1) -> None:
    from dataclasses import dataclass

    from thesys_c1 import ToolArgumentsError, ToolNotFoundError, parse_tool_calls

    @dataclass
    class Forecast:
        """The forecast for a city."""

        city: str
        days: int

    forecast = function_tool(Forecast)
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0) as client:
        completion = client.chat.completions.create(
            model=MODEL,
            messages=[{"role": "user", "content": "call Forecast for Bergen"}],
            tools=[forecast.chat_param()],
        )
        response = client.responses.create(
            model=MODEL,
            input="call Forecast for Bergen",
            tools=[forecast.responses_param()],
        )
    for answer in (completion, response):
        [call] = parse_tool_calls(answer, [forecast])
        assert call.name == "Forecast" and call.parsed == Forecast("Bergen", 1) and call.error is None
    with pytest.raises(ToolNotFoundError, match="no tool named 'Forecast'"):
        parse_tool_calls(completion, [get_weather])
    wire = completion.to_dict()
    wire["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"] = '{"city": "Bergen", "days": "two"}'
    with pytest.raises(ToolArgumentsError) as raised:
        parse_tool_calls(wire, [forecast])
    assert (raised.value.tool, raised.value.field) == ("Forecast", "days")


def test_responses_in_a_conversation_send_only_the_outputs(local_c1: LocalC1) -> None:
    with C1(base_url=local_c1.base_url, api_key=local_c1.api_key, max_retries=0) as client:
        conversation = client.conversations.create()
        rounds = list(
            run_response_tools(client, model=MODEL, input=QUESTION, tools=TOOLS, conversation=conversation.id)
        )
        items = client.conversations.items.list(conversation.id, limit=100).data
    _check_three_rounds(rounds, rounds[-1].answer)
    bodies = _response_requests(local_c1)
    assert all(body["conversation"] == conversation.id and "previous_response_id" not in body for body in bodies)
    assert [[item["type"] for item in body["input"]] for body in bodies[1:]] == [
        ["function_call_output", "function_call_output"],
        ["function_call_output"],
    ]
    # The conversation kept every call and output for the next question.
    kinds = [item.to_dict()["type"] for item in items]
    assert kinds.count("function_call") == 3 and kinds.count("function_call_output") == 3
