from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.response_includable import ResponseIncludable, check_response_includable
from ..models.response_prompt_cache_retention import ResponsePromptCacheRetention, check_response_prompt_cache_retention
from ..models.response_service_tier import ResponseServiceTier, check_response_service_tier
from ..models.response_tool_choice_mode import ResponseToolChoiceMode, check_response_tool_choice_mode
from ..models.response_truncation import ResponseTruncation, check_response_truncation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_apply_patch_call_item import ResponseApplyPatchCallItem
    from ..models.response_apply_patch_call_output_item import ResponseApplyPatchCallOutputItem
    from ..models.response_conversation_param import ResponseConversationParam
    from ..models.response_custom_tool_call_item import ResponseCustomToolCallItem
    from ..models.response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem
    from ..models.response_function_call_item import ResponseFunctionCallItem
    from ..models.response_function_call_output_item import ResponseFunctionCallOutputItem
    from ..models.response_function_tool import ResponseFunctionTool
    from ..models.response_item_reference_item import ResponseItemReferenceItem
    from ..models.response_local_shell_call_item import ResponseLocalShellCallItem
    from ..models.response_local_shell_call_output_item import ResponseLocalShellCallOutputItem
    from ..models.response_message_item import ResponseMessageItem
    from ..models.response_output_message_item import ResponseOutputMessageItem
    from ..models.response_prompt import ResponsePrompt
    from ..models.response_reasoning_config import ResponseReasoningConfig
    from ..models.response_reasoning_item import ResponseReasoningItem
    from ..models.response_request_metadata import ResponseRequestMetadata
    from ..models.response_shell_call_item import ResponseShellCallItem
    from ..models.response_shell_call_output_item import ResponseShellCallOutputItem
    from ..models.response_stream_options import ResponseStreamOptions
    from ..models.response_text_config import ResponseTextConfig
    from ..models.response_tool_choice_allowed import ResponseToolChoiceAllowed
    from ..models.response_tool_choice_built_in import ResponseToolChoiceBuiltIn
    from ..models.response_tool_choice_custom import ResponseToolChoiceCustom
    from ..models.response_tool_choice_function import ResponseToolChoiceFunction
    from ..models.response_tool_choice_mcp import ResponseToolChoiceMcp


T = TypeVar("T", bound="CreateResponseRequest")


