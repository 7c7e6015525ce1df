"""Answers parse into the generated models, choosing union members by `type` as the spec lists them,
and nothing C1 adds later (fields, item types, event types, enum values) breaks parsing."""

from __future__ import annotations

from typing import Any

import pytest

from thesys_c1 import unknown_items
from thesys_c1._generated import models
from thesys_c1._lib import spec
from thesys_c1._lib.parsing import ParseError, model_class, parse

RESPONSE: dict[str, Any] = {
    "id": "resp_1",
    "object": "response",
    "created_at": 1,
    "model": "c1/test",
    "status": "completed",
    "output": [
        {
            "type": "message",
            "id": "msg_1",
            "role": "assistant",
            "status": "completed",
            "content": [{"type": "output_text", "text": "hello", "annotations": []}],
        }
    ],
}


def _members(union: str) -> list[tuple[str, str | None]]:
    found = []
    for branch in spec.component(union)["anyOf"]:
        name = branch["$ref"].rsplit("/", 1)[1]
        tag = spec.component(name).get("properties", {}).get("type", {})
        found.append((name, tag.get("const")))
    return found


@pytest.mark.parametrize(("member", "tag"), [m for m in _members("ResponseStreamEvent") if m[1] is not None])
def test_every_stream_event_type_of_the_spec_picks_its_model(member: str, tag: str) -> None:
    # The smallest event that the member's schema allows: its required fields, with plausible values.
    schema = spec.component(member)
    event: dict[str, Any] = {"type": tag, "sequence_number": 1}
    samples = {"response": RESPONSE, "item": RESPONSE["output"][0], "part": {"type": "output_text", "text": ""}}
    for name in schema.get("required", ()):
        if name not in event:
            prop = spec.resolve(schema["properties"][name])
            event[name] = samples.get(name, 0 if prop.get("type") == "integer" else "x")
    if tag == "response.output_text.annotation.added":
        event["annotation"] = {"type": "url_citation", "url": "https://example.org", "start_index": 0, "end_index": 1}
    parsed = parse("ResponseStreamEvent", event)
    assert type(parsed) is model_class(member)
    assert parsed.type == tag


def test_an_unknown_event_type_is_kept_whole_as_the_generic_event() -> None:
    event = {"type": "acme:trace_event", "sequence_number": 4, "span": {"id": "s1"}}
    parsed = parse("ResponseStreamEvent", event)
    assert isinstance(parsed, models.ResponseUnknownStreamEvent)
    assert parsed.type == "acme:trace_event"
    assert parsed.to_dict() == event


def test_a_known_event_type_in_another_shape_is_an_error_naming_the_field() -> None:
    # Only a type the spec does not name goes to the catch-all: a known event missing its fields is broken.
    with pytest.raises(ParseError, match=r"ResponseStreamEvent: item_id: is required but missing") as caught:
        parse("ResponseStreamEvent", {"type": "response.output_text.delta", "sequence_number": 1})
    assert caught.value.path == "item_id"


def test_unknown_fields_are_kept_and_sent_back_by_to_dict() -> None:
    body = {**RESPONSE, "c1_trace": {"id": "t"}}
    parsed = parse("Response", body)
    assert parsed["c1_trace"] == {"id": "t"}
    assert parsed.to_dict()["c1_trace"] == {"id": "t"}


def test_unknown_output_item_types_and_new_enum_values_parse() -> None:
    body = {
        **RESPONSE,
        "status": "archived",
        "output": [*RESPONSE["output"], {"type": "web_search_call", "id": "ws_1", "status": "searching"}],
    }
    parsed = parse("Response", body)
    assert parsed.status == "archived"
    # Out of the typed list (whose members all fix their `type`), kept beside it in its place, and sent back.
    assert [item.type for item in parsed.output] == ["message"]
    [(index, unknown)] = unknown_items(parsed.output)
    assert index == 1
    assert isinstance(unknown, models.ResponseUnknownOutputItem)
    assert unknown.to_dict()["status"] == "searching"
    assert parsed.to_dict()["output"] == body["output"]


def test_unknown_finish_reason_and_role_parse() -> None:
    chat = {
        "id": "c",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "message": {"role": "narrator", "content": "x"}, "finish_reason": "rewound"}],
    }
    parsed = parse("ChatCompletion", chat)
    assert parsed.choices[0].finish_reason == "rewound"
    assert parsed.choices[0].message.role == "narrator"


def test_conversation_items_pick_the_member_by_type_with_a_catch_all() -> None:
    message = {"type": "message", "id": "msg_1", "role": "user", "content": [{"type": "input_text", "text": "hi"}]}
    assert isinstance(parse("ConversationItem", message), models.ConversationMessage)
    unknown = parse("ConversationItem", {"type": "compaction", "id": "cmp_1", "summary": "..."})
    assert isinstance(unknown, models.ResponseUnknownOutputItem)
    assert unknown.type == "compaction"


def test_wire_names_are_readable_as_on_the_wire() -> None:
    parsed = parse("Response", RESPONSE)
    assert parsed.object == "response"
    assert not hasattr(parsed, "object_")
    assert parsed.output[0].type == "message"


def test_a_value_that_fits_no_model_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="ChatCompletion"):
        parse("ChatCompletion", {"id": "c"})
    with pytest.raises(ParseError, match="ResponseStreamEvent"):
        parse("ResponseStreamEvent", ["not", "an", "object"])
