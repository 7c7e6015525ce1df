from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.response_apply_patch_call_item import ResponseApplyPatchCallItem
    from ..models.response_apply_patch_call_output_item import ResponseApplyPatchCallOutputItem
    from ..models.response_custom_tool_call_item import ResponseCustomToolCallItem
    from ..models.response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem
    from ..models.response_function_call_item import ResponseFunctionCallItem
    from ..models.response_function_call_output_item import ResponseFunctionCallOutputItem
    from ..models.response_item_reference_item import ResponseItemReferenceItem
    from ..models.response_local_shell_call_item import ResponseLocalShellCallItem
    from ..models.response_local_shell_call_output_item import ResponseLocalShellCallOutputItem
    from ..models.response_message_item import ResponseMessageItem
    from ..models.response_output_message_item import ResponseOutputMessageItem
    from ..models.response_reasoning_item import ResponseReasoningItem
    from ..models.response_shell_call_item import ResponseShellCallItem
    from ..models.response_shell_call_output_item import ResponseShellCallOutputItem


T = TypeVar("T", bound="CreateConversationItemsRequest")


@_attrs_define
class CreateConversationItemsRequest:
    """Items to append to a conversation."""

    items: list[
        ResponseApplyPatchCallItem
        | ResponseApplyPatchCallOutputItem
        | ResponseCustomToolCallItem
        | ResponseCustomToolCallOutputItem
        | ResponseFunctionCallItem
        | ResponseFunctionCallOutputItem
        | ResponseItemReferenceItem
        | ResponseLocalShellCallItem
        | ResponseLocalShellCallOutputItem
        | ResponseMessageItem
        | ResponseOutputMessageItem
        | ResponseReasoningItem
        | ResponseShellCallItem
        | ResponseShellCallOutputItem
    ]
    """ Between 1 and 20 items, added in this order. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_apply_patch_call_item import ResponseApplyPatchCallItem  # noqa: PLC0415
        from ..models.response_apply_patch_call_output_item import ResponseApplyPatchCallOutputItem  # noqa: PLC0415
        from ..models.response_custom_tool_call_item import ResponseCustomToolCallItem  # noqa: PLC0415
        from ..models.response_function_call_item import ResponseFunctionCallItem  # noqa: PLC0415
        from ..models.response_function_call_output_item import ResponseFunctionCallOutputItem  # noqa: PLC0415
        from ..models.response_item_reference_item import ResponseItemReferenceItem  # noqa: PLC0415
        from ..models.response_local_shell_call_item import ResponseLocalShellCallItem  # noqa: PLC0415
        from ..models.response_local_shell_call_output_item import ResponseLocalShellCallOutputItem  # noqa: PLC0415
        from ..models.response_message_item import ResponseMessageItem  # noqa: PLC0415
        from ..models.response_output_message_item import ResponseOutputMessageItem  # noqa: PLC0415
        from ..models.response_reasoning_item import ResponseReasoningItem  # noqa: PLC0415
        from ..models.response_shell_call_item import ResponseShellCallItem  # noqa: PLC0415
        from ..models.response_shell_call_output_item import ResponseShellCallOutputItem  # noqa: PLC0415

        items = []
        for items_item_data in self.items:
            items_item: dict[str, Any]
            if isinstance(items_item_data, ResponseOutputMessageItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ResponseMessageItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ResponseFunctionCallItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ResponseFunctionCallOutputItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ResponseItemReferenceItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ResponseReasoningItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ResponseLocalShellCallItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ResponseLocalShellCallOutputItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ResponseShellCallItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ResponseShellCallOutputItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ResponseApplyPatchCallItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ResponseApplyPatchCallOutputItem):
                items_item = items_item_data.to_dict()
            elif isinstance(items_item_data, ResponseCustomToolCallItem):
                items_item = items_item_data.to_dict()
            else:
                items_item = items_item_data.to_dict()

            items.append(items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_apply_patch_call_item import ResponseApplyPatchCallItem  # noqa: PLC0415
        from ..models.response_apply_patch_call_output_item import ResponseApplyPatchCallOutputItem  # noqa: PLC0415
        from ..models.response_custom_tool_call_item import ResponseCustomToolCallItem  # noqa: PLC0415
        from ..models.response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem  # noqa: PLC0415
        from ..models.response_function_call_item import ResponseFunctionCallItem  # noqa: PLC0415
        from ..models.response_function_call_output_item import ResponseFunctionCallOutputItem  # noqa: PLC0415
        from ..models.response_item_reference_item import ResponseItemReferenceItem  # noqa: PLC0415
        from ..models.response_local_shell_call_item import ResponseLocalShellCallItem  # noqa: PLC0415
        from ..models.response_local_shell_call_output_item import ResponseLocalShellCallOutputItem  # noqa: PLC0415
        from ..models.response_message_item import ResponseMessageItem  # noqa: PLC0415
        from ..models.response_output_message_item import ResponseOutputMessageItem  # noqa: PLC0415
        from ..models.response_reasoning_item import ResponseReasoningItem  # noqa: PLC0415
        from ..models.response_shell_call_item import ResponseShellCallItem  # noqa: PLC0415
        from ..models.response_shell_call_output_item import ResponseShellCallOutputItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:

            def _parse_items_item(
                data: object,
            ) -> (
                ResponseApplyPatchCallItem
                | ResponseApplyPatchCallOutputItem
                | ResponseCustomToolCallItem
                | ResponseCustomToolCallOutputItem
                | ResponseFunctionCallItem
                | ResponseFunctionCallOutputItem
                | ResponseItemReferenceItem
                | ResponseLocalShellCallItem
                | ResponseLocalShellCallOutputItem
                | ResponseMessageItem
                | ResponseOutputMessageItem
                | ResponseReasoningItem
                | ResponseShellCallItem
                | ResponseShellCallOutputItem
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_input_item_type_0 = ResponseOutputMessageItem.from_dict(data)

                    return componentsschemas_response_input_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_input_item_type_1 = ResponseMessageItem.from_dict(data)

                    return componentsschemas_response_input_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_input_item_type_2 = ResponseFunctionCallItem.from_dict(data)

                    return componentsschemas_response_input_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_input_item_type_3 = ResponseFunctionCallOutputItem.from_dict(data)

                    return componentsschemas_response_input_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_input_item_type_4 = ResponseItemReferenceItem.from_dict(data)

                    return componentsschemas_response_input_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_input_item_type_5 = ResponseReasoningItem.from_dict(data)

                    return componentsschemas_response_input_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_input_item_type_6 = ResponseLocalShellCallItem.from_dict(data)

                    return componentsschemas_response_input_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_input_item_type_7 = ResponseLocalShellCallOutputItem.from_dict(data)

                    return componentsschemas_response_input_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_input_item_type_8 = ResponseShellCallItem.from_dict(data)

                    return componentsschemas_response_input_item_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_input_item_type_9 = ResponseShellCallOutputItem.from_dict(data)

                    return componentsschemas_response_input_item_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_input_item_type_10 = ResponseApplyPatchCallItem.from_dict(data)

                    return componentsschemas_response_input_item_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_input_item_type_11 = ResponseApplyPatchCallOutputItem.from_dict(data)

                    return componentsschemas_response_input_item_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_response_input_item_type_12 = ResponseCustomToolCallItem.from_dict(data)

                    return componentsschemas_response_input_item_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_input_item_type_13 = ResponseCustomToolCallOutputItem.from_dict(data)

                return componentsschemas_response_input_item_type_13

            items_item = _parse_items_item(items_item_data)

            items.append(items_item)

        create_conversation_items_request = cls(
            items=items,
        )

        return create_conversation_items_request
