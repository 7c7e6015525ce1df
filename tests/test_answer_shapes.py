"""Success answers off the spec's shape are APIResponseValidationError naming the field, over real HTTP;
answers with fields, enum values and item types newer than the spec parse, and every helper works on them."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from c1_schemas import SpecSchemas
from canned_answers import CannedAnswers, canned_answers
from client_helpers import MODEL
from spec_samples import Breakage, Sample, branches, breakages, component, full_sample, get, resolve

from thesys_c1 import C1, APIResponseValidationError, APIStreamError, c1_components, output_text
from thesys_c1._lib.parsing import ParseError, parse

ADDED = "c1_field_added_later"
Call = Callable[[C1], Any]
OPERATIONS: dict[str, Call] = {
    "ChatCompletion": lambda c1: c1.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "hi"}]),
    "Response": lambda c1: c1.responses.create(model=MODEL, input="hi"),
    "Conversation": lambda c1: c1.conversations.create(),
    "ConversationItemList": lambda c1: c1.conversations.items.list("conv_1").page,
}


@pytest.fixture(scope="module")
def server() -> Iterator[CannedAnswers]:
    with canned_answers() as server:
        yield server


@pytest.fixture(scope="module")
def client(server: CannedAnswers) -> Iterator[C1]:
    with C1(base_url=server.base_url, api_key="canned-answers-key", max_retries=0) as client:
        yield client


def _refusal(client: C1, server: CannedAnswers, call: Call, body: Any) -> APIResponseValidationError | None:
    server.answer_json(body)
    try:
        call(client)
    except APIResponseValidationError as error:
        return error
    return None


@pytest.mark.parametrize("schema", OPERATIONS)
def test_the_samples_fit_the_spec_by_jsonschema(schema: str, schema_check: SpecSchemas) -> None:
    # Otherwise the breakages below would prove nothing: they are off the spec only where they were broken.
    schema_check.check(schema, full_sample(schema).value)


@pytest.mark.parametrize("schema", OPERATIONS)
def test_each_field_broken_alone_is_a_validation_error_naming_it(
    client: C1, server: CannedAnswers, schema: str
) -> None:
    sample = full_sample(schema)
    assert parse(schema, sample.value).to_dict() == sample.value
    found = list(breakages(sample))
    assert len(found) >= 10, "the sample has too few fields to break"
    missed: list[str] = []
    for breakage in found:
        error = _refusal(client, server, OPERATIONS[schema], breakage.body)
        if error is None:
            missed.append(f"{breakage.path} ({breakage.how}): accepted")
        elif not re.search(rf": {re.escape(breakage.path)}: ", str(error)):
            missed.append(f"{breakage.path} ({breakage.how}): {error}")
        elif error.body != breakage.body or error.response is None or error.response.status_code != 200:
            missed.append(f"{breakage.path}: the error does not carry the answer")
    assert not missed, f"{len(missed)} of {len(found)} breakages:\n" + "\n".join(missed[:20])


def _deepest(found: list[Breakage]) -> Breakage:
    return max(found, key=lambda b: b.path.count(".") + b.path.count("["))


def test_the_issue_examples_name_the_field_and_the_rule(client: C1, server: CannedAnswers) -> None:
    body = full_sample("ChatCompletion").value
    body["choices"][0]["message"]["content"] = 5
    error = _refusal(client, server, OPERATIONS["ChatCompletion"], body)
    assert error is not None
    assert str(error).endswith("choices[0].message.content: expected string or null, got integer")
    body = full_sample("ChatCompletion").value
    body["choices"] = {}
    error = _refusal(client, server, OPERATIONS["ChatCompletion"], body)
    assert error is not None and str(error).endswith("choices: expected array, got object")
    deep = _deepest(list(breakages(full_sample("Response"))))
    assert deep.path.count("[") >= 2, deep.path
    error = _refusal(client, server, OPERATIONS["Response"], deep.body)
    assert error is not None and f": {deep.path}: " in str(error)


def _newer_than_the_spec(sample: Sample) -> tuple[Any, Any]:
    """The sample with a field the spec does not know in every record and an item of a type no member
    names in every array of union members; and what ``to_dict()`` gives back for it: all of it, but for
    the new fields of closed records (a request schema echoed in an answer, such as a tool), which are
    accepted and left out."""
    body = copy.deepcopy(sample.value)
    for field in sample.fields:
        value = get(body, field.path)
        if isinstance(value, list) and value and all(isinstance(item, dict) and "type" in item for item in value):
            value.append({"type": "c1_kind_added_later", "id": "x_1", "payload": {"deep": [1, {"a": None}]}})
    expected = copy.deepcopy(body)
    for path, schema in sample.records():
        get(body, path)[ADDED] = {"nested": [1, "two", None]}
        if schema.get("additionalProperties") is not False:
            get(expected, path)[ADDED] = {"nested": [1, "two", None]}
    return body, expected


@pytest.mark.parametrize("schema", OPERATIONS)
def test_fields_and_item_types_newer_than_the_spec_parse_and_round_trip(
    client: C1, server: CannedAnswers, schema: str
) -> None:
    body, expected = _newer_than_the_spec(full_sample(schema))
    assert "c1_kind_added_later" in str(body) or schema == "Conversation"
    server.answer_json(body)
    parsed = OPERATIONS[schema](client)
    assert parsed.to_dict() == expected
    assert parsed[ADDED] == {"nested": [1, "two", None]}
    if schema == "Response":
        text = output_text(parsed)
        texts = [
            part["text"]
            for item in body["output"]
            if item["type"] == "message"
            for part in item["content"]
            if part["type"] == "output_text"
        ]
        assert texts and text == "".join(texts)
        assert c1_components(text) == []


def test_enum_values_newer_than_the_spec_parse_and_are_kept(client: C1, server: CannedAnswers) -> None:
    # Answers keep most enumerations open as plain strings; the tools a response echoes have closed ones.
    sample = full_sample("Response")
    body = copy.deepcopy(sample.value)
    changed = []
    for field in sample.fields:
        if any("enum" in resolve(b) for b in branches(field.schema)) and isinstance(get(body, field.path), str):
            get(body, field.path[:-1])[field.path[-1]] = "c1_value_added_later"
            changed.append(field.path)
    assert changed
    server.answer_json(body)
    parsed = OPERATIONS["Response"](client)
    assert parsed.to_dict() == body
    output_text(parsed)


def test_deep_nesting_inside_a_free_form_field_parses(client: C1, server: CannedAnswers) -> None:
    body = full_sample("Response").value
    tool = next(tool for tool in body["tools"] if tool["type"] == "function")
    nested: Any = "bottom"
    for _ in range(200):  # as deep as a JSON decoder with the default recursion limit reads
        nested = {"properties": {"a": nested}}
    tool["parameters"] = nested
    server.answer_json(body)
    parsed = OPERATIONS["Response"](client)
    assert parsed.to_dict() == body
    for _ in range(50_000):
        nested = {"properties": {"a": [nested]}}
    tool["parameters"] = nested
    assert parse("Response", body).to_dict()["tools"] == body["tools"]


def _events(response: dict[str, Any]) -> list[dict[str, Any]]:
    created = {**response, "status": "in_progress", "output": []}
    return [
        {"type": "response.created", "sequence_number": 0, "response": created},
        {"type": "response.completed", "sequence_number": 1, "response": response},
    ]


def test_a_malformed_final_response_is_a_stream_error(client: C1, server: CannedAnswers) -> None:
    response = full_sample("Response").value
    server.answer_events(_events(response))
    with client.responses.create(model=MODEL, input="hi", stream=True) as stream:
        assert stream.get_final_response().to_dict() == response
    broken = copy.deepcopy(response)
    broken["output"][0]["content"] = {}
    server.answer_events(_events(broken))
    expected = r"output\[0\]\.content: expected array, got object"
    with (
        client.responses.create(model=MODEL, input="hi", stream=True) as stream,
        pytest.raises(APIStreamError, match=expected),
    ):
        stream.get_final_response()


def test_a_value_that_fits_no_model_names_the_field_in_the_parse_error() -> None:
    body = full_sample("ConversationItemList").value
    body["data"][0]["content"][0] = "text"
    with pytest.raises(ParseError) as caught:
        parse("ConversationItemList", body)
    assert caught.value.path == "data[0].content[0]"
    assert str(caught.value).endswith("data[0].content[0]: expected object, got string")


@pytest.mark.parametrize(
    ("created", "problem"),
    [
        (True, "created: expected integer, got boolean"),  # True == 1 in Python, not in JSON
        (1.5, "created: expected integer, got number"),
        (3.0, None),  # JSON has one number type: 3.0 is an integer to a JSON schema
    ],
)
def test_json_types_are_told_apart_as_json_does(created: Any, problem: str | None, schema_check: SpecSchemas) -> None:
    body = {**full_sample("ChatCompletion").value, "created": created}
    assert bool(schema_check.errors("ChatCompletion", body)) == (problem is not None)
    if problem is None:
        assert parse("ChatCompletion", body).created == created
    else:
        with pytest.raises(ParseError, match=re.escape(problem)):
            parse("ChatCompletion", body)


def _stream_schemas() -> list[tuple[str, str]]:
    members = [(branch["$ref"].rsplit("/", 1)[1]) for branch in component("ResponseStreamEvent")["anyOf"]]
    return [("ChatCompletionChunk", "ChatCompletionChunk")] + [("ResponseStreamEvent", m) for m in members]


@pytest.mark.parametrize(("union", "member"), _stream_schemas())
def test_each_field_of_a_stream_event_broken_alone_names_it(union: str, member: str) -> None:
    # In-process: streams parse events through the same parser, with the fast builders on the way.
    sample = full_sample(member, union_member=union != member)
    assert parse(union, sample.value).to_dict() == sample.value
    missed = []
    for breakage in breakages(sample):
        try:
            parse(union, breakage.body)
            missed.append(f"{breakage.path} ({breakage.how}): accepted")
        except ParseError as error:
            if error.path != breakage.path:
                missed.append(f"{breakage.path} ({breakage.how}): {error}")
    assert not missed, "\n".join(missed[:20])
