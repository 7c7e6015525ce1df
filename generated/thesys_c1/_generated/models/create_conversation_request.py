from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_conversation_request_metadata_type_0 import CreateConversationRequestMetadataType0
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


T = TypeVar("T", bound="CreateConversationRequest")


@_attrs_define
class CreateConversationRequest:
    """What a new conversation starts with. Every field may be left out."""

    items: (
        list[
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
        | None
        | Unset
    ) = UNSET
    """ Items to seed the conversation with, at most 20. """
    metadata: CreateConversationRequestMetadataType0 | None | Unset = UNSET
    """ Up to 16 string pairs to tag the conversation with (keys up to 64 characters, values up to 512). """

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_conversation_request_metadata_type_0 import CreateConversationRequestMetadataType0  # noqa: PLC0415
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

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item: dict[str, Any]
                if isinstance(items_type_0_item_data, ResponseOutputMessageItem):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, ResponseMessageItem):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, ResponseFunctionCallItem):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, ResponseFunctionCallOutputItem):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, ResponseItemReferenceItem):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, ResponseReasoningItem):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, ResponseLocalShellCallItem):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, ResponseLocalShellCallOutputItem):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, ResponseShellCallItem):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, ResponseShellCallOutputItem):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, ResponseApplyPatchCallItem):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, ResponseApplyPatchCallOutputItem):
                    items_type_0_item = items_type_0_item_data.to_dict()
                elif isinstance(items_type_0_item_data, ResponseCustomToolCallItem):
                    items_type_0_item = items_type_0_item_data.to_dict()
                else:
                    items_type_0_item = items_type_0_item_data.to_dict()

                items.append(items_type_0_item)

        else:
            items = self.items

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, CreateConversationRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_conversation_request_metadata_type_0 import CreateConversationRequestMetadataType0  # noqa: PLC0415
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

        def _parse_items(
            data: object,
        ) -> (
            list[
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
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:

                    def _parse_items_type_0_item(
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
                            componentsschemas_response_input_item_type_3 = ResponseFunctionCallOutputItem.from_dict(
                                data
                            )

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
                            componentsschemas_response_input_item_type_7 = ResponseLocalShellCallOutputItem.from_dict(
                                data
                            )

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
                            componentsschemas_response_input_item_type_11 = ResponseApplyPatchCallOutputItem.from_dict(
                                data
                            )

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

                    items_type_0_item = _parse_items_type_0_item(items_type_0_item_data)

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
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
                | None
                | Unset,
                data,
            )

        items = _parse_items(d.pop("items", UNSET))

        def _parse_metadata(data: object) -> CreateConversationRequestMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = CreateConversationRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateConversationRequestMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        create_conversation_request = cls(
            items=items,
            metadata=metadata,
        )

        return create_conversation_request
