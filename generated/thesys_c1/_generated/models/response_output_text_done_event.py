from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    integral,
    item_error,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_log_prob import ResponseLogProb


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "sequence_number",
        "item_id",
        "output_index",
        "content_index",
        "text",
        "logprobs",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseOutputTextDoneEvent(GeneratedModel):
    """An output text part is complete."""

    type: Literal["response.output_text.done"]
    """ Always `response.output_text.done`. """

    sequence_number: int
    """ The event's position in the stream. """

    item_id: str
    """ The id of the output item concerned. """

    output_index: int
    """ The position of that item in the output. """

    content_index: int
    """ The position of the content part in the item. """

    text: str
    """ The whole text of the part. """

    logprobs: list[ResponseLogProb] | None = None
    """ Log probabilities of the new tokens, when asked for. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = "response.output_text.done"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["sequence_number"] = self.sequence_number
        field_dict["item_id"] = self.item_id
        field_dict["output_index"] = self.output_index
        field_dict["content_index"] = self.content_index
        field_dict["text"] = self.text
        if self.logprobs is not None:
            field_dict["logprobs"] = [item.to_dict() for item in self.logprobs]
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        get = d.get
        absent = 0
        try:
            v_type_ = d["type"]
            v_sequence_number = d["sequence_number"]
            v_item_id = d["item_id"]
            v_output_index = d["output_index"]
            v_content_index = d["content_index"]
            v_text = d["text"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "response.output_text.done" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "response.output_text.done"))

        if not (type(v_sequence_number) is int or integral(v_sequence_number)):
            raise at("sequence_number", bad(v_sequence_number, "integer"))

        if not type(v_item_id) is str:
            raise at("item_id", bad(v_item_id, "string"))

        if not (type(v_output_index) is int or integral(v_output_index)):
            raise at("output_index", bad(v_output_index, "integer"))

        if not (type(v_content_index) is int or integral(v_content_index)):
            raise at("content_index", bad(v_content_index, "integer"))

        if not type(v_text) is str:
            raise at("text", bad(v_text, "string"))

        v_logprobs = get("logprobs", _ABSENT)
        if v_logprobs is _ABSENT:
            v_logprobs = None
            absent += 1
        else:
            if type(v_logprobs) is not list:
                raise at("logprobs", bad(v_logprobs, "array"))
            try:
                v_logprobs = list(map(_models.ResponseLogProb.from_dict, v_logprobs)) if v_logprobs else []
            except ShapeError as error:
                raise at("logprobs", item_error(error, v_logprobs, _models.ResponseLogProb.from_dict)) from None

        obj = new_model(cls)
        obj.type = "response.output_text.done"
        obj.sequence_number = v_sequence_number
        obj.item_id = v_item_id
        obj.output_index = v_output_index
        obj.content_index = v_content_index
        obj.text = v_text
        obj.logprobs = v_logprobs
        if len(d) + absent == 7:
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
