from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_code_interpreter_tool import ResponseCodeInterpreterTool
    from ..models.response_computer_use_tool import ResponseComputerUseTool
    from ..models.response_conversation_ref import ResponseConversationRef
    from ..models.response_custom_tool import ResponseCustomTool
    from ..models.response_error import ResponseError
    from ..models.response_file_search_tool import ResponseFileSearchTool
    from ..models.response_function_tool import ResponseFunctionTool
    from ..models.response_incomplete_details import ResponseIncompleteDetails
    from ..models.response_mcp_tool import ResponseMcpTool
    from ..models.response_object_metadata_type_0 import ResponseObjectMetadataType0
    from ..models.response_output_function_call import ResponseOutputFunctionCall
    from ..models.response_output_function_call_output import ResponseOutputFunctionCallOutput
    from ..models.response_output_message import ResponseOutputMessage
    from ..models.response_output_reasoning import ResponseOutputReasoning
    from ..models.response_reasoning_settings import ResponseReasoningSettings
    from ..models.response_text_settings import ResponseTextSettings
    from ..models.response_tool_choice_settings import ResponseToolChoiceSettings
    from ..models.response_unknown_output_item import ResponseUnknownOutputItem
    from ..models.response_unknown_tool import ResponseUnknownTool
    from ..models.response_usage import ResponseUsage
    from ..models.response_web_search_tool import ResponseWebSearchTool


T = TypeVar("T", bound="ResponseObject")


