from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.chat_completion_modality import ChatCompletionModality, check_chat_completion_modality
from ..models.chat_completion_prompt_cache_retention import (
    ChatCompletionPromptCacheRetention,
    check_chat_completion_prompt_cache_retention,
)
from ..models.chat_completion_reasoning_effort import (
    ChatCompletionReasoningEffort,
    check_chat_completion_reasoning_effort,
)
from ..models.chat_completion_service_tier import ChatCompletionServiceTier, check_chat_completion_service_tier
from ..models.chat_completion_tool_choice_mode import (
    ChatCompletionToolChoiceMode,
    check_chat_completion_tool_choice_mode,
)
from ..models.chat_completion_verbosity import ChatCompletionVerbosity, check_chat_completion_verbosity
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_allowed_tools_choice import ChatCompletionAllowedToolsChoice
    from ..models.chat_completion_assistant_message_param import ChatCompletionAssistantMessageParam
    from ..models.chat_completion_audio_param import ChatCompletionAudioParam
    from ..models.chat_completion_custom_tool import ChatCompletionCustomTool
    from ..models.chat_completion_developer_message_param import ChatCompletionDeveloperMessageParam
    from ..models.chat_completion_function_message_param import ChatCompletionFunctionMessageParam
    from ..models.chat_completion_moderation_param import ChatCompletionModerationParam
    from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from ..models.chat_completion_named_tool_choice_custom import ChatCompletionNamedToolChoiceCustom
    from ..models.chat_completion_prediction_content import ChatCompletionPredictionContent
    from ..models.chat_completion_prompt_cache_options import ChatCompletionPromptCacheOptions
    from ..models.chat_completion_request_metadata import ChatCompletionRequestMetadata
    from ..models.chat_completion_response_format_json_object import ChatCompletionResponseFormatJsonObject
    from ..models.chat_completion_response_format_json_schema import ChatCompletionResponseFormatJsonSchema
    from ..models.chat_completion_response_format_text import ChatCompletionResponseFormatText
    from ..models.chat_completion_stream_options import ChatCompletionStreamOptions
    from ..models.chat_completion_system_message_param import ChatCompletionSystemMessageParam
    from ..models.chat_completion_tool import ChatCompletionTool
    from ..models.chat_completion_tool_message_param import ChatCompletionToolMessageParam
    from ..models.chat_completion_user_message_param import ChatCompletionUserMessageParam
    from ..models.chat_completion_web_search_options import ChatCompletionWebSearchOptions
    from ..models.create_chat_completion_request_logit_bias_type_0 import CreateChatCompletionRequestLogitBiasType0


T = TypeVar("T", bound="CreateChatCompletionRequest")


