from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    decode,
    encode,
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_input_file import ResponseInputFile
    from ..models.response_input_image import ResponseInputImage
    from ..models.response_input_text import ResponseInputText


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "call_id",
        "output",
        "id",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseCustomToolCallOutputItem(GeneratedModel):
    """What a custom tool call returned."""

    type: Literal["custom_tool_call_output"]
    """ Always `custom_tool_call_output`. """

    call_id: str
    """ The `call_id` of the call this answers. """

    output: list[ResponseInputFile | ResponseInputImage | ResponseInputText] | str
    """ The result, as a string or a list of text, image and file parts. """

    id: None | str = None
    """ The item's id. """

    _wire_type: ClassVar[str | None] = "custom_tool_call_output"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["call_id"] = self.call_id
        field_dict["output"] = encode(self.output)
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in getattr(self, "_null_keys", ()):
            field_dict["id"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        nulls: tuple[str, ...] = ()
        get = d.get
        try:
            v_type_ = d["type"]
            v_call_id = d["call_id"]
            v_output = d["output"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "custom_tool_call_output" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "custom_tool_call_output"))

        if not type(v_call_id) is str:
            raise at("call_id", bad(v_call_id, "string"))

        try:
            v_output = decode(
                v_output,
                (
                    "union",
                    (
                        "string",
                        (
                            "list",
                            (
                                "union",
                                (
                                    ("model", "ResponseInputText"),
                                    ("model", "ResponseInputImage"),
                                    ("model", "ResponseInputFile"),
                                ),
                            ),
                        ),
                    ),
                ),
            )
        except ShapeError as error:
            raise at("output", error) from None

        v_id = get("id", _ABSENT)
        if v_id is _ABSENT:
            v_id = None
        elif v_id is None:
            nulls += ("id",)
        else:
            if not type(v_id) is str:
                raise at("id", bad(v_id, "string or null"))

        obj = new_model(cls)
        obj.type = "custom_tool_call_output"
        obj.call_id = v_call_id
        obj.output = v_output
        obj.id = v_id
        if nulls:
            keep_nulls(obj, nulls)
        return obj
