"""The generator's additions for the client: lazy package inits, wire-name properties, request-id
slots, keyword-argument TypedDicts and model unions."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import typing
from pathlib import Path

import pytest

from generator.call_params import append_call_params
from generator.lazy_init import make_lazy
from generator.model_extras import ModelExtrasError, _add_to_class
from thesys_c1._generated import params, types
from thesys_c1.lib import spec


def test_a_lazy_init_imports_a_submodule_only_when_its_name_is_used(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "alpha.py").write_text("import sys\nsys.modules['pkg'].loaded.append('alpha')\nclass A: ...\n")
    (package / "beta.py").write_text("import sys\nsys.modules['pkg'].loaded.append('beta')\nclass B: ...\n")
    (package / "__init__.py").write_text(
        '"""Doc."""\n\nfrom .alpha import A\nfrom .beta import B\n\n__all__ = ("A", "B")\n'
    )
    make_lazy(package / "__init__.py")
    (package / "__init__.py").write_text((package / "__init__.py").read_text() + "\nloaded: list[str] = []\n")

    script = (
        "import pkg\nprint(pkg.loaded)\nprint(pkg.B.__name__, pkg.loaded)\nprint([n for n in dir(pkg) if n in 'AB'])"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ["[]", "B ['beta']", "['A', 'B']"]
    failed = subprocess.run([sys.executable, "-c", "import pkg; pkg.C"], cwd=tmp_path, capture_output=True, text=True)
    assert "has no attribute 'C'" in failed.stderr


MODEL = textwrap.dedent(
    """
    from attrs import define as _attrs_define
    from attrs import field as _attrs_field

    @_attrs_define
    class Event:
        type_: Literal["x"]
        from_: str
        id: str
        additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

        def to_dict(self) -> dict[str, Any]:
            return {}
    """
)


def test_wire_name_properties_for_builtin_names_only() -> None:
    source = _add_to_class(MODEL, "Event", with_request_id=False, where=Path("event.py"))
    assert "def type(self) -> Literal['x']:" in source
    assert "return self.type_" in source
    assert "def from(" not in source  # a keyword cannot be an attribute name
    assert "_request_id" not in source


def test_answer_models_get_a_request_id_slot() -> None:
    source = _add_to_class(MODEL, "Event", with_request_id=True, where=Path("event.py"))
    assert "_request_id: str | None = _attrs_field(default=None, init=False, repr=False, eq=False)" in source
    closed = MODEL.replace("    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)\n", "")
    with pytest.raises(ModelExtrasError, match="additional_properties"):
        _add_to_class(closed, "Event", with_request_id=True, where=Path("event.py"))


def test_generated_models_read_as_on_the_wire() -> None:
    from thesys_c1.types import ResponseOutputTextDeltaEvent

    event = ResponseOutputTextDeltaEvent.from_dict(
        {
            "type": "response.output_text.delta",
            "sequence_number": 1,
            "item_id": "m",
            "output_index": 0,
            "content_index": 0,
            "delta": "hi",
        }
    )
    assert event.type == "response.output_text.delta"
    assert repr(types.UNSET) == "UNSET"


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


def test_unions_list_every_member_of_the_spec_in_order() -> None:
    from thesys_c1._generated import unions

    for name in ("ResponseStreamEvent", "ConversationItem", "ResponseOutputItem"):
        members = [ref["$ref"].rsplit("/", 1)[1] for ref in spec.component(name)["anyOf"]]
        titles = [spec.component(member).get("title", member) for member in members]
        assert getattr(unions, name) == " | ".join(titles)
