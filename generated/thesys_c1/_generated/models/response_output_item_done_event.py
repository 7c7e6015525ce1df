from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.response_output_function_call import ResponseOutputFunctionCall
    from ..models.response_output_function_call_output import ResponseOutputFunctionCallOutput
    from ..models.response_output_message import ResponseOutputMessage
    from ..models.response_output_reasoning import ResponseOutputReasoning
    from ..models.response_unknown_output_item import ResponseUnknownOutputItem


T = TypeVar("T", bound="ResponseOutputItemDoneEvent")


@_attrs_define
class ResponseOutputItemDoneEvent:
    """An output item is complete."""

    type_: Literal["response.output_item.done"]
    """ Always `response.output_item.done`. """
    sequence_number: int
    """ The event's position in the stream. """
    output_index: int
    """ The position of the item in the output. """
    item: (
        None
        | ResponseOutputFunctionCall
        | ResponseOutputFunctionCallOutput
        | ResponseOutputMessage
        | ResponseOutputReasoning
        | ResponseUnknownOutputItem
    )
    """ The finished item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_output_function_call import ResponseOutputFunctionCall  # noqa: PLC0415
        from ..models.response_output_function_call_output import ResponseOutputFunctionCallOutput  # noqa: PLC0415
        from ..models.response_output_message import ResponseOutputMessage  # noqa: PLC0415
        from ..models.response_output_reasoning import ResponseOutputReasoning  # noqa: PLC0415
        from ..models.response_unknown_output_item import ResponseUnknownOutputItem  # noqa: PLC0415

        type_ = self.type_

        sequence_number = self.sequence_number

        output_index = self.output_index

        item: dict[str, Any] | None
        if isinstance(self.item, ResponseOutputMessage):
            item = self.item.to_dict()
        elif isinstance(self.item, ResponseOutputFunctionCall):
            item = self.item.to_dict()
        elif isinstance(self.item, ResponseOutputFunctionCallOutput):
            item = self.item.to_dict()
        elif isinstance(self.item, ResponseOutputReasoning):
            item = self.item.to_dict()
        elif isinstance(self.item, ResponseUnknownOutputItem):
            item = self.item.to_dict()
        else:
            item = self.item

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "sequence_number": sequence_number,
                "output_index": output_index,
                "item": item,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_output_function_call import ResponseOutputFunctionCall  # noqa: PLC0415
        from ..models.response_output_function_call_output import ResponseOutputFunctionCallOutput  # noqa: PLC0415
        from ..models.response_output_message import ResponseOutputMessage  # noqa: PLC0415
        from ..models.response_output_reasoning import ResponseOutputReasoning  # noqa: PLC0415
        from ..models.response_unknown_output_item import ResponseUnknownOutputItem  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["response.output_item.done"], d.pop("type"))
        if type_ != "response.output_item.done":
            raise ValueError(f"type must match const 'response.output_item.done', got '{type_}'")

        sequence_number = d.pop("sequence_number")

        output_index = d.pop("output_index")

        def _parse_item(
            data: object,
        ) -> (
            None
            | ResponseOutputFunctionCall
            | ResponseOutputFunctionCallOutput
            | ResponseOutputMessage
            | ResponseOutputReasoning
            | ResponseUnknownOutputItem
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_output_item_type_0 = ResponseOutputMessage.from_dict(data)

                return componentsschemas_response_output_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_output_item_type_1 = ResponseOutputFunctionCall.from_dict(data)

                return componentsschemas_response_output_item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_output_item_type_2 = ResponseOutputFunctionCallOutput.from_dict(data)

                return componentsschemas_response_output_item_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_output_item_type_3 = ResponseOutputReasoning.from_dict(data)

                return componentsschemas_response_output_item_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_output_item_type_4 = ResponseUnknownOutputItem.from_dict(data)

                return componentsschemas_response_output_item_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | ResponseOutputFunctionCall
                | ResponseOutputFunctionCallOutput
                | ResponseOutputMessage
                | ResponseOutputReasoning
                | ResponseUnknownOutputItem,
                data,
            )

        item = _parse_item(d.pop("item"))

        response_output_item_done_event = cls(
            type_=type_,
            sequence_number=sequence_number,
            output_index=output_index,
            item=item,
        )

        response_output_item_done_event.additional_properties = d
        return response_output_item_done_event

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
    def type(self) -> Literal["response.output_item.done"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
