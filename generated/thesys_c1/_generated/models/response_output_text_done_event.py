from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_log_prob import ResponseLogProb


T = TypeVar("T", bound="ResponseOutputTextDoneEvent")


@_attrs_define
class ResponseOutputTextDoneEvent:
    """An output text part is complete."""

    type_: Literal["response.output_text.done"]
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
    logprobs: list[ResponseLogProb] | Unset = UNSET
    """ Log probabilities of the new tokens, when asked for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        sequence_number = self.sequence_number

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        text = self.text

        logprobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.logprobs, Unset):
            logprobs = []
            for logprobs_item_data in self.logprobs:
                logprobs_item = logprobs_item_data.to_dict()
                logprobs.append(logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
                "item_id": item_id,
                "output_index": output_index,
                "content_index": content_index,
                "text": text,
            }
        )
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_log_prob import ResponseLogProb  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["response.output_text.done"], d.pop("type"))
        if type_ != "response.output_text.done":
            raise ValueError(f"type must match const 'response.output_text.done', got '{type_}'")

        sequence_number = d.pop("sequence_number")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        content_index = d.pop("content_index")

        text = d.pop("text")

        _logprobs = d.pop("logprobs", UNSET)
        logprobs: list[ResponseLogProb] | Unset = UNSET
        if _logprobs is not UNSET:
            logprobs = []
            for logprobs_item_data in _logprobs:
                logprobs_item = ResponseLogProb.from_dict(logprobs_item_data)

                logprobs.append(logprobs_item)

        response_output_text_done_event = cls(
            type_=type_,
            sequence_number=sequence_number,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            text=text,
            logprobs=logprobs,
        )

        response_output_text_done_event.additional_properties = d
        return response_output_text_done_event

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

    @property
    def type(self) -> Literal["response.output_text.done"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
