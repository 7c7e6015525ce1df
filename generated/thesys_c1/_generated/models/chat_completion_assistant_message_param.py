from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_assistant_message_param_annotations_type_0_item import (
        ChatCompletionAssistantMessageParamAnnotationsType0Item,
    )
    from ..models.chat_completion_content_part_refusal import ChatCompletionContentPartRefusal
    from ..models.chat_completion_content_part_text import ChatCompletionContentPartText
    from ..models.chat_completion_function_call import ChatCompletionFunctionCall
    from ..models.chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall


T = TypeVar("T", bound="ChatCompletionAssistantMessageParam")


@_attrs_define
class ChatCompletionAssistantMessageParam:
    """An earlier answer of the model, sent back as history."""

    role: Literal["assistant"]
    content: list[ChatCompletionContentPartRefusal | ChatCompletionContentPartText] | None | str | Unset = UNSET
    """ The answer's text; may be null when it only calls tools. """
    refusal: None | str | Unset = UNSET
    """ The model's refusal, if it refused. """
    name: str | Unset = UNSET
    """ A name telling apart participants with the same role. """
    audio: None | Unset = UNSET
    """ Always null; C1 does not take audio. Accepted so that an answer's message can be sent back as history. """
    tool_calls: list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall] | None | Unset = UNSET
    """ The tool calls the model made in that answer; null (as a message read from an answer may hold) is the same
    as none. """
    function_call: ChatCompletionFunctionCall | None | Unset = UNSET
    """ The function call the model made, in the older format. Superseded by `tool_calls`. """
    annotations: list[ChatCompletionAssistantMessageParamAnnotationsType0Item] | None | Unset = UNSET
    """ Notes the answer carried (such as web citations), echoed back when the answer's message is sent as history.
    The server ignores them. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_content_part_text import ChatCompletionContentPartText  # noqa: PLC0415
        from ..models.chat_completion_function_call import ChatCompletionFunctionCall  # noqa: PLC0415
        from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall  # noqa: PLC0415

        role = self.role

        content: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, ChatCompletionContentPartText):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        name = self.name

        audio = self.audio

        tool_calls: list[dict[str, Any]] | None | Unset
        if isinstance(self.tool_calls, Unset):
            tool_calls = UNSET
        elif isinstance(self.tool_calls, list):
            tool_calls = []
            for tool_calls_type_0_item_data in self.tool_calls:
                tool_calls_type_0_item: dict[str, Any]
                if isinstance(tool_calls_type_0_item_data, ChatCompletionMessageToolCall):
                    tool_calls_type_0_item = tool_calls_type_0_item_data.to_dict()
                else:
                    tool_calls_type_0_item = tool_calls_type_0_item_data.to_dict()

                tool_calls.append(tool_calls_type_0_item)

        else:
            tool_calls = self.tool_calls

        function_call: dict[str, Any] | None | Unset
        if isinstance(self.function_call, Unset):
            function_call = UNSET
        elif isinstance(self.function_call, ChatCompletionFunctionCall):
            function_call = self.function_call.to_dict()
        else:
            function_call = self.function_call

        annotations: list[dict[str, Any]] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, list):
            annotations = []
            for annotations_type_0_item_data in self.annotations:
                annotations_type_0_item = annotations_type_0_item_data.to_dict()
                annotations.append(annotations_type_0_item)

        else:
            annotations = self.annotations

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if name is not UNSET:
            field_dict["name"] = name
        if audio is not UNSET:
            field_dict["audio"] = audio
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_assistant_message_param_annotations_type_0_item import (
            ChatCompletionAssistantMessageParamAnnotationsType0Item,  # noqa: PLC0415
        )
        from ..models.chat_completion_content_part_refusal import ChatCompletionContentPartRefusal  # noqa: PLC0415
        from ..models.chat_completion_content_part_text import ChatCompletionContentPartText  # noqa: PLC0415
        from ..models.chat_completion_function_call import ChatCompletionFunctionCall  # noqa: PLC0415
        from ..models.chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall  # noqa: PLC0415
        from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall  # noqa: PLC0415

        d = dict(src_dict)
        role = cast(Literal["assistant"], d.pop("role"))
        if role != "assistant":
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        def _parse_content(
            data: object,
        ) -> list[ChatCompletionContentPartRefusal | ChatCompletionContentPartText] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> ChatCompletionContentPartRefusal | ChatCompletionContentPartText:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_assistant_content_part_type_0 = (
                                ChatCompletionContentPartText.from_dict(data)
                            )

                            return componentsschemas_chat_completion_assistant_content_part_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_completion_assistant_content_part_type_1 = (
                            ChatCompletionContentPartRefusal.from_dict(data)
                        )

                        return componentsschemas_chat_completion_assistant_content_part_type_1

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ChatCompletionContentPartRefusal | ChatCompletionContentPartText] | None | str | Unset, data
            )

        content = _parse_content(d.pop("content", UNSET))

        def _parse_refusal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refusal = _parse_refusal(d.pop("refusal", UNSET))

        name = d.pop("name", UNSET)

        audio = d.pop("audio", UNSET)

        def _parse_tool_calls(
            data: object,
        ) -> list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tool_calls_type_0 = []
                _tool_calls_type_0 = data
                for tool_calls_type_0_item_data in _tool_calls_type_0:

                    def _parse_tool_calls_type_0_item(
                        data: object,
                    ) -> ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tool_calls_type_0_item_type_0 = ChatCompletionMessageToolCall.from_dict(data)

                            return tool_calls_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        tool_calls_type_0_item_type_1 = ChatCompletionMessageCustomToolCall.from_dict(data)

                        return tool_calls_type_0_item_type_1

                    tool_calls_type_0_item = _parse_tool_calls_type_0_item(tool_calls_type_0_item_data)

                    tool_calls_type_0.append(tool_calls_type_0_item)

                return tool_calls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall] | None | Unset, data)

        tool_calls = _parse_tool_calls(d.pop("tool_calls", UNSET))

        def _parse_function_call(data: object) -> ChatCompletionFunctionCall | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                function_call_type_0 = ChatCompletionFunctionCall.from_dict(data)

                return function_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionFunctionCall | None | Unset, data)

        function_call = _parse_function_call(d.pop("function_call", UNSET))

        def _parse_annotations(
            data: object,
        ) -> list[ChatCompletionAssistantMessageParamAnnotationsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                annotations_type_0 = []
                _annotations_type_0 = data
                for annotations_type_0_item_data in _annotations_type_0:
                    annotations_type_0_item = ChatCompletionAssistantMessageParamAnnotationsType0Item.from_dict(
                        annotations_type_0_item_data
                    )

                    annotations_type_0.append(annotations_type_0_item)

                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatCompletionAssistantMessageParamAnnotationsType0Item] | None | Unset, data)

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        chat_completion_assistant_message_param = cls(
            role=role,
            content=content,
            refusal=refusal,
            name=name,
            audio=audio,
            tool_calls=tool_calls,
            function_call=function_call,
            annotations=annotations,
        )

        return chat_completion_assistant_message_param