@_attrs_define
class CreateChatCompletionRequest:
    """The body of a chat completion request."""

    messages: list[
        ChatCompletionAssistantMessageParam
        | ChatCompletionDeveloperMessageParam
        | ChatCompletionFunctionMessageParam
        | ChatCompletionSystemMessageParam
        | ChatCompletionToolMessageParam
        | ChatCompletionUserMessageParam
    ]
    """ The conversation so far, oldest message first. """
    model: str
    """ The model id, e.g. `c1/anthropic/claude-sonnet-4/v-20250930`. New ids appear often, so any string is
    accepted. """
    audio: ChatCompletionAudioParam | None | Unset = UNSET
    """ Voice and format of spoken output, used when `modalities` asks for audio. """
    frequency_penalty: float | None | Unset = UNSET
    """ From -2 to 2. Positive values make tokens less likely the more often they have already appeared. The server
    treats an omitted value as 0. """
    logit_bias: CreateChatCompletionRequestLogitBiasType0 | None | Unset = UNSET
    """ Maps token ids (as strings) to a bias from -100 to 100 added to that token's score before sampling. """
    logprobs: bool | None | Unset = UNSET
    """ Whether to return the log probability of each output token. """
    top_logprobs: int | None | Unset = UNSET
    """ How many of the most likely alternatives (0 to 20) to return at each token position. Needs `logprobs: true`.
    """
    max_completion_tokens: int | None | Unset = UNSET
    """ Upper bound on generated tokens, reasoning tokens included. """
    max_tokens: int | None | Unset = UNSET
    """ The older upper bound on generated tokens. Superseded by `max_completion_tokens`. """
    metadata: ChatCompletionRequestMetadata | None | Unset = UNSET
    """ C1 settings for this request, under the one key `thesys`. """
    modalities: list[ChatCompletionModality] | None | Unset = UNSET
    """ The kinds of output wanted, e.g. `["text"]` or `["text", "audio"]`. """
    moderation: ChatCompletionModerationParam | None | Unset = UNSET
    """ Moderation to run on the request's input and on the generated output. """
    n: Literal[1] | None | Unset = UNSET
    """ How many alternative completions to generate. The server treats an omitted or null value as 1. """
    parallel_tool_calls: bool | Unset = UNSET
    """ Whether the model may ask for several tool calls in one turn. """
    prediction: ChatCompletionPredictionContent | None | Unset = UNSET
    """ Text the output is expected to largely repeat, used to speed up generation. """
    presence_penalty: float | None | Unset = UNSET
    """ From -2 to 2. Positive values make tokens that already appeared less likely, encouraging new topics. The
    server treats an omitted value as 0. """
    prompt_cache_key: None | str | Unset = UNSET
    """ A key grouping similar requests so that their prompt prefixes share a cache. """
    prompt_cache_options: ChatCompletionPromptCacheOptions | Unset = UNSET
    """ How prompt prefixes are cached. """
    prompt_cache_retention: ChatCompletionPromptCacheRetention | None | Unset = UNSET
    """ How long cached prompt prefixes are kept. Superseded by `prompt_cache_options.ttl`. """
    reasoning_effort: ChatCompletionReasoningEffort | None | Unset = UNSET
    """ How much effort reasoning models spend thinking before they answer. """
    response_format: (
        ChatCompletionResponseFormatJsonObject
        | ChatCompletionResponseFormatJsonSchema
        | ChatCompletionResponseFormatText
        | Unset
    ) = UNSET
    """ The shape the answer must take. """
    safety_identifier: None | str | Unset = UNSET
    """ A stable, preferably hashed, id of the end user, used for abuse detection. """
    seed: int | None | Unset = UNSET
    """ Asks for best-effort deterministic sampling for a given seed. """
    service_tier: ChatCompletionServiceTier | None | Unset = UNSET
    """ The processing tier to serve the request with. """
    stop: list[str] | None | str | Unset = UNSET
    """ Up to 4 sequences at which generation stops; the sequence itself is not returned. """
    store: bool | None | Unset = UNSET
    """ Whether the completion is stored for later retrieval. """
    stream: bool | None | Unset = UNSET
    """ Whether to answer with a stream of server-sent `ChatCompletionChunk` events. """
    stream_options: ChatCompletionStreamOptions | None | Unset = UNSET
    """ Options that apply only when `stream` is true. """
    temperature: float | None | Unset = UNSET
    """ Sampling temperature from 0 to 2: higher is more varied, lower more focused. The server treats an omitted
    value as 1. """
    tool_choice: (
        ChatCompletionAllowedToolsChoice
        | ChatCompletionNamedToolChoice
        | ChatCompletionNamedToolChoiceCustom
        | ChatCompletionToolChoiceMode
        | Unset
    ) = UNSET
    """ Which tool the model calls: `none` (no tool), `auto` (the model decides), `required` (at least one tool), a
    restricted set of tools, or one named tool. """
    tools: list[ChatCompletionCustomTool | ChatCompletionTool] | Unset = UNSET
    """ The tools the model may call. """
    top_p: float | None | Unset = UNSET
    """ Nucleus sampling: only the tokens making up this much probability mass (0 to 1) are considered. The server
    treats an omitted value as 1. """
    user: str | Unset = UNSET
    """ An end-user id. Superseded by `safety_identifier` and `prompt_cache_key`. """
    verbosity: ChatCompletionVerbosity | None | Unset = UNSET
    """ How terse or detailed the answer should be. """
    web_search_options: ChatCompletionWebSearchOptions | Unset = UNSET
    """ Settings for models that search the web before answering. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_allowed_tools_choice import ChatCompletionAllowedToolsChoice  # noqa: PLC0415
        from ..models.chat_completion_assistant_message_param import ChatCompletionAssistantMessageParam  # noqa: PLC0415
        from ..models.chat_completion_audio_param import ChatCompletionAudioParam  # noqa: PLC0415
        from ..models.chat_completion_developer_message_param import ChatCompletionDeveloperMessageParam  # noqa: PLC0415
        from ..models.chat_completion_moderation_param import ChatCompletionModerationParam  # noqa: PLC0415
        from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice  # noqa: PLC0415
        from ..models.chat_completion_prediction_content import ChatCompletionPredictionContent  # noqa: PLC0415
        from ..models.chat_completion_request_metadata import ChatCompletionRequestMetadata  # noqa: PLC0415
        from ..models.chat_completion_response_format_json_object import ChatCompletionResponseFormatJsonObject  # noqa: PLC0415
        from ..models.chat_completion_response_format_text import ChatCompletionResponseFormatText  # noqa: PLC0415
        from ..models.chat_completion_stream_options import ChatCompletionStreamOptions  # noqa: PLC0415
        from ..models.chat_completion_system_message_param import ChatCompletionSystemMessageParam  # noqa: PLC0415
        from ..models.chat_completion_tool import ChatCompletionTool  # noqa: PLC0415
        from ..models.chat_completion_tool_message_param import ChatCompletionToolMessageParam  # noqa: PLC0415
        from ..models.chat_completion_user_message_param import ChatCompletionUserMessageParam  # noqa: PLC0415
        from ..models.create_chat_completion_request_logit_bias_type_0 import CreateChatCompletionRequestLogitBiasType0  # noqa: PLC0415

        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            if isinstance(messages_item_data, ChatCompletionSystemMessageParam):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionDeveloperMessageParam):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionUserMessageParam):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionAssistantMessageParam):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ChatCompletionToolMessageParam):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        model = self.model

        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, ChatCompletionAudioParam):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

        frequency_penalty: float | None | Unset
        if isinstance(self.frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = self.frequency_penalty

        logit_bias: dict[str, Any] | None | Unset
        if isinstance(self.logit_bias, Unset):
            logit_bias = UNSET
        elif isinstance(self.logit_bias, CreateChatCompletionRequestLogitBiasType0):
            logit_bias = self.logit_bias.to_dict()
        else:
            logit_bias = self.logit_bias

        logprobs: bool | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        else:
            logprobs = self.logprobs

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        max_completion_tokens: int | None | Unset
        if isinstance(self.max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
            max_completion_tokens = self.max_completion_tokens

        max_tokens: int | None | Unset
        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ChatCompletionRequestMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        modalities: list[str] | None | Unset
        if isinstance(self.modalities, Unset):
            modalities = UNSET
        elif isinstance(self.modalities, list):
            modalities = []
            for modalities_type_0_item_data in self.modalities:
                modalities_type_0_item: str = modalities_type_0_item_data
                modalities.append(modalities_type_0_item)

        else:
            modalities = self.modalities

        moderation: dict[str, Any] | None | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, ChatCompletionModerationParam):
            moderation = self.moderation.to_dict()
        else:
            moderation = self.moderation

        n: Literal[1] | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        parallel_tool_calls = self.parallel_tool_calls

        prediction: dict[str, Any] | None | Unset
        if isinstance(self.prediction, Unset):
            prediction = UNSET
        elif isinstance(self.prediction, ChatCompletionPredictionContent):
            prediction = self.prediction.to_dict()
        else:
            prediction = self.prediction

        presence_penalty: float | None | Unset
        if isinstance(self.presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = self.presence_penalty

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        prompt_cache_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_options, Unset):
            prompt_cache_options = self.prompt_cache_options.to_dict()

        prompt_cache_retention: None | str | Unset
        if isinstance(self.prompt_cache_retention, Unset):
            prompt_cache_retention = UNSET
        elif isinstance(self.prompt_cache_retention, str):
            prompt_cache_retention = self.prompt_cache_retention
        else:
            prompt_cache_retention = self.prompt_cache_retention

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, str):
            reasoning_effort = self.reasoning_effort
        else:
            reasoning_effort = self.reasoning_effort

        response_format: dict[str, Any] | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ChatCompletionResponseFormatText):
            response_format = self.response_format.to_dict()
        elif isinstance(self.response_format, ChatCompletionResponseFormatJsonObject):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format.to_dict()

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        seed: int | None | Unset
        if isinstance(self.seed, Unset):
            seed = UNSET
        else:
            seed = self.seed

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        elif isinstance(self.service_tier, str):
            service_tier = self.service_tier
        else:
            service_tier = self.service_tier

        stop: list[str] | None | str | Unset
        if isinstance(self.stop, Unset):
            stop = UNSET
        elif isinstance(self.stop, list):
            stop = self.stop

        else:
            stop = self.stop

        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        stream_options: dict[str, Any] | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        elif isinstance(self.stream_options, ChatCompletionStreamOptions):
            stream_options = self.stream_options.to_dict()
        else:
            stream_options = self.stream_options

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        tool_choice: dict[str, Any] | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, str):
            tool_choice = self.tool_choice
        elif isinstance(self.tool_choice, ChatCompletionAllowedToolsChoice):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ChatCompletionNamedToolChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice.to_dict()

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, ChatCompletionTool):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        user = self.user

        verbosity: None | str | Unset
        if isinstance(self.verbosity, Unset):
            verbosity = UNSET
        elif isinstance(self.verbosity, str):
            verbosity = self.verbosity
        else:
            verbosity = self.verbosity

        web_search_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.web_search_options, Unset):
            web_search_options = self.web_search_options.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "messages": messages,
                "model": model,
            }
        )
        if audio is not UNSET:
            field_dict["audio"] = audio
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if n is not UNSET:
            field_dict["n"] = n
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if prediction is not UNSET:
            field_dict["prediction"] = prediction
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if seed is not UNSET:
            field_dict["seed"] = seed
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if stop is not UNSET:
            field_dict["stop"] = stop
        if store is not UNSET:
            field_dict["store"] = store
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if user is not UNSET:
            field_dict["user"] = user
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity
        if web_search_options is not UNSET:
            field_dict["web_search_options"] = web_search_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_allowed_tools_choice import ChatCompletionAllowedToolsChoice  # noqa: PLC0415
        from ..models.chat_completion_assistant_message_param import ChatCompletionAssistantMessageParam  # noqa: PLC0415
        from ..models.chat_completion_audio_param import ChatCompletionAudioParam  # noqa: PLC0415
        from ..models.chat_completion_custom_tool import ChatCompletionCustomTool  # noqa: PLC0415
        from ..models.chat_completion_developer_message_param import ChatCompletionDeveloperMessageParam  # noqa: PLC0415
        from ..models.chat_completion_function_message_param import ChatCompletionFunctionMessageParam  # noqa: PLC0415
        from ..models.chat_completion_moderation_param import ChatCompletionModerationParam  # noqa: PLC0415
        from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice  # noqa: PLC0415
        from ..models.chat_completion_named_tool_choice_custom import ChatCompletionNamedToolChoiceCustom  # noqa: PLC0415
        from ..models.chat_completion_prediction_content import ChatCompletionPredictionContent  # noqa: PLC0415
        from ..models.chat_completion_prompt_cache_options import ChatCompletionPromptCacheOptions  # noqa: PLC0415
        from ..models.chat_completion_request_metadata import ChatCompletionRequestMetadata  # noqa: PLC0415
        from ..models.chat_completion_response_format_json_object import ChatCompletionResponseFormatJsonObject  # noqa: PLC0415
        from ..models.chat_completion_response_format_json_schema import ChatCompletionResponseFormatJsonSchema  # noqa: PLC0415
        from ..models.chat_completion_response_format_text import ChatCompletionResponseFormatText  # noqa: PLC0415
        from ..models.chat_completion_stream_options import ChatCompletionStreamOptions  # noqa: PLC0415
        from ..models.chat_completion_system_message_param import ChatCompletionSystemMessageParam  # noqa: PLC0415
        from ..models.chat_completion_tool import ChatCompletionTool  # noqa: PLC0415
        from ..models.chat_completion_tool_message_param import ChatCompletionToolMessageParam  # noqa: PLC0415
        from ..models.chat_completion_user_message_param import ChatCompletionUserMessageParam  # noqa: PLC0415
        from ..models.chat_completion_web_search_options import ChatCompletionWebSearchOptions  # noqa: PLC0415
        from ..models.create_chat_completion_request_logit_bias_type_0 import CreateChatCompletionRequestLogitBiasType0  # noqa: PLC0415

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:

            def _parse_messages_item(
                data: object,
            ) -> (
                ChatCompletionAssistantMessageParam
                | ChatCompletionDeveloperMessageParam
                | ChatCompletionFunctionMessageParam
                | ChatCompletionSystemMessageParam
                | ChatCompletionToolMessageParam
                | ChatCompletionUserMessageParam
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_message_param_type_0 = ChatCompletionSystemMessageParam.from_dict(
                        data
                    )

                    return componentsschemas_chat_completion_message_param_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_message_param_type_1 = (
                        ChatCompletionDeveloperMessageParam.from_dict(data)
                    )

                    return componentsschemas_chat_completion_message_param_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_message_param_type_2 = ChatCompletionUserMessageParam.from_dict(
                        data
                    )

                    return componentsschemas_chat_completion_message_param_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_message_param_type_3 = (
                        ChatCompletionAssistantMessageParam.from_dict(data)
                    )

                    return componentsschemas_chat_completion_message_param_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_message_param_type_4 = ChatCompletionToolMessageParam.from_dict(
                        data
                    )

                    return componentsschemas_chat_completion_message_param_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_completion_message_param_type_5 = ChatCompletionFunctionMessageParam.from_dict(
                    data
                )

                return componentsschemas_chat_completion_message_param_type_5

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        model = d.pop("model")

        def _parse_audio(data: object) -> ChatCompletionAudioParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audio_type_0 = ChatCompletionAudioParam.from_dict(data)

                return audio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionAudioParam | None | Unset, data)

        audio = _parse_audio(d.pop("audio", UNSET))

        def _parse_frequency_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        frequency_penalty = _parse_frequency_penalty(d.pop("frequency_penalty", UNSET))

        def _parse_logit_bias(data: object) -> CreateChatCompletionRequestLogitBiasType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                logit_bias_type_0 = CreateChatCompletionRequestLogitBiasType0.from_dict(data)

                return logit_bias_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateChatCompletionRequestLogitBiasType0 | None | Unset, data)

        logit_bias = _parse_logit_bias(d.pop("logit_bias", UNSET))

        def _parse_logprobs(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))

        def _parse_top_logprobs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        top_logprobs = _parse_top_logprobs(d.pop("top_logprobs", UNSET))

        def _parse_max_completion_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_completion_tokens = _parse_max_completion_tokens(d.pop("max_completion_tokens", UNSET))

        def _parse_max_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_tokens = _parse_max_tokens(d.pop("max_tokens", UNSET))

        def _parse_metadata(data: object) -> ChatCompletionRequestMetadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ChatCompletionRequestMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionRequestMetadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_modalities(data: object) -> list[ChatCompletionModality] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                modalities_type_0 = []
                _modalities_type_0 = data
                for modalities_type_0_item_data in _modalities_type_0:
                    modalities_type_0_item = check_chat_completion_modality(modalities_type_0_item_data)

                    modalities_type_0.append(modalities_type_0_item)

                return modalities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatCompletionModality] | None | Unset, data)

        modalities = _parse_modalities(d.pop("modalities", UNSET))

        def _parse_moderation(data: object) -> ChatCompletionModerationParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                moderation_type_0 = ChatCompletionModerationParam.from_dict(data)

                return moderation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionModerationParam | None | Unset, data)

        moderation = _parse_moderation(d.pop("moderation", UNSET))

        def _parse_n(data: object) -> Literal[1] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            n_type_0 = cast(Literal[1], data)
            if n_type_0 != 1:
                raise ValueError(f"n_type_0 must match const 1, got '{n_type_0}'")
            return n_type_0
            return cast(Literal[1] | None | Unset, data)

        n = _parse_n(d.pop("n", UNSET))

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        def _parse_prediction(data: object) -> ChatCompletionPredictionContent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prediction_type_0 = ChatCompletionPredictionContent.from_dict(data)

                return prediction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionPredictionContent | None | Unset, data)

        prediction = _parse_prediction(d.pop("prediction", UNSET))

        def _parse_presence_penalty(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        presence_penalty = _parse_presence_penalty(d.pop("presence_penalty", UNSET))

        def _parse_prompt_cache_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_cache_key = _parse_prompt_cache_key(d.pop("prompt_cache_key", UNSET))

        _prompt_cache_options = d.pop("prompt_cache_options", UNSET)
        prompt_cache_options: ChatCompletionPromptCacheOptions | Unset
        if isinstance(_prompt_cache_options, Unset):
            prompt_cache_options = UNSET
        else:
            prompt_cache_options = ChatCompletionPromptCacheOptions.from_dict(_prompt_cache_options)

        def _parse_prompt_cache_retention(data: object) -> ChatCompletionPromptCacheRetention | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prompt_cache_retention_type_0 = check_chat_completion_prompt_cache_retention(data)

                return prompt_cache_retention_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionPromptCacheRetention | None | Unset, data)

        prompt_cache_retention = _parse_prompt_cache_retention(d.pop("prompt_cache_retention", UNSET))

        def _parse_reasoning_effort(data: object) -> ChatCompletionReasoningEffort | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reasoning_effort_type_0 = check_chat_completion_reasoning_effort(data)

                return reasoning_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionReasoningEffort | None | Unset, data)

        reasoning_effort = _parse_reasoning_effort(d.pop("reasoning_effort", UNSET))

        def _parse_response_format(
            data: object,
        ) -> (
            ChatCompletionResponseFormatJsonObject
            | ChatCompletionResponseFormatJsonSchema
            | ChatCompletionResponseFormatText
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_completion_response_format_type_0 = ChatCompletionResponseFormatText.from_dict(
                    data
                )

                return componentsschemas_chat_completion_response_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_completion_response_format_type_1 = (
                    ChatCompletionResponseFormatJsonObject.from_dict(data)
                )

                return componentsschemas_chat_completion_response_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_chat_completion_response_format_type_2 = ChatCompletionResponseFormatJsonSchema.from_dict(
                data
            )

            return componentsschemas_chat_completion_response_format_type_2

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        def _parse_safety_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        safety_identifier = _parse_safety_identifier(d.pop("safety_identifier", UNSET))

        def _parse_seed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seed = _parse_seed(d.pop("seed", UNSET))

        def _parse_service_tier(data: object) -> ChatCompletionServiceTier | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_tier_type_0 = check_chat_completion_service_tier(data)

                return service_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionServiceTier | None | Unset, data)

        service_tier = _parse_service_tier(d.pop("service_tier", UNSET))

        def _parse_stop(data: object) -> list[str] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stop_type_1 = cast(list[str], data)

                return stop_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | str | Unset, data)

        stop = _parse_stop(d.pop("stop", UNSET))

        def _parse_store(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        store = _parse_store(d.pop("store", UNSET))

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stream = _parse_stream(d.pop("stream", UNSET))

        def _parse_stream_options(data: object) -> ChatCompletionStreamOptions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stream_options_type_0 = ChatCompletionStreamOptions.from_dict(data)

                return stream_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionStreamOptions | None | Unset, data)

        stream_options = _parse_stream_options(d.pop("stream_options", UNSET))

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        def _parse_tool_choice(
            data: object,
        ) -> (
            ChatCompletionAllowedToolsChoice
            | ChatCompletionNamedToolChoice
            | ChatCompletionNamedToolChoiceCustom
            | ChatCompletionToolChoiceMode
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_chat_completion_tool_choice_option_type_0 = check_chat_completion_tool_choice_mode(
                    data
                )

                return componentsschemas_chat_completion_tool_choice_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_completion_tool_choice_option_type_1 = (
                    ChatCompletionAllowedToolsChoice.from_dict(data)
                )

                return componentsschemas_chat_completion_tool_choice_option_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chat_completion_tool_choice_option_type_2 = ChatCompletionNamedToolChoice.from_dict(
                    data
                )

                return componentsschemas_chat_completion_tool_choice_option_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_chat_completion_tool_choice_option_type_3 = ChatCompletionNamedToolChoiceCustom.from_dict(
                data
            )

            return componentsschemas_chat_completion_tool_choice_option_type_3

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        _tools = d.pop("tools", UNSET)
        tools: list[ChatCompletionCustomTool | ChatCompletionTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(data: object) -> ChatCompletionCustomTool | ChatCompletionTool:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_chat_completion_tool_union_type_0 = ChatCompletionTool.from_dict(data)

                        return componentsschemas_chat_completion_tool_union_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_tool_union_type_1 = ChatCompletionCustomTool.from_dict(data)

                    return componentsschemas_chat_completion_tool_union_type_1

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        top_p = _parse_top_p(d.pop("top_p", UNSET))

        user = d.pop("user", UNSET)

        def _parse_verbosity(data: object) -> ChatCompletionVerbosity | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verbosity_type_0 = check_chat_completion_verbosity(data)

                return verbosity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionVerbosity | None | Unset, data)

        verbosity = _parse_verbosity(d.pop("verbosity", UNSET))

        _web_search_options = d.pop("web_search_options", UNSET)
        web_search_options: ChatCompletionWebSearchOptions | Unset
        if isinstance(_web_search_options, Unset):
            web_search_options = UNSET
        else:
            web_search_options = ChatCompletionWebSearchOptions.from_dict(_web_search_options)

        create_chat_completion_request = cls(
            messages=messages,
            model=model,
            audio=audio,
            frequency_penalty=frequency_penalty,
            logit_bias=logit_bias,
            logprobs=logprobs,
            top_logprobs=top_logprobs,
            max_completion_tokens=max_completion_tokens,
            max_tokens=max_tokens,
            metadata=metadata,
            modalities=modalities,
            moderation=moderation,
            n=n,
            parallel_tool_calls=parallel_tool_calls,
            prediction=prediction,
            presence_penalty=presence_penalty,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_options=prompt_cache_options,
            prompt_cache_retention=prompt_cache_retention,
            reasoning_effort=reasoning_effort,
            response_format=response_format,
            safety_identifier=safety_identifier,
            seed=seed,
            service_tier=service_tier,
            stop=stop,
            store=store,
            stream=stream,
            stream_options=stream_options,
            temperature=temperature,
            tool_choice=tool_choice,
            tools=tools,
            top_p=top_p,
            user=user,
            verbosity=verbosity,
            web_search_options=web_search_options,
        )

        return create_chat_completion_request
