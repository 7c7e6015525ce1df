from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.conversation_message import ConversationMessage
    from ..models.response_output_function_call import ResponseOutputFunctionCall
    from ..models.response_output_function_call_output import ResponseOutputFunctionCallOutput
    from ..models.response_output_reasoning import ResponseOutputReasoning
    from ..models.response_unknown_output_item import ResponseUnknownOutputItem


T = TypeVar("T", bound="ConversationItemList")


@_attrs_define
class ConversationItemList:
    """One page of a conversation's items."""

    object_: Literal["list"]
    """ Always `list`. """
    data: list[
        ConversationMessage
        | ResponseOutputFunctionCall
        | ResponseOutputFunctionCallOutput
        | ResponseOutputReasoning
        | ResponseUnknownOutputItem
    ]
    """ The items on this page. """
    has_more: bool
    """ Whether more items follow this page. """
    first_id: None | str
    """ The id of the first item on this page; null when the page is empty. """
    last_id: None | str
    """ The id of the last item on this page; null when the page is empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, repr=False, eq=False)
    """ The `x-request-id` of the HTTP answer this object came from, when it came from one. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.conversation_message import ConversationMessage  # noqa: PLC0415
        from ..models.response_output_function_call import ResponseOutputFunctionCall  # noqa: PLC0415
        from ..models.response_output_function_call_output import ResponseOutputFunctionCallOutput  # noqa: PLC0415
        from ..models.response_output_reasoning import ResponseOutputReasoning  # noqa: PLC0415

        object_ = self.object_

        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, ConversationMessage):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ResponseOutputFunctionCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ResponseOutputFunctionCallOutput):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ResponseOutputReasoning):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        has_more = self.has_more

        first_id: None | str
        first_id = self.first_id

        last_id: None | str
        last_id = self.last_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "data": data,
                "has_more": has_more,
                "first_id": first_id,
                "last_id": last_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_message import ConversationMessage  # noqa: PLC0415
        from ..models.response_output_function_call import ResponseOutputFunctionCall  # noqa: PLC0415
        from ..models.response_output_function_call_output import ResponseOutputFunctionCallOutput  # noqa: PLC0415
        from ..models.response_output_reasoning import ResponseOutputReasoning  # noqa: PLC0415
        from ..models.response_unknown_output_item import ResponseUnknownOutputItem  # noqa: PLC0415

        d = dict(src_dict)
        object_ = cast(Literal["list"], d.pop("object"))
        if object_ != "list":
            raise ValueError(f"object must match const 'list', got '{object_}'")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:

            def _parse_data_item(
                data: object,
            ) -> (
                ConversationMessage
                | ResponseOutputFunctionCall
                | ResponseOutputFunctionCallOutput
                | ResponseOutputReasoning
                | ResponseUnknownOutputItem
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_conversation_item_type_0 = ConversationMessage.from_dict(data)

                    return componentsschemas_conversation_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_conversation_item_type_1 = ResponseOutputFunctionCall.from_dict(data)

                    return componentsschemas_conversation_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_conversation_item_type_2 = ResponseOutputFunctionCallOutput.from_dict(data)

                    return componentsschemas_conversation_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_conversation_item_type_3 = ResponseOutputReasoning.from_dict(data)

                    return componentsschemas_conversation_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_conversation_item_type_4 = ResponseUnknownOutputItem.from_dict(data)

                return componentsschemas_conversation_item_type_4

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        has_more = d.pop("has_more")

        def _parse_first_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_id = _parse_first_id(d.pop("first_id"))

        def _parse_last_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_id = _parse_last_id(d.pop("last_id"))

        conversation_item_list = cls(
            object_=object_,
            data=data,
            has_more=has_more,
            first_id=first_id,
            last_id=last_id,
        )

        conversation_item_list.additional_properties = d
        return conversation_item_list

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
    def object(self) -> Literal["list"]:
        """`object` as on the wire (the field is stored as `object_`)."""
        return self.object_