@_attrs_define
class ResponseObject:
    """A model response: its status, the output items produced, token usage, and the settings it was produced with. The
    concatenated output text is not part of the wire format; clients derive it from the output items.

    """

    id: str
    """ The response's id, such as `resp_123`. """
    object_: Literal["response"]
    """ Always `response`. """
    created_at: int
    """ When the response was created, in Unix seconds. """
    model: str
    """ The model that produced the response. """
    output: list[
        ResponseOutputFunctionCall
        | ResponseOutputFunctionCallOutput
        | ResponseOutputMessage
        | ResponseOutputReasoning
        | ResponseUnknownOutputItem
    ]
    """ The items the model produced, in order. """
    completed_at: int | None | Unset = UNSET
    """ When the response was completed, in Unix seconds. """
    status: str | Unset = UNSET
    """ One of `queued`, `in_progress`, `completed`, `incomplete`, `failed` or `cancelled`; other values may appear.
    """
    usage: None | ResponseUsage | Unset = UNSET
    """ Token counts, once known. """
    error: None | ResponseError | Unset = UNSET
    """ What went wrong, when the response failed. """
    incomplete_details: None | ResponseIncompleteDetails | Unset = UNSET
    """ Why the response is incomplete, when it is. """
    instructions: (
        list[
            ResponseOutputFunctionCall
            | ResponseOutputFunctionCallOutput
            | ResponseOutputMessage
            | ResponseOutputReasoning
            | ResponseUnknownOutputItem
        ]
        | None
        | str
        | Unset
    ) = UNSET
    """ The instructions the response was produced with, as a string or as items. """
    metadata: None | ResponseObjectMetadataType0 | Unset = UNSET
    """ The string pairs the response is tagged with. """
    parallel_tool_calls: bool | Unset = UNSET
    """ Whether the model was allowed to call several tools in one turn. """
    previous_response_id: None | str | Unset = UNSET
    """ The earlier response this one continues, if any. """
    conversation: None | ResponseConversationRef | Unset = UNSET
    """ The conversation the response belongs to, if any. """
    store: bool | Unset = UNSET
    """ Whether the response is stored. """
    background: bool | None | Unset = UNSET
    """ Whether the response was run in the background. """
    text: None | ResponseTextSettings | Unset = UNSET
    """ The text settings used. """
    reasoning: None | ResponseReasoningSettings | Unset = UNSET
    """ The reasoning settings used. """
    tools: (
        list[
            ResponseCodeInterpreterTool
            | ResponseComputerUseTool
            | ResponseCustomTool
            | ResponseFileSearchTool
            | ResponseFunctionTool
            | ResponseMcpTool
            | ResponseUnknownTool
            | ResponseWebSearchTool
        ]
        | None
        | Unset
    ) = UNSET
    """ The tools the model could call. """
    tool_choice: ResponseToolChoiceSettings | str | Unset = UNSET
    """ The tool choice used, as a mode string or an object. """
    temperature: float | None | Unset = UNSET
    """ The sampling temperature used. """
    top_p: float | None | Unset = UNSET
    """ The nucleus sampling mass used. """
    top_logprobs: int | None | Unset = UNSET
    """ How many alternatives were returned at each token position. """
    presence_penalty: float | None | Unset = UNSET
    """ The presence penalty used. """
    frequency_penalty: float | None | Unset = UNSET
    """ The frequency penalty used. """
    max_output_tokens: int | None | Unset = UNSET
    """ The output token limit used. """
    max_tool_calls: int | None | Unset = UNSET
    """ The tool call limit used. """
    truncation: None | str | Unset = UNSET
    """ The truncation strategy used, such as `auto` or `disabled`. """
    service_tier: None | str | Unset = UNSET
    """ The processing tier that served the request, such as `default` or `flex`. """
    safety_identifier: None | str | Unset = UNSET
    """ The end-user id sent for abuse detection. """
    prompt_cache_key: None | str | Unset = UNSET
    """ The prompt cache key used. """
    prompt_cache_retention: None | str | Unset = UNSET
    """ The prompt cache retention used, such as `in_memory` or `24h`. """
    user: None | str | Unset = UNSET
    """ The deprecated end-user id, if one was sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, repr=False, eq=False)
    """ The `x-request-id` of the HTTP answer this object came from, when it came from one. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_code_interpreter_tool import ResponseCodeInterpreterTool  # noqa: PLC0415
        from ..models.response_computer_use_tool import ResponseComputerUseTool  # noqa: PLC0415
        from ..models.response_conversation_ref import ResponseConversationRef  # noqa: PLC0415
        from ..models.response_custom_tool import ResponseCustomTool  # noqa: PLC0415
        from ..models.response_error import ResponseError  # noqa: PLC0415
        from ..models.response_file_search_tool import ResponseFileSearchTool  # noqa: PLC0415
        from ..models.response_function_tool import ResponseFunctionTool  # noqa: PLC0415
        from ..models.response_incomplete_details import ResponseIncompleteDetails  # noqa: PLC0415
        from ..models.response_mcp_tool import ResponseMcpTool  # noqa: PLC0415
        from ..models.response_object_metadata_type_0 import ResponseObjectMetadataType0  # noqa: PLC0415
        from ..models.response_output_function_call import ResponseOutputFunctionCall  # noqa: PLC0415
        from ..models.response_output_function_call_output import ResponseOutputFunctionCallOutput  # noqa: PLC0415
        from ..models.response_output_message import ResponseOutputMessage  # noqa: PLC0415
        from ..models.response_output_reasoning import ResponseOutputReasoning  # noqa: PLC0415
        from ..models.response_reasoning_settings import ResponseReasoningSettings  # noqa: PLC0415
        from ..models.response_text_settings import ResponseTextSettings  # noqa: PLC0415
        from ..models.response_tool_choice_settings import ResponseToolChoiceSettings  # noqa: PLC0415
        from ..models.response_usage import ResponseUsage  # noqa: PLC0415
        from ..models.response_web_search_tool import ResponseWebSearchTool  # noqa: PLC0415

        id = self.id

        object_ = self.object_

        created_at = self.created_at

        model = self.model

        output = []
        for output_item_data in self.output:
            output_item: dict[str, Any]
            if isinstance(output_item_data, ResponseOutputMessage):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ResponseOutputFunctionCall):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ResponseOutputFunctionCallOutput):
                output_item = output_item_data.to_dict()
            elif isinstance(output_item_data, ResponseOutputReasoning):
                output_item = output_item_data.to_dict()
            else:
                output_item = output_item_data.to_dict()

            output.append(output_item)

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        status = self.status

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, ResponseUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ResponseError):
            error = self.error.to_dict()
        else:
            error = self.error

        incomplete_details: dict[str, Any] | None | Unset
        if isinstance(self.incomplete_details, Unset):
            incomplete_details = UNSET
        elif isinstance(self.incomplete_details, ResponseIncompleteDetails):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

        instructions: list[dict[str, Any]] | None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        elif isinstance(self.instructions, list):
            instructions = []
            for instructions_type_1_item_data in self.instructions:
                instructions_type_1_item: dict[str, Any]
                if isinstance(instructions_type_1_item_data, ResponseOutputMessage):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, ResponseOutputFunctionCall):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, ResponseOutputFunctionCallOutput):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, ResponseOutputReasoning):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                else:
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()

                instructions.append(instructions_type_1_item)

        else:
            instructions = self.instructions

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ResponseObjectMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        parallel_tool_calls = self.parallel_tool_calls

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

        conversation: dict[str, Any] | None | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, ResponseConversationRef):
            conversation = self.conversation.to_dict()
        else:
            conversation = self.conversation

        store = self.store

        background: bool | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        text: dict[str, Any] | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        elif isinstance(self.text, ResponseTextSettings):
            text = self.text.to_dict()
        else:
            text = self.text

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, ResponseReasoningSettings):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: dict[str, Any]
                if isinstance(tools_type_0_item_data, ResponseFunctionTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ResponseWebSearchTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ResponseFileSearchTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ResponseCodeInterpreterTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ResponseComputerUseTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ResponseMcpTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ResponseCustomTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()

                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ResponseToolChoiceSettings):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        max_tool_calls: int | None | Unset
        if isinstance(self.max_tool_calls, Unset):
            max_tool_calls = UNSET
        else:
            max_tool_calls = self.max_tool_calls

        truncation: None | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        else:
            truncation = self.truncation

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        prompt_cache_retention: None | str | Unset
        if isinstance(self.prompt_cache_retention, Unset):
            prompt_cache_retention = UNSET
        else:
            prompt_cache_retention = self.prompt_cache_retention

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created_at": created_at,
                "model": model,
                "output": output,
            }
        )
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if status is not UNSET:
            field_dict["status"] = status
        if usage is not UNSET:
            field_dict["usage"] = usage
        if error is not UNSET:
            field_dict["error"] = error
        if incomplete_details is not UNSET:
            field_dict["incomplete_details"] = incomplete_details
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if store is not UNSET:
            field_dict["store"] = store
        if background is not UNSET:
            field_dict["background"] = background
        if text is not UNSET:
            field_dict["text"] = text
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_code_interpreter_tool import ResponseCodeInterpreterTool  # noqa: PLC0415
        from ..models.response_computer_use_tool import ResponseComputerUseTool  # noqa: PLC0415
        from ..models.response_conversation_ref import ResponseConversationRef  # noqa: PLC0415
        from ..models.response_custom_tool import ResponseCustomTool  # noqa: PLC0415
        from ..models.response_error import ResponseError  # noqa: PLC0415
        from ..models.response_file_search_tool import ResponseFileSearchTool  # noqa: PLC0415
        from ..models.response_function_tool import ResponseFunctionTool  # noqa: PLC0415
        from ..models.response_incomplete_details import ResponseIncompleteDetails  # noqa: PLC0415
        from ..models.response_mcp_tool import ResponseMcpTool  # noqa: PLC0415
        from ..models.response_object_metadata_type_0 import ResponseObjectMetadataType0  # noqa: PLC0415
        from ..models.response_output_function_call import ResponseOutputFunctionCall  # noqa: PLC0415
        from ..models.response_output_function_call_output import ResponseOutputFunctionCallOutput  # noqa: PLC0415
        from ..models.response_output_message import ResponseOutputMessage  # noqa: PLC0415
        from ..models.response_output_reasoning import ResponseOutputReasoning  # noqa: PLC0415
        from ..models.response_reasoning_settings import ResponseReasoningSettings  # noqa: PLC0415
        from ..models.response_text_settings import ResponseTextSettings  # noqa: PLC0415
        from ..models.response_tool_choice_settings import ResponseToolChoiceSettings  # noqa: PLC0415
        from ..models.response_unknown_output_item import ResponseUnknownOutputItem  # noqa: PLC0415
        from ..models.response_unknown_tool import ResponseUnknownTool  # noqa: PLC0415
        from ..models.response_usage import ResponseUsage  # noqa: PLC0415
        from ..models.response_web_search_tool import ResponseWebSearchTool  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["response"], d.pop("object"))
        if object_ != "response":
            raise ValueError(f"object must match const 'response', got '{object_}'")

        created_at = d.pop("created_at")

        model = d.pop("model")

        output = []
        _output = d.pop("output")
        for output_item_data in _output:

            def _parse_output_item(
                data: object,
            ) -> (
                ResponseOutputFunctionCall
                | ResponseOutputFunctionCallOutput
                | ResponseOutputMessage
                | ResponseOutputReasoning
                | ResponseUnknownOutputItem
            ):
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
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_output_item_type_4 = ResponseUnknownOutputItem.from_dict(data)

                return componentsschemas_response_output_item_type_4

            output_item = _parse_output_item(output_item_data)

            output.append(output_item)

        def _parse_completed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        status = d.pop("status", UNSET)

        def _parse_usage(data: object) -> None | ResponseUsage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = ResponseUsage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseUsage | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        def _parse_error(data: object) -> None | ResponseError | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ResponseError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseError | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_incomplete_details(data: object) -> None | ResponseIncompleteDetails | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incomplete_details_type_0 = ResponseIncompleteDetails.from_dict(data)

                return incomplete_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseIncompleteDetails | Unset, data)

        incomplete_details = _parse_incomplete_details(d.pop("incomplete_details", UNSET))

        def _parse_instructions(
            data: object,
        ) -> (
            list[
                ResponseOutputFunctionCall
                | ResponseOutputFunctionCallOutput
                | ResponseOutputMessage
                | ResponseOutputReasoning
                | ResponseUnknownOutputItem
            ]
            | None
            | str
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                instructions_type_1 = []
                _instructions_type_1 = data
                for instructions_type_1_item_data in _instructions_type_1:

                    def _parse_instructions_type_1_item(
                        data: object,
                    ) -> (
                        ResponseOutputFunctionCall
                        | ResponseOutputFunctionCallOutput
                        | ResponseOutputMessage
                        | ResponseOutputReasoning
                        | ResponseUnknownOutputItem
                    ):
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
                            componentsschemas_response_output_item_type_2 = ResponseOutputFunctionCallOutput.from_dict(
                                data
                            )

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
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_output_item_type_4 = ResponseUnknownOutputItem.from_dict(data)

                        return componentsschemas_response_output_item_type_4

                    instructions_type_1_item = _parse_instructions_type_1_item(instructions_type_1_item_data)

                    instructions_type_1.append(instructions_type_1_item)

                return instructions_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ResponseOutputFunctionCall
                    | ResponseOutputFunctionCallOutput
                    | ResponseOutputMessage
                    | ResponseOutputReasoning
                    | ResponseUnknownOutputItem
                ]
                | None
                | str
                | Unset,
                data,
            )

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_metadata(data: object) -> None | ResponseObjectMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ResponseObjectMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseObjectMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        def _parse_previous_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_response_id = _parse_previous_response_id(d.pop("previous_response_id", UNSET))

        def _parse_conversation(data: object) -> None | ResponseConversationRef | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conversation_type_0 = ResponseConversationRef.from_dict(data)

                return conversation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseConversationRef | Unset, data)

        conversation = _parse_conversation(d.pop("conversation", UNSET))

        store = d.pop("store", UNSET)

        def _parse_background(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        background = _parse_background(d.pop("background", UNSET))

        def _parse_text(data: object) -> None | ResponseTextSettings | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_type_0 = ResponseTextSettings.from_dict(data)

                return text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseTextSettings | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_reasoning(data: object) -> None | ResponseReasoningSettings | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_type_0 = ResponseReasoningSettings.from_dict(data)

                return reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseReasoningSettings | Unset, data)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        def _parse_tools(
            data: object,
        ) -> (
            list[
                ResponseCodeInterpreterTool
                | ResponseComputerUseTool
                | ResponseCustomTool
                | ResponseFileSearchTool
                | ResponseFunctionTool
                | ResponseMcpTool
                | ResponseUnknownTool
                | ResponseWebSearchTool
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
                tools_type_0 = []
                _tools_type_0 = data
                for tools_type_0_item_data in _tools_type_0:

                    def _parse_tools_type_0_item(
                        data: object,
                    ) -> (
                        ResponseCodeInterpreterTool
                        | ResponseComputerUseTool
                        | ResponseCustomTool
                        | ResponseFileSearchTool
                        | ResponseFunctionTool
                        | ResponseMcpTool
                        | ResponseUnknownTool
                        | ResponseWebSearchTool
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_response_returned_tool_type_0 = ResponseFunctionTool.from_dict(data)

                            return componentsschemas_response_returned_tool_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_response_returned_tool_type_1 = ResponseWebSearchTool.from_dict(data)

                            return componentsschemas_response_returned_tool_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_response_returned_tool_type_2 = ResponseFileSearchTool.from_dict(data)

                            return componentsschemas_response_returned_tool_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_response_returned_tool_type_3 = ResponseCodeInterpreterTool.from_dict(
                                data
                            )

                            return componentsschemas_response_returned_tool_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_response_returned_tool_type_4 = ResponseComputerUseTool.from_dict(data)

                            return componentsschemas_response_returned_tool_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_response_returned_tool_type_5 = ResponseMcpTool.from_dict(data)

                            return componentsschemas_response_returned_tool_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_response_returned_tool_type_6 = ResponseCustomTool.from_dict(data)

                            return componentsschemas_response_returned_tool_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_returned_tool_type_7 = ResponseUnknownTool.from_dict(data)

                        return componentsschemas_response_returned_tool_type_7

                    tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ResponseCodeInterpreterTool
                    | ResponseComputerUseTool
                    | ResponseCustomTool
                    | ResponseFileSearchTool
                    | ResponseFunctionTool
                    | ResponseMcpTool
                    | ResponseUnknownTool
                    | ResponseWebSearchTool
                ]
                | None
                | Unset,
                data,
            )

        tools = _parse_tools(d.pop("tools", UNSET))

        def _parse_tool_choice(data: object) -> ResponseToolChoiceSettings | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_1 = ResponseToolChoiceSettings.from_dict(data)

                return tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ResponseToolChoiceSettings | str | Unset, data)

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        top_p = _parse_top_p(d.pop("top_p", UNSET))

        def _parse_top_logprobs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        top_logprobs = _parse_top_logprobs(d.pop("top_logprobs", UNSET))

        def _parse_presence_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        presence_penalty = _parse_presence_penalty(d.pop("presence_penalty", UNSET))

        def _parse_frequency_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        frequency_penalty = _parse_frequency_penalty(d.pop("frequency_penalty", UNSET))

        def _parse_max_output_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        def _parse_max_tool_calls(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_tool_calls = _parse_max_tool_calls(d.pop("max_tool_calls", UNSET))

        def _parse_truncation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        truncation = _parse_truncation(d.pop("truncation", UNSET))

        def _parse_service_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_tier = _parse_service_tier(d.pop("service_tier", UNSET))

        def _parse_safety_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        safety_identifier = _parse_safety_identifier(d.pop("safety_identifier", UNSET))

        def _parse_prompt_cache_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_cache_key = _parse_prompt_cache_key(d.pop("prompt_cache_key", UNSET))

        def _parse_prompt_cache_retention(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_cache_retention = _parse_prompt_cache_retention(d.pop("prompt_cache_retention", UNSET))

        def _parse_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        response_object = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            model=model,
            output=output,
            completed_at=completed_at,
            status=status,
            usage=usage,
            error=error,
            incomplete_details=incomplete_details,
            instructions=instructions,
            metadata=metadata,
            parallel_tool_calls=parallel_tool_calls,
            previous_response_id=previous_response_id,
            conversation=conversation,
            store=store,
            background=background,
            text=text,
            reasoning=reasoning,
            tools=tools,
            tool_choice=tool_choice,
            temperature=temperature,
            top_p=top_p,
            top_logprobs=top_logprobs,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            max_output_tokens=max_output_tokens,
            max_tool_calls=max_tool_calls,
            truncation=truncation,
            service_tier=service_tier,
            safety_identifier=safety_identifier,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
            user=user,
        )

        response_object.additional_properties = d
        return response_object

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
    def object(self) -> Literal["response"]:
        """`object` as on the wire (the field is stored as `object_`)."""
        return self.object_