@_attrs_define
class CreateResponseRequest:
    """The body of a request that creates a model response."""

    model: str | Unset = UNSET
    """ The model id, e.g. `c1/anthropic/claude-sonnet-4/v-20250930`. New ids appear often, so any string is
    accepted. """
    input_: (
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
        | str
        | Unset
    ) = UNSET
    """ What the model responds to: a string, taken as one user message, or a list of input items (messages, tool
    calls and their outputs, reasoning, references to stored items). """
    instructions: None | str | Unset = UNSET
    """ A system or developer message placed ahead of the input. Instructions of an earlier response are not carried
    over by `previous_response_id`. """
    tools: list[ResponseFunctionTool] | None | Unset = UNSET
    """ The tools the model may call while it generates the response. """
    tool_choice: (
        None
        | ResponseToolChoiceAllowed
        | ResponseToolChoiceBuiltIn
        | ResponseToolChoiceCustom
        | ResponseToolChoiceFunction
        | ResponseToolChoiceMcp
        | ResponseToolChoiceMode
        | Unset
    ) = UNSET
    """ Whether and which tool the model must call: a mode (`none`, `auto`, `required`), one named tool, or a subset
    of the declared tools. """
    text: None | ResponseTextConfig | Unset = UNSET
    """ How the model's text output is shaped. """
    reasoning: None | ResponseReasoningConfig | Unset = UNSET
    """ Settings for models that reason before they answer. """
    store: bool | None | Unset = UNSET
    """ Whether the server keeps the response so that later requests can refer to it. The server decides when it is
    left out or null. """
    background: bool | None | Unset = UNSET
    """ Whether to run the request in the background and answer at once with a queued response. The server treats an
    omitted or null value as false. """
    previous_response_id: None | str | Unset = UNSET
    """ The id of a stored earlier response whose input and output form the start of this one's context. Not
    combinable with `conversation`. """
    conversation: None | ResponseConversationParam | str | Unset = UNSET
    """ The conversation this response belongs to, by id or as `{"id": ...}`. Its items are prepended to the input,
    and the input and output of this response are added to it afterwards. """
    include: list[ResponseIncludable] | None | Unset = UNSET
    """ Extra data to put in the response's output items, named by path. """
    max_output_tokens: int | None | Unset = UNSET
    """ Upper bound on generated tokens, reasoning tokens included. """
    max_tool_calls: int | None | Unset = UNSET
    """ Upper bound on the built-in tool calls made for this response. """
    metadata: None | ResponseRequestMetadata | Unset = UNSET
    """ C1 settings for this request, under the one key `thesys`. """
    parallel_tool_calls: bool | None | Unset = UNSET
    """ Whether the model may call several tools in one turn. """
    prompt: None | ResponsePrompt | Unset = UNSET
    """ A stored prompt template to build the request from. """
    prompt_cache_key: None | str | Unset = UNSET
    """ A key that groups similar requests so they share the prompt cache. """
    prompt_cache_retention: None | ResponsePromptCacheRetention | Unset = UNSET
    """ How long cached prompt prefixes are kept. """
    safety_identifier: None | str | Unset = UNSET
    """ A stable, preferably hashed, id of the end user, up to 64 characters, used to spot abuse. """
    service_tier: None | ResponseServiceTier | Unset = UNSET
    """ The processing tier to serve the request with. """
    stream: bool | None | Unset = UNSET
    """ Whether to answer with a stream of server-sent events. """
    stream_options: None | ResponseStreamOptions | Unset = UNSET
    """ Settings for a streamed answer, used only when `stream` is true. """
    temperature: float | None | Unset = UNSET
    """ Sampling temperature from 0 to 2; higher values give more varied output. The server treats an omitted value
    as 1. """
    top_logprobs: int | None | Unset = UNSET
    """ How many of the most likely alternatives (0 to 20) to return at each token position. """
    presence_penalty: float | None | Unset = UNSET
    """ Penalises tokens that already appear in the text so far, pushing the model towards new topics. Defined by
    Open Responses. """
    frequency_penalty: float | None | Unset = UNSET
    """ Penalises tokens by how often they already appear in the text so far, making repetition less likely. Defined
    by Open Responses. """
    top_p: float | None | Unset = UNSET
    """ Nucleus sampling: only tokens within this much probability mass are considered. The server treats an omitted
    value as 1. """
    truncation: None | ResponseTruncation | Unset = UNSET
    """ What happens when the context exceeds the model's window: `auto` drops items from the start, `disabled`
    fails the request (the server's choice when left out). """
    user: str | Unset = UNSET
    """ An end-user id. Superseded by `safety_identifier` and `prompt_cache_key`. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_apply_patch_call_item import ResponseApplyPatchCallItem  # noqa: PLC0415
        from ..models.response_apply_patch_call_output_item import ResponseApplyPatchCallOutputItem  # noqa: PLC0415
        from ..models.response_conversation_param import ResponseConversationParam  # noqa: PLC0415
        from ..models.response_custom_tool_call_item import ResponseCustomToolCallItem  # noqa: PLC0415
        from ..models.response_function_call_item import ResponseFunctionCallItem  # noqa: PLC0415
        from ..models.response_function_call_output_item import ResponseFunctionCallOutputItem  # noqa: PLC0415
        from ..models.response_item_reference_item import ResponseItemReferenceItem  # noqa: PLC0415
        from ..models.response_local_shell_call_item import ResponseLocalShellCallItem  # noqa: PLC0415
        from ..models.response_local_shell_call_output_item import ResponseLocalShellCallOutputItem  # noqa: PLC0415
        from ..models.response_message_item import ResponseMessageItem  # noqa: PLC0415
        from ..models.response_output_message_item import ResponseOutputMessageItem  # noqa: PLC0415
        from ..models.response_prompt import ResponsePrompt  # noqa: PLC0415
        from ..models.response_reasoning_config import ResponseReasoningConfig  # noqa: PLC0415
        from ..models.response_reasoning_item import ResponseReasoningItem  # noqa: PLC0415
        from ..models.response_request_metadata import ResponseRequestMetadata  # noqa: PLC0415
        from ..models.response_shell_call_item import ResponseShellCallItem  # noqa: PLC0415
        from ..models.response_shell_call_output_item import ResponseShellCallOutputItem  # noqa: PLC0415
        from ..models.response_stream_options import ResponseStreamOptions  # noqa: PLC0415
        from ..models.response_text_config import ResponseTextConfig  # noqa: PLC0415
        from ..models.response_tool_choice_allowed import ResponseToolChoiceAllowed  # noqa: PLC0415
        from ..models.response_tool_choice_built_in import ResponseToolChoiceBuiltIn  # noqa: PLC0415
        from ..models.response_tool_choice_custom import ResponseToolChoiceCustom  # noqa: PLC0415
        from ..models.response_tool_choice_function import ResponseToolChoiceFunction  # noqa: PLC0415
        from ..models.response_tool_choice_mcp import ResponseToolChoiceMcp  # noqa: PLC0415

        model = self.model

        input_: list[dict[str, Any]] | str | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, list):
            input_ = []
            for input_type_1_item_data in self.input_:
                input_type_1_item: dict[str, Any]
                if isinstance(input_type_1_item_data, ResponseOutputMessageItem):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseMessageItem):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseFunctionCallItem):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseFunctionCallOutputItem):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseItemReferenceItem):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseReasoningItem):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseLocalShellCallItem):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseLocalShellCallOutputItem):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseShellCallItem):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseShellCallOutputItem):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseApplyPatchCallItem):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseApplyPatchCallOutputItem):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseCustomToolCallItem):
                    input_type_1_item = input_type_1_item_data.to_dict()
                else:
                    input_type_1_item = input_type_1_item_data.to_dict()

                input_.append(input_type_1_item)

        else:
            input_ = self.input_

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item = tools_type_0_item_data.to_dict()
                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, ResponseToolChoiceFunction):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ResponseToolChoiceAllowed):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ResponseToolChoiceBuiltIn):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ResponseToolChoiceMcp):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ResponseToolChoiceCustom):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        text: dict[str, Any] | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        elif isinstance(self.text, ResponseTextConfig):
            text = self.text.to_dict()
        else:
            text = self.text

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, ResponseReasoningConfig):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

        background: bool | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

        conversation: dict[str, Any] | None | str | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, ResponseConversationParam):
            conversation = self.conversation.to_dict()
        else:
            conversation = self.conversation

        include: list[str] | None | Unset
        if isinstance(self.include, Unset):
            include = UNSET
        elif isinstance(self.include, list):
            include = []
            for include_type_0_item_data in self.include:
                include_type_0_item: str = include_type_0_item_data
                include.append(include_type_0_item)

        else:
            include = self.include

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

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ResponseRequestMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, ResponsePrompt):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        prompt_cache_retention: None | str | Unset
        if isinstance(self.prompt_cache_retention, Unset):
            prompt_cache_retention = UNSET
        elif isinstance(self.prompt_cache_retention, str):
            prompt_cache_retention = self.prompt_cache_retention
        else:
            prompt_cache_retention = self.prompt_cache_retention

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        elif isinstance(self.service_tier, str):
            service_tier = self.service_tier
        else:
            service_tier = self.service_tier

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        stream_options: dict[str, Any] | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        elif isinstance(self.stream_options, ResponseStreamOptions):
            stream_options = self.stream_options.to_dict()
        else:
            stream_options = self.stream_options

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

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

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        truncation: None | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        elif isinstance(self.truncation, str):
            truncation = self.truncation
        else:
            truncation = self.truncation

        user = self.user

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if input_ is not UNSET:
            field_dict["input"] = input_
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if text is not UNSET:
            field_dict["text"] = text
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if store is not UNSET:
            field_dict["store"] = store
        if background is not UNSET:
            field_dict["background"] = background
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if include is not UNSET:
            field_dict["include"] = include
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_apply_patch_call_item import ResponseApplyPatchCallItem  # noqa: PLC0415
        from ..models.response_apply_patch_call_output_item import ResponseApplyPatchCallOutputItem  # noqa: PLC0415
        from ..models.response_conversation_param import ResponseConversationParam  # noqa: PLC0415
        from ..models.response_custom_tool_call_item import ResponseCustomToolCallItem  # noqa: PLC0415
        from ..models.response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem  # noqa: PLC0415
        from ..models.response_function_call_item import ResponseFunctionCallItem  # noqa: PLC0415
        from ..models.response_function_call_output_item import ResponseFunctionCallOutputItem  # noqa: PLC0415
        from ..models.response_function_tool import ResponseFunctionTool  # noqa: PLC0415
        from ..models.response_item_reference_item import ResponseItemReferenceItem  # noqa: PLC0415
        from ..models.response_local_shell_call_item import ResponseLocalShellCallItem  # noqa: PLC0415
        from ..models.response_local_shell_call_output_item import ResponseLocalShellCallOutputItem  # noqa: PLC0415
        from ..models.response_message_item import ResponseMessageItem  # noqa: PLC0415
        from ..models.response_output_message_item import ResponseOutputMessageItem  # noqa: PLC0415
        from ..models.response_prompt import ResponsePrompt  # noqa: PLC0415
        from ..models.response_reasoning_config import ResponseReasoningConfig  # noqa: PLC0415
        from ..models.response_reasoning_item import ResponseReasoningItem  # noqa: PLC0415
        from ..models.response_request_metadata import ResponseRequestMetadata  # noqa: PLC0415
        from ..models.response_shell_call_item import ResponseShellCallItem  # noqa: PLC0415
        from ..models.response_shell_call_output_item import ResponseShellCallOutputItem  # noqa: PLC0415
        from ..models.response_stream_options import ResponseStreamOptions  # noqa: PLC0415
        from ..models.response_text_config import ResponseTextConfig  # noqa: PLC0415
        from ..models.response_tool_choice_allowed import ResponseToolChoiceAllowed  # noqa: PLC0415
        from ..models.response_tool_choice_built_in import ResponseToolChoiceBuiltIn  # noqa: PLC0415
        from ..models.response_tool_choice_custom import ResponseToolChoiceCustom  # noqa: PLC0415
        from ..models.response_tool_choice_function import ResponseToolChoiceFunction  # noqa: PLC0415
        from ..models.response_tool_choice_mcp import ResponseToolChoiceMcp  # noqa: PLC0415

        d = dict(src_dict)
        model = d.pop("model", UNSET)

        def _parse_input_(
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
            | str
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = []
                _input_type_1 = data
                for input_type_1_item_data in _input_type_1:

                    def _parse_input_type_1_item(
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

                    input_type_1_item = _parse_input_type_1_item(input_type_1_item_data)

                    input_type_1.append(input_type_1_item)

                return input_type_1
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
                | str
                | Unset,
                data,
            )

        input_ = _parse_input_(d.pop("input", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_tools(data: object) -> list[ResponseFunctionTool] | None | Unset:
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
                    tools_type_0_item = ResponseFunctionTool.from_dict(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResponseFunctionTool] | None | Unset, data)

        tools = _parse_tools(d.pop("tools", UNSET))

        def _parse_tool_choice(
            data: object,
        ) -> (
            None
            | ResponseToolChoiceAllowed
            | ResponseToolChoiceBuiltIn
            | ResponseToolChoiceCustom
            | ResponseToolChoiceFunction
            | ResponseToolChoiceMcp
            | ResponseToolChoiceMode
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_response_tool_choice_type_0 = check_response_tool_choice_mode(data)

                return componentsschemas_response_tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_tool_choice_type_1 = ResponseToolChoiceFunction.from_dict(data)

                return componentsschemas_response_tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_tool_choice_type_2 = ResponseToolChoiceAllowed.from_dict(data)

                return componentsschemas_response_tool_choice_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_tool_choice_type_3 = ResponseToolChoiceBuiltIn.from_dict(data)

                return componentsschemas_response_tool_choice_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_tool_choice_type_4 = ResponseToolChoiceMcp.from_dict(data)

                return componentsschemas_response_tool_choice_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_tool_choice_type_5 = ResponseToolChoiceCustom.from_dict(data)

                return componentsschemas_response_tool_choice_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | ResponseToolChoiceAllowed
                | ResponseToolChoiceBuiltIn
                | ResponseToolChoiceCustom
                | ResponseToolChoiceFunction
                | ResponseToolChoiceMcp
                | ResponseToolChoiceMode
                | Unset,
                data,
            )

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        def _parse_text(data: object) -> None | ResponseTextConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_type_0 = ResponseTextConfig.from_dict(data)

                return text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseTextConfig | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_reasoning(data: object) -> None | ResponseReasoningConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_type_0 = ResponseReasoningConfig.from_dict(data)

                return reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseReasoningConfig | Unset, data)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        def _parse_store(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        store = _parse_store(d.pop("store", UNSET))

        def _parse_background(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        background = _parse_background(d.pop("background", UNSET))

        def _parse_previous_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_response_id = _parse_previous_response_id(d.pop("previous_response_id", UNSET))

        def _parse_conversation(data: object) -> None | ResponseConversationParam | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                conversation_type_1 = ResponseConversationParam.from_dict(data)

                return conversation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseConversationParam | str | Unset, data)

        conversation = _parse_conversation(d.pop("conversation", UNSET))

        def _parse_include(data: object) -> list[ResponseIncludable] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                include_type_0 = []
                _include_type_0 = data
                for include_type_0_item_data in _include_type_0:
                    include_type_0_item = check_response_includable(include_type_0_item_data)

                    include_type_0.append(include_type_0_item)

                return include_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResponseIncludable] | None | Unset, data)

        include = _parse_include(d.pop("include", UNSET))

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

        def _parse_metadata(data: object) -> None | ResponseRequestMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ResponseRequestMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseRequestMetadata | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_parallel_tool_calls(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        parallel_tool_calls = _parse_parallel_tool_calls(d.pop("parallel_tool_calls", UNSET))

        def _parse_prompt(data: object) -> None | ResponsePrompt | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_type_0 = ResponsePrompt.from_dict(data)

                return prompt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsePrompt | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_prompt_cache_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_cache_key = _parse_prompt_cache_key(d.pop("prompt_cache_key", UNSET))

        def _parse_prompt_cache_retention(data: object) -> None | ResponsePromptCacheRetention | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prompt_cache_retention_type_0 = check_response_prompt_cache_retention(data)

                return prompt_cache_retention_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsePromptCacheRetention | Unset, data)

        prompt_cache_retention = _parse_prompt_cache_retention(d.pop("prompt_cache_retention", UNSET))

        def _parse_safety_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        safety_identifier = _parse_safety_identifier(d.pop("safety_identifier", UNSET))

        def _parse_service_tier(data: object) -> None | ResponseServiceTier | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_tier_type_0 = check_response_service_tier(data)

                return service_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseServiceTier | Unset, data)

        service_tier = _parse_service_tier(d.pop("service_tier", UNSET))

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stream = _parse_stream(d.pop("stream", UNSET))

        def _parse_stream_options(data: object) -> None | ResponseStreamOptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stream_options_type_0 = ResponseStreamOptions.from_dict(data)

                return stream_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseStreamOptions | Unset, data)

        stream_options = _parse_stream_options(d.pop("stream_options", UNSET))

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        temperature = _parse_temperature(d.pop("temperature", UNSET))

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

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        top_p = _parse_top_p(d.pop("top_p", UNSET))

        def _parse_truncation(data: object) -> None | ResponseTruncation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                truncation_type_0 = check_response_truncation(data)

                return truncation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseTruncation | Unset, data)

        truncation = _parse_truncation(d.pop("truncation", UNSET))

        user = d.pop("user", UNSET)

        create_response_request = cls(
            model=model,
            input_=input_,
            instructions=instructions,
            tools=tools,
            tool_choice=tool_choice,
            text=text,
            reasoning=reasoning,
            store=store,
            background=background,
            previous_response_id=previous_response_id,
            conversation=conversation,
            include=include,
            max_output_tokens=max_output_tokens,
            max_tool_calls=max_tool_calls,
            metadata=metadata,
            parallel_tool_calls=parallel_tool_calls,
            prompt=prompt,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
            safety_identifier=safety_identifier,
            service_tier=service_tier,
            stream=stream,
            stream_options=stream_options,
            temperature=temperature,
            top_logprobs=top_logprobs,
            presence_penalty=presence_penalty,
            frequency_penalty=frequency_penalty,
            top_p=top_p,
            truncation=truncation,
            user=user,
        )

        return create_response_request

    @property
    def input(
        self,
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
        | str
        | Unset
    ):
        """`input` as on the wire (the field is stored as `input_`)."""
        return self.input_
