from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.response_output_refusal import ResponseOutputRefusal
    from ..models.response_output_text import ResponseOutputText
    from ..models.response_reasoning_text import ResponseReasoningText
    from ..models.response_summary_text import ResponseSummaryText
    from ..models.response_unknown_content_part import ResponseUnknownContentPart


T = TypeVar("T", bound="ResponseReasoningSummaryPartDoneEvent")


@_attrs_define
class ResponseReasoningSummaryPartDoneEvent:
    """A reasoning summary part is complete."""

    type_: Literal["response.reasoning_summary_part.done"]
    """ Always `response.reasoning_summary_part.done`. """
    sequence_number: int
    """ The event's position in the stream. """
    item_id: str
    """ The id of the output item concerned. """
    output_index: int
    """ The position of that item in the output. """
    summary_index: int
    """ The position of the summary part in the item. """
    part: (
        ResponseOutputRefusal
        | ResponseOutputText
        | ResponseReasoningText
        | ResponseSummaryText
        | ResponseUnknownContentPart
    )
    """ A content part of an output item, as carried by part events; part types not listed here are kept as unknown
    parts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_output_refusal import ResponseOutputRefusal  # noqa: PLC0415
        from ..models.response_output_text import ResponseOutputText  # noqa: PLC0415
        from ..models.response_reasoning_text import ResponseReasoningText  # noqa: PLC0415
        from ..models.response_summary_text import ResponseSummaryText  # noqa: PLC0415

        type_ = self.type_

        sequence_number = self.sequence_number

        item_id = self.item_id

        output_index = self.output_index

        summary_index = self.summary_index

        part: dict[str, Any]
        if isinstance(self.part, ResponseOutputText):
            part = self.part.to_dict()
        elif isinstance(self.part, ResponseOutputRefusal):
            part = self.part.to_dict()
        elif isinstance(self.part, ResponseReasoningText):
            part = self.part.to_dict()
        elif isinstance(self.part, ResponseSummaryText):
            part = self.part.to_dict()
        else:
            part = self.part.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
                "item_id": item_id,
                "output_index": output_index,
                "summary_index": summary_index,
                "part": part,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_output_refusal import ResponseOutputRefusal  # noqa: PLC0415
        from ..models.response_output_text import ResponseOutputText  # noqa: PLC0415
        from ..models.response_reasoning_text import ResponseReasoningText  # noqa: PLC0415
        from ..models.response_summary_text import ResponseSummaryText  # noqa: PLC0415
        from ..models.response_unknown_content_part import ResponseUnknownContentPart  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["response.reasoning_summary_part.done"], d.pop("type"))
        if type_ != "response.reasoning_summary_part.done":
            raise ValueError(f"type must match const 'response.reasoning_summary_part.done', got '{type_}'")

        sequence_number = d.pop("sequence_number")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        summary_index = d.pop("summary_index")

        def _parse_part(
            data: object,
        ) -> (
            ResponseOutputRefusal
            | ResponseOutputText
            | ResponseReasoningText
            | ResponseSummaryText
            | ResponseUnknownContentPart
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_content_part_type_0 = ResponseOutputText.from_dict(data)

                return componentsschemas_response_content_part_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_content_part_type_1 = ResponseOutputRefusal.from_dict(data)

                return componentsschemas_response_content_part_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_content_part_type_2 = ResponseReasoningText.from_dict(data)

                return componentsschemas_response_content_part_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_content_part_type_3 = ResponseSummaryText.from_dict(data)

                return componentsschemas_response_content_part_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_response_content_part_type_4 = ResponseUnknownContentPart.from_dict(data)

            return componentsschemas_response_content_part_type_4

        part = _parse_part(d.pop("part"))

        response_reasoning_summary_part_done_event = cls(
            type_=type_,
            sequence_number=sequence_number,
            item_id=item_id,
            output_index=output_index,
            summary_index=summary_index,
            part=part,
        )

        response_reasoning_summary_part_done_event.additional_properties = d
        return response_reasoning_summary_part_done_event

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
    def type(self) -> Literal["response.reasoning_summary_part.done"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
