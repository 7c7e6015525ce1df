from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    decode,
    encode,
    integral,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_output_refusal import ResponseOutputRefusal
    from ..models.response_output_text import ResponseOutputText
    from ..models.response_reasoning_text import ResponseReasoningText
    from ..models.response_summary_text import ResponseSummaryText


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "sequence_number",
        "item_id",
        "output_index",
        "content_index",
        "part",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseContentPartDoneEvent(GeneratedModel):
    """A content part of an output item is complete."""

    type: Literal["response.content_part.done"]
    """ Always `response.content_part.done`. """

    sequence_number: int
    """ The event's position in the stream. """

    item_id: str
    """ The id of the output item concerned. """

    output_index: int
    """ The position of that item in the output. """

    content_index: int
    """ The position of the content part in the item. """

    part: ResponseOutputRefusal | ResponseOutputText | ResponseReasoningText | ResponseSummaryText
    """ A content part of an output item, as carried by part events; part types not listed here are kept as unknown
    parts. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = "response.content_part.done"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["sequence_number"] = self.sequence_number
        field_dict["item_id"] = self.item_id
        field_dict["output_index"] = self.output_index
        field_dict["content_index"] = self.content_index
        field_dict["part"] = encode(self.part)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        try:
            v_type_ = d["type"]
            v_sequence_number = d["sequence_number"]
            v_item_id = d["item_id"]
            v_output_index = d["output_index"]
            v_content_index = d["content_index"]
            v_part = d["part"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "response.content_part.done" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "response.content_part.done"))

        if not (type(v_sequence_number) is int or integral(v_sequence_number)):
            raise at("sequence_number", bad(v_sequence_number, "integer"))

        if not type(v_item_id) is str:
            raise at("item_id", bad(v_item_id, "string"))

        if not (type(v_output_index) is int or integral(v_output_index)):
            raise at("output_index", bad(v_output_index, "integer"))

        if not (type(v_content_index) is int or integral(v_content_index)):
            raise at("content_index", bad(v_content_index, "integer"))

        try:
            v_part = decode(
                v_part,
                (
                    "union",
                    (
                        ("model", "ResponseOutputText"),
                        ("model", "ResponseOutputRefusal"),
                        ("model", "ResponseReasoningText"),
                        ("model", "ResponseSummaryText"),
                    ),
                ),
            )
        except ShapeError as error:
            raise at("part", error) from None

        obj = new_model(cls)
        obj.type = "response.content_part.done"
        obj.sequence_number = v_sequence_number
        obj.item_id = v_item_id
        obj.output_index = v_output_index
        obj.content_index = v_content_index
        obj.part = v_part
        if len(d) == 6:
            obj.additional_properties = {}
        else:
            obj.additional_properties = {name: value for name, value in d.items() if name not in _KNOWN_KEYS}
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
