"""What the generator writes for the client: the lazy models package, wire-named fields, request-id
slots, keyword-argument TypedDicts and model unions."""

from __future__ import annotations

import json
import keyword
import subprocess
import sys
import textwrap
import typing
from pathlib import Path
from typing import Any

import attrs

from generator.pipeline.call_params import append_call_params
from generator.pipeline.model_names import catch_all_member
from thesys_c1._generated import params
from thesys_c1._lib import spec


def test_the_models_package_imports_a_model_module_only_when_its_name_is_used() -> None:
    script = (
        "import sys\n"
        "import thesys_c1._generated.models as models\n"
        "loaded = lambda: sorted(n for n in sys.modules if n.startswith('thesys_c1._generated.models.'))\n"
        "print(loaded())\n"
        "models.CompletionUsage\n"
        "print(loaded())\n"
        "print('CompletionUsage' in dir(models))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ["[]", "['thesys_c1._generated.models.completion_usage']", "True"]
    failed = subprocess.run(
        [sys.executable, "-c", "import thesys_c1._generated.models as m; m.NoSuchModel"], capture_output=True, text=True
    )
    assert "has no attribute 'NoSuchModel'" in failed.stderr


def test_fields_carry_their_wire_names_and_keywords_are_never_attribute_names() -> None:
    from thesys_c1._generated.models import ChatCompletionChunk, ResponseObject

    assert {"object", "choices"} <= attrs.fields_dict(ChatCompletionChunk).keys()
    assert "object_" not in attrs.fields_dict(ChatCompletionChunk)
    for cls in _all_model_classes():
        for field in attrs.fields(cls):
            assert not keyword.iskeyword(field.name), (cls.__name__, field.name)
    assert ResponseObject.__mro__[1].__name__ == "OutputTextMixin"


def test_only_the_models_an_operation_answers_with_have_a_request_id_slot() -> None:
    from thesys_c1._generated.models import ChatCompletion, ChatCompletionChunk, ConversationDeleted

    assert "_request_id" in attrs.fields_dict(ChatCompletion)
    assert "_request_id" in attrs.fields_dict(ConversationDeleted)
    assert "_request_id" not in attrs.fields_dict(ChatCompletionChunk)
    completion = ChatCompletion.from_dict(
        {"id": "c", "object": "chat.completion", "created": 1, "model": "m", "choices": []}
    )
    assert completion._request_id is None
    completion._request_id = "req_1"
    assert "req_1" not in repr(completion)


def test_no_field_of_any_model_is_typed_with_unset() -> None:
    annotations = [str(field.type) for cls in _all_model_classes() for field in attrs.fields(cls)]
    assert len(annotations) > 500
    assert not [annotation for annotation in annotations if "Unset" in annotation]


def test_generated_models_read_as_on_the_wire() -> None:
    from thesys_c1.types import ResponseOutputTextDeltaEvent

    wire = {
        "type": "response.output_text.delta",
        "sequence_number": 1,
        "item_id": "m",
        "output_index": 0,
        "content_index": 0,
        "delta": "hi",
    }
    event = ResponseOutputTextDeltaEvent.from_dict(wire)
    assert event.type == "response.output_text.delta"
    assert event.logprobs is None  # absent on the wire
    assert event.model_dump() == event.to_dict() == wire
    assert json.loads(event.model_dump_json()) == wire


def _all_model_classes() -> list[type[Any]]:
    from thesys_c1._generated import models

    classes = [getattr(models, name) for name in models.__all__]
    return [cls for cls in classes if attrs.has(cls)]


def test_keyword_arguments_leave_out_stream_only_where_the_answer_can_stream() -> None:
    chat = typing.get_type_hints(params.CreateChatCompletionParams)
    body = typing.get_type_hints(params.CreateChatCompletionRequest)
    assert set(chat) == set(body) - {"stream"}
    hints = typing.get_type_hints(params.CreateChatCompletionParams, include_extras=True)
    required = {name for name, hint in hints.items() if typing.get_origin(hint) is not typing.NotRequired}
    assert required == {"messages", "model"}
    assert "stream" not in typing.get_type_hints(params.CreateResponseParams)
    assert set(typing.get_type_hints(params.CreateConversationItemsParams)) == {"items"}


def test_keyword_arguments_accept_models_and_sequences(tmp_path: Path) -> None:
    source = textwrap.dedent(
        """\
        \"\"\"Doc.\"\"\"

        from __future__ import annotations

        from typing import Any, NotRequired, TypeAlias

        from typing_extensions import TypedDict


        class Part(TypedDict):
            text: str


        PartAlias: TypeAlias = Part | str


        class Body(TypedDict, closed=True):
            parts: list[PartAlias]
            names: NotRequired[list[str] | None]
            part: NotRequired[Part | None]
            stream: NotRequired[bool]
        """
    )
    path = tmp_path / "params.py"
    path.write_text(source)
    document = {
        "paths": {
            "/go": {
                "post": {
                    "operationId": "go",
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Body"}}}},
                    "responses": {"200": {"content": {"text/event-stream": {"schema": {}}}}},
                }
            }
        }
    }
    append_call_params(path, document)
    text = path.read_text()
    assert "class GoParams(TypedDict):" in text
    assert "    parts: Sequence[PartAlias | SupportsToDict]" in text
    assert "    names: NotRequired[Sequence[str] | None]" in text
    assert "    part: NotRequired[Part | SupportsToDict | None]" in text
    assert "    stream:" not in text.split("class GoParams")[1]


def test_unions_list_every_known_member_of_the_spec_in_order() -> None:
    from thesys_c1._generated import unions

    document = spec.effective_spec()
    for name in ("ResponseStreamEvent", "ConversationItem", "ResponseOutputItem"):
        # The catch-all member (the types newer than the spec) is kept out, so that `.type ==` narrows.
        catch_all = catch_all_member(name, document)
        assert catch_all is not None, f"{name} is an open union"
        members = [ref["$ref"].rsplit("/", 1)[1] for ref in spec.component(name)["anyOf"]]
        members = [member for member in members if member != catch_all]
        titles = [spec.component(member).get("title", member) for member in members]
        assert getattr(unions, name) == " | ".join(titles)


def test_the_model_table_names_each_schemas_class_and_each_unions_members_as_the_spec_does() -> None:
    from thesys_c1._generated import model_table, models

    schemas = spec.effective_spec()["components"]["schemas"]
    assert set(model_table.MODEL_CLASSES) | set(model_table.UNION_MEMBERS) == set(schemas)
    assert not set(model_table.MODEL_CLASSES) & set(model_table.UNION_MEMBERS)
    title = {name: schema.get("title", name) for name, schema in schemas.items()}
    assert model_table.MODEL_CLASSES["Response"] == "ResponseObject"
    for name, class_name in model_table.MODEL_CLASSES.items():
        assert class_name == title[name]
        generated = getattr(models, class_name)
        # An enum schema is generated as a Literal alias; every other schema as a model class that parses.
        if "enum" in schemas[name]:
            assert typing.get_origin(generated) is typing.Literal, name
        else:
            assert isinstance(generated, type) and callable(getattr(generated, "from_dict", None)), name
    assert {"ResponseStreamEvent", "ConversationItem", "ResponseOutputItem"} <= set(model_table.UNION_MEMBERS)
    for name, members in model_table.UNION_MEMBERS.items():
        branches = schemas[name].get("anyOf") or schemas[name].get("oneOf")
        # Every branch, the catch-all too, in the spec's order: the first member that fits is the one parsed.
        assert members == tuple(title[ref["$ref"].rsplit("/", 1)[1]] for ref in branches), name
        assert all(hasattr(models, member) for member in members), name
