from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_audio import ChatCompletionAudio
    from ..models.chat_completion_function_call import ChatCompletionFunctionCall
    from ..models.chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.chat_completion_unknown_annotation import ChatCompletionUnknownAnnotation
    from ..models.chat_completion_unknown_tool_call import ChatCompletionUnknownToolCall
    from ..models.chat_completion_url_citation_annotation import ChatCompletionUrlCitationAnnotation


T = TypeVar("T", bound="ChatCompletionMessage")


@_attrs_define
class ChatCompletionMessage:
    """The message the model produced."""

    role: str
    """ Always `assistant`. """
    content: None | str | Unset = UNSET
    """ The answer's text; null when the model only calls tools. """
    refusal: None | str | Unset = UNSET
    """ The model's refusal, if it refused. """
    tool_calls: (
        list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall | ChatCompletionUnknownToolCall]
        | None
        | Unset
    ) = UNSET
    """ The tool calls the model asks for. """
    function_call: ChatCompletionFunctionCall | None | Unset = UNSET
    """ The function call the model asks for, in the older format. """
    annotations: list[ChatCompletionUnknownAnnotation | ChatCompletionUrlCitationAnnotation] | None | Unset = UNSET
    """ Notes attached to the text, such as web citations. """
    audio: ChatCompletionAudio | None | Unset = UNSET
    """ The spoken answer, when audio output was asked for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_audio import ChatCompletionAudio  # noqa: PLC0415
        from ..models.chat_completion_function_call import ChatCompletionFunctionCall  # noqa: PLC0415
        from ..models.chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall  # noqa: PLC0415
        from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall  # noqa: PLC0415
        from ..models.chat_completion_url_citation_annotation import ChatCompletionUrlCitationAnnotation  # noqa: PLC0415

        role = self.role

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        tool_calls: list[dict[str, Any]] | None | Unset
        if isinstance(self.tool_calls, Unset):
            tool_calls = UNSET
        elif isinstance(self.tool_calls, list):
            tool_calls = []
            for tool_calls_type_0_item_data in self.tool_calls:
                tool_calls_type_0_item: dict[str, Any]
                if isinstance(tool_calls_type_0_item_data, ChatCompletionMessageToolCall):
                    tool_calls_type_0_item = tool_calls_type_0_item_data.to_dict()
                elif isinstance(tool_calls_type_0_item_data, ChatCompletionMessageCustomToolCall):
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
                annotations_type_0_item: dict[str, Any]
                if isinstance(annotations_type_0_item_data, ChatCompletionUrlCitationAnnotation):
                    annotations_type_0_item = annotations_type_0_item_data.to_dict()
                else:
                    annotations_type_0_item = annotations_type_0_item_data.to_dict()

                annotations.append(annotations_type_0_item)

        else:
            annotations = self.annotations

        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, ChatCompletionAudio):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if audio is not UNSET:
            field_dict["audio"] = audio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_audio import ChatCompletionAudio  # noqa: PLC0415
        from ..models.chat_completion_function_call import ChatCompletionFunctionCall  # noqa: PLC0415
        from ..models.chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall  # noqa: PLC0415
        from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall  # noqa: PLC0415
        from ..models.chat_completion_unknown_annotation import ChatCompletionUnknownAnnotation  # noqa: PLC0415
        from ..models.chat_completion_unknown_tool_call import ChatCompletionUnknownToolCall  # noqa: PLC0415
        from ..models.chat_completion_url_citation_annotation import ChatCompletionUrlCitationAnnotation  # noqa: PLC0415

        d = dict(src_dict)
        role = d.pop("role")

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_refusal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refusal = _parse_refusal(d.pop("refusal", UNSET))

        def _parse_tool_calls(
            data: object,
        ) -> (
            list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall | ChatCompletionUnknownToolCall]
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
                tool_calls_type_0 = []
                _tool_calls_type_0 = data
                for tool_calls_type_0_item_data in _tool_calls_type_0:

                    def _parse_tool_calls_type_0_item(
                        data: object,
                    ) -> (
                        ChatCompletionMessageCustomToolCall
                        | ChatCompletionMessageToolCall
                        | ChatCompletionUnknownToolCall
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_message_tool_call_union_type_0 = (
                                ChatCompletionMessageToolCall.from_dict(data)
                            )

                            return componentsschemas_chat_completion_message_tool_call_union_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_message_tool_call_union_type_1 = (
                                ChatCompletionMessageCustomToolCall.from_dict(data)
                            )

                            return componentsschemas_chat_completion_message_tool_call_union_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_completion_message_tool_call_union_type_2 = (
                            ChatCompletionUnknownToolCall.from_dict(data)
                        )

                        return componentsschemas_chat_completion_message_tool_call_union_type_2

                    tool_calls_type_0_item = _parse_tool_calls_type_0_item(tool_calls_type_0_item_data)

                    tool_calls_type_0.append(tool_calls_type_0_item)

                return tool_calls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall | ChatCompletionUnknownToolCall
                ]
                | None
                | Unset,
                data,
            )

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
        ) -> list[ChatCompletionUnknownAnnotation | ChatCompletionUrlCitationAnnotation] | None | Unset:
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

                    def _parse_annotations_type_0_item(
                        data: object,
                    ) -> ChatCompletionUnknownAnnotation | ChatCompletionUrlCitationAnnotation:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_chat_completion_annotation_type_0 = (
                                ChatCompletionUrlCitationAnnotation.from_dict(data)
                            )

                            return componentsschemas_chat_completion_annotation_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_completion_annotation_type_1 = ChatCompletionUnknownAnnotation.from_dict(
                            data
                        )

                        return componentsschemas_chat_completion_annotation_type_1

                    annotations_type_0_item = _parse_annotations_type_0_item(annotations_type_0_item_data)

                    annotations_type_0.append(annotations_type_0_item)

                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ChatCompletionUnknownAnnotation | ChatCompletionUrlCitationAnnotation] | None | Unset, data
            )

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        def _parse_audio(data: object) -> ChatCompletionAudio | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audio_type_0 = ChatCompletionAudio.from_dict(data)

                return audio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionAudio | None | Unset, data)

        audio = _parse_audio(d.pop("audio", UNSET))

        chat_completion_message = cls(
            role=role,
            content=content,
            refusal=refusal,
            tool_calls=tool_calls,
            function_call=function_call,
            annotations=annotations,
            audio=audio,
        )

        chat_completion_message.additional_properties = d
        return chat_completion_message

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
