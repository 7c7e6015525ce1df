"""The generated ``from_dict``: every field's JSON type checked as it is read, the path of a failure, unknown
fields kept, and ``to_dict()`` giving back what was read (a null apart from an absent field)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from spec_samples import full_sample

from thesys_c1 import unknown_items
from thesys_c1._generated.types import GeneratedModel, ShapeError
from thesys_c1._lib.parsing import parse
from thesys_c1.types import ChatCompletionChunk, ResponseObject

CHUNK: dict[str, Any] = {
    "id": "chatcmpl-1",
    "object": "chat.completion.chunk",
    "created": 1700000000,
    "model": "c1/anthropic/claude-sonnet-4/v-20250930",
    "choices": [
        {"index": 0, "delta": {"content": "a"}, "finish_reason": None},
        {"index": 1, "delta": {"content": "b"}},
    ],
}


def _broken(path: list[str | int], value: Any) -> dict[str, Any]:
    data = copy.deepcopy(CHUNK)
    target: Any = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "where", "problem"),
    [
        (["choices", 1, "delta", "content"], 5, "choices[1].delta.content", "expected string or null, got integer"),
        (["choices", 0, "index"], "0", "choices[0].index", "expected integer, got string"),
        (["choices", 0, "index"], True, "choices[0].index", "expected integer, got boolean"),
        (["choices"], {}, "choices", "expected array, got object"),
        (["object"], "chat.completion", "object", "must be 'chat.completion.chunk'"),
        (["choices", 1, "delta"], [], "choices[1].delta", "expected object, got array"),
        (["usage"], "lots", "usage", "expected object or null, got string"),
    ],
)
def test_a_wrong_json_type_names_the_field(path: list[str | int], value: Any, where: str, problem: str) -> None:
    with pytest.raises(ShapeError) as caught:
        ChatCompletionChunk.from_dict(_broken(path, value))
    assert caught.value.path == where
    assert problem in str(caught.value)


def test_a_missing_required_field_names_it() -> None:
    data = copy.deepcopy(CHUNK)
    del data["choices"][1]["index"]
    with pytest.raises(ShapeError, match=r"choices\[1\]\.index: is required but missing"):
        ChatCompletionChunk.from_dict(data)


def test_absent_fields_read_none_and_the_answer_round_trips_with_its_nulls_and_unknown_fields() -> None:
    data = copy.deepcopy(CHUNK)
    data["c1_added_later"] = {"x": [1]}
    chunk = ChatCompletionChunk.from_dict(data)
    assert chunk.usage is None and chunk.choices[1].finish_reason is None
    assert chunk.additional_properties == {"c1_added_later": {"x": [1]}}
    assert chunk.to_dict() == data
    assert "finish_reason" not in chunk.to_dict()["choices"][1]
    assert chunk.to_dict()["choices"][0]["finish_reason"] is None


def test_an_integer_written_as_a_whole_float_is_an_integer() -> None:
    chunk = ChatCompletionChunk.from_dict(_broken(["created"], 1700000000.0))
    assert chunk.created == 1700000000
    with pytest.raises(ShapeError, match="created: expected integer, got number"):
        ChatCompletionChunk.from_dict(_broken(["created"], 1.5))


def test_a_union_member_is_chosen_by_type_and_an_unknown_type_goes_to_the_catch_all() -> None:
    response = ResponseObject.from_dict(
        {
            "id": "resp_1",
            "object": "response",
            "created_at": 1,
            "model": "m",
            "status": "completed",
            "output": [
                {
                    "type": "message",
                    "id": "msg_1",
                    "role": "assistant",
                    "status": "completed",
                    "content": [{"type": "output_text", "text": "Hi", "annotations": []}],
                },
                {"type": "compaction", "id": "cmp_1"},
            ],
        }
    )
    assert [type(item).__name__ for item in response.output] == ["ResponseOutputMessage"]
    assert [(index, type(item).__name__) for index, item in unknown_items(response.output)] == [
        (1, "ResponseUnknownOutputItem")
    ]
    assert response.output_text == "Hi"
    assert response.model_dump()["output"][1] == {"type": "compaction", "id": "cmp_1"}


def _fields(model: GeneratedModel) -> tuple[attrs.Attribute[Any], ...]:
    cls = type(model)
    assert attrs.has(cls), cls
    return tuple(attrs.fields(cls))


def _models_in(value: Any) -> Iterator[GeneratedModel]:
    if isinstance(value, GeneratedModel):
        yield value
        for field in _fields(value):
            yield from _models_in(getattr(value, field.name))
    elif isinstance(value, list):
        for item in value:
            yield from _models_in(item)


@pytest.mark.parametrize("schema", ["ChatCompletion", "ChatCompletionChunk", "Response", "ConversationItemList"])
def test_from_dict_builds_what_the_constructor_builds(schema: str) -> None:
    # from_dict fills the slots itself rather than calling __init__: every field must still be set, equal to what
    # the constructor makes of the same values, and each object must own its dict of unknown fields.
    built = list(_models_in(parse(schema, full_sample(schema).value)))
    assert len(built) >= 5, "the sample holds too few models to show anything"
    extras: set[int] = set()
    for model in built:
        fields = _fields(model)
        values = {field.name: getattr(model, field.name) for field in fields}
        arguments = {field.alias or field.name: values[field.name] for field in fields if field.init}
        again = type(model)(**arguments)
        for field in fields:
            if not field.init:
                setattr(again, field.name, values[field.name])
        assert again == model, type(model).__name__
        if "_request_id" in values:
            assert values["_request_id"] is None
        if "additional_properties" in values:
            assert id(values["additional_properties"]) not in extras
            extras.add(id(values["additional_properties"]))
