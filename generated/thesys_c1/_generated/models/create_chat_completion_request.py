from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..models.chat_completion_modality import ChatCompletionModality
from ..models.chat_completion_prompt_cache_retention import (
    ChatCompletionPromptCacheRetention,
)
from ..models.chat_completion_reasoning_effort import (
    ChatCompletionReasoningEffort,
)
from ..models.chat_completion_service_tier import ChatCompletionServiceTier
from ..models.chat_completion_tool_choice_mode import (
    ChatCompletionToolChoiceMode,
)
from ..models.chat_completion_verbosity import ChatCompletionVerbosity
from ..types import (
    STR_TYPE,
    GeneratedModel,
    ShapeError,
    at,
    bad,
    decode,
    encode,
    integral,
    keep_nulls,
    missing,
    new_model,
    not_object,
)

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


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "messages",
        "model",
        "audio",
        "frequency_penalty",
        "logit_bias",
        "logprobs",
        "top_logprobs",
        "max_completion_tokens",
        "max_tokens",
        "metadata",
        "modalities",
        "moderation",
        "n",
        "parallel_tool_calls",
        "prediction",
        "presence_penalty",
        "prompt_cache_key",
        "prompt_cache_options",
        "prompt_cache_retention",
        "reasoning_effort",
        "response_format",
        "safety_identifier",
        "seed",
        "service_tier",
        "stop",
        "store",
        "stream",
        "stream_options",
        "temperature",
        "tool_choice",
        "tools",
        "top_p",
        "user",
        "verbosity",
        "web_search_options",
    }
)
_ABSENT: Any = object()


@_attrs_define
class CreateChatCompletionRequest(GeneratedModel):
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

    audio: ChatCompletionAudioParam | None = None
    """ Voice and format of spoken output, used when `modalities` asks for audio. """

    frequency_penalty: float | None = None
    """ From -2 to 2. Positive values make tokens less likely the more often they have already appeared. The server
    treats an omitted value as 0. """

    logit_bias: CreateChatCompletionRequestLogitBiasType0 | None = None
    """ Maps token ids (as strings) to a bias from -100 to 100 added to that token's score before sampling. """

    logprobs: bool | None = None
    """ Whether to return the log probability of each output token. """

    top_logprobs: int | None = None
    """ How many of the most likely alternatives (0 to 20) to return at each token position. Needs `logprobs: true`.
    """

    max_completion_tokens: int | None = None
    """ Upper bound on generated tokens, reasoning tokens included. """

    max_tokens: int | None = None
    """ The older upper bound on generated tokens. Superseded by `max_completion_tokens`. """

    metadata: ChatCompletionRequestMetadata | None = None
    """ C1 settings for this request, under the one key `thesys`. """

    modalities: list[ChatCompletionModality] | None = None
    """ The kinds of output wanted, e.g. `["text"]` or `["text", "audio"]`. """

    moderation: ChatCompletionModerationParam | None = None
    """ Moderation to run on the request's input and on the generated output. """

    n: Literal[1] | None = None
    """ How many alternative completions to generate. The server treats an omitted or null value as 1. """

    parallel_tool_calls: bool | None = None
    """ Whether the model may ask for several tool calls in one turn. """

    prediction: ChatCompletionPredictionContent | None = None
    """ Text the output is expected to largely repeat, used to speed up generation. """

    presence_penalty: float | None = None
    """ From -2 to 2. Positive values make tokens that already appeared less likely, encouraging new topics. The
    server treats an omitted value as 0. """

    prompt_cache_key: None | str = None
    """ A key grouping similar requests so that their prompt prefixes share a cache. """

    prompt_cache_options: ChatCompletionPromptCacheOptions | None = None
    """ How prompt prefixes are cached. """

    prompt_cache_retention: ChatCompletionPromptCacheRetention | None = None
    """ How long cached prompt prefixes are kept. Superseded by `prompt_cache_options.ttl`. """

    reasoning_effort: ChatCompletionReasoningEffort | None = None
    """ How much effort reasoning models spend thinking before they answer. """

    response_format: (
        ChatCompletionResponseFormatJsonObject
        | ChatCompletionResponseFormatJsonSchema
        | ChatCompletionResponseFormatText
        | None
    ) = None
    """ The shape the answer must take. """

    safety_identifier: None | str = None
    """ A stable, preferably hashed, id of the end user, used for abuse detection. """

    seed: int | None = None
    """ Asks for best-effort deterministic sampling for a given seed. """

    service_tier: ChatCompletionServiceTier | None = None
    """ The processing tier to serve the request with. """

    stop: list[str] | None | str = None
    """ Up to 4 sequences at which generation stops; the sequence itself is not returned. """

    store: bool | None = None
    """ Whether the completion is stored for later retrieval. """

    stream: bool | None = None
    """ Whether to answer with a stream of server-sent `ChatCompletionChunk` events. """

    stream_options: ChatCompletionStreamOptions | None = None
    """ Options that apply only when `stream` is true. """

    temperature: float | None = None
    """ Sampling temperature from 0 to 2: higher is more varied, lower more focused. The server treats an omitted
    value as 1. """

    tool_choice: (
        ChatCompletionAllowedToolsChoice
        | ChatCompletionNamedToolChoice
        | ChatCompletionNamedToolChoiceCustom
        | ChatCompletionToolChoiceMode
        | None
    ) = None
    """ Which tool the model calls: `none` (no tool), `auto` (the model decides), `required` (at least one tool), a
    restricted set of tools, or one named tool. """

    tools: list[ChatCompletionCustomTool | ChatCompletionTool] | None = None
    """ The tools the model may call. """

    top_p: float | None = None
    """ Nucleus sampling: only the tokens making up this much probability mass (0 to 1) are considered. The server
    treats an omitted value as 1. """

    user: str | None = None
    """ An end-user id. Superseded by `safety_identifier` and `prompt_cache_key`. """

    verbosity: ChatCompletionVerbosity | None = None
    """ How terse or detailed the answer should be. """

    web_search_options: ChatCompletionWebSearchOptions | None = None
    """ Settings for models that search the web before answering. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["messages"] = encode(self.messages)
        field_dict["model"] = self.model
        if self.audio is not None:
            field_dict["audio"] = self.audio.to_dict()
        elif "audio" in getattr(self, "_null_keys", ()):
            field_dict["audio"] = None
        if self.frequency_penalty is not None:
            field_dict["frequency_penalty"] = self.frequency_penalty
        elif "frequency_penalty" in getattr(self, "_null_keys", ()):
            field_dict["frequency_penalty"] = None
        if self.logit_bias is not None:
            field_dict["logit_bias"] = self.logit_bias.to_dict()
        elif "logit_bias" in getattr(self, "_null_keys", ()):
            field_dict["logit_bias"] = None
        if self.logprobs is not None:
            field_dict["logprobs"] = self.logprobs
        elif "logprobs" in getattr(self, "_null_keys", ()):
            field_dict["logprobs"] = None
        if self.top_logprobs is not None:
            field_dict["top_logprobs"] = self.top_logprobs
        elif "top_logprobs" in getattr(self, "_null_keys", ()):
            field_dict["top_logprobs"] = None
        if self.max_completion_tokens is not None:
            field_dict["max_completion_tokens"] = self.max_completion_tokens
        elif "max_completion_tokens" in getattr(self, "_null_keys", ()):
            field_dict["max_completion_tokens"] = None
        if self.max_tokens is not None:
            field_dict["max_tokens"] = self.max_tokens
        elif "max_tokens" in getattr(self, "_null_keys", ()):
            field_dict["max_tokens"] = None
        if self.metadata is not None:
            field_dict["metadata"] = self.metadata.to_dict()
        elif "metadata" in getattr(self, "_null_keys", ()):
            field_dict["metadata"] = None
        if self.modalities is not None:
            field_dict["modalities"] = encode(self.modalities)
        elif "modalities" in getattr(self, "_null_keys", ()):
            field_dict["modalities"] = None
        if self.moderation is not None:
            field_dict["moderation"] = self.moderation.to_dict()
        elif "moderation" in getattr(self, "_null_keys", ()):
            field_dict["moderation"] = None
        if self.n is not None:
            field_dict["n"] = encode(self.n)
        elif "n" in getattr(self, "_null_keys", ()):
            field_dict["n"] = None
        if self.parallel_tool_calls is not None:
            field_dict["parallel_tool_calls"] = self.parallel_tool_calls
        if self.prediction is not None:
            field_dict["prediction"] = self.prediction.to_dict()
        elif "prediction" in getattr(self, "_null_keys", ()):
            field_dict["prediction"] = None
        if self.presence_penalty is not None:
            field_dict["presence_penalty"] = self.presence_penalty
        elif "presence_penalty" in getattr(self, "_null_keys", ()):
            field_dict["presence_penalty"] = None
        if self.prompt_cache_key is not None:
            field_dict["prompt_cache_key"] = self.prompt_cache_key
        elif "prompt_cache_key" in getattr(self, "_null_keys", ()):
            field_dict["prompt_cache_key"] = None
        if self.prompt_cache_options is not None:
            field_dict["prompt_cache_options"] = self.prompt_cache_options.to_dict()
        if self.prompt_cache_retention is not None:
            field_dict["prompt_cache_retention"] = self.prompt_cache_retention
        elif "prompt_cache_retention" in getattr(self, "_null_keys", ()):
            field_dict["prompt_cache_retention"] = None
        if self.reasoning_effort is not None:
            field_dict["reasoning_effort"] = self.reasoning_effort
        elif "reasoning_effort" in getattr(self, "_null_keys", ()):
            field_dict["reasoning_effort"] = None
        if self.response_format is not None:
            field_dict["response_format"] = encode(self.response_format)
        if self.safety_identifier is not None:
            field_dict["safety_identifier"] = self.safety_identifier
        elif "safety_identifier" in getattr(self, "_null_keys", ()):
            field_dict["safety_identifier"] = None
        if self.seed is not None:
            field_dict["seed"] = self.seed
        elif "seed" in getattr(self, "_null_keys", ()):
            field_dict["seed"] = None
        if self.service_tier is not None:
            field_dict["service_tier"] = self.service_tier
        elif "service_tier" in getattr(self, "_null_keys", ()):
            field_dict["service_tier"] = None
        if self.stop is not None:
            field_dict["stop"] = encode(self.stop)
        elif "stop" in getattr(self, "_null_keys", ()):
            field_dict["stop"] = None
        if self.store is not None:
            field_dict["store"] = self.store
        elif "store" in getattr(self, "_null_keys", ()):
            field_dict["store"] = None
        if self.stream is not None:
            field_dict["stream"] = self.stream
        elif "stream" in getattr(self, "_null_keys", ()):
            field_dict["stream"] = None
        if self.stream_options is not None:
            field_dict["stream_options"] = self.stream_options.to_dict()
        elif "stream_options" in getattr(self, "_null_keys", ()):
            field_dict["stream_options"] = None
        if self.temperature is not None:
            field_dict["temperature"] = self.temperature
        elif "temperature" in getattr(self, "_null_keys", ()):
            field_dict["temperature"] = None
        if self.tool_choice is not None:
            field_dict["tool_choice"] = encode(self.tool_choice)
        if self.tools is not None:
            field_dict["tools"] = encode(self.tools)
        if self.top_p is not None:
            field_dict["top_p"] = self.top_p
        elif "top_p" in getattr(self, "_null_keys", ()):
            field_dict["top_p"] = None
        if self.user is not None:
            field_dict["user"] = self.user
        if self.verbosity is not None:
            field_dict["verbosity"] = self.verbosity
        elif "verbosity" in getattr(self, "_null_keys", ()):
            field_dict["verbosity"] = None
        if self.web_search_options is not None:
            field_dict["web_search_options"] = self.web_search_options.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        nulls: tuple[str, ...] = ()
        get = d.get
        try:
            v_messages = d["messages"]
            v_model = d["model"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        try:
            v_messages = decode(
                v_messages,
                (
                    "list",
                    (
                        "union",
                        (
                            ("model", "ChatCompletionSystemMessageParam"),
                            ("model", "ChatCompletionDeveloperMessageParam"),
                            ("model", "ChatCompletionUserMessageParam"),
                            ("model", "ChatCompletionAssistantMessageParam"),
                            ("model", "ChatCompletionToolMessageParam"),
                            ("model", "ChatCompletionFunctionMessageParam"),
                        ),
                    ),
                ),
            )
        except ShapeError as error:
            raise at("messages", error) from None

        if not type(v_model) is str:
            raise at("model", bad(v_model, "string"))

        v_audio = get("audio", _ABSENT)
        if v_audio is _ABSENT:
            v_audio = None
        elif v_audio is None:
            nulls += ("audio",)
        else:
            if type(v_audio) is not dict:
                raise at("audio", bad(v_audio, "object or null"))
            try:
                v_audio = _models.ChatCompletionAudioParam.from_dict(v_audio)
            except ShapeError as error:
                raise at("audio", error) from None

        v_frequency_penalty = get("frequency_penalty", _ABSENT)
        if v_frequency_penalty is _ABSENT:
            v_frequency_penalty = None
        elif v_frequency_penalty is None:
            nulls += ("frequency_penalty",)
        else:
            if not (type(v_frequency_penalty) is int or type(v_frequency_penalty) is float):
                raise at("frequency_penalty", bad(v_frequency_penalty, "number or null"))

        v_logit_bias = get("logit_bias", _ABSENT)
        if v_logit_bias is _ABSENT:
            v_logit_bias = None
        elif v_logit_bias is None:
            nulls += ("logit_bias",)
        else:
            if type(v_logit_bias) is not dict:
                raise at("logit_bias", bad(v_logit_bias, "object or null"))
            try:
                v_logit_bias = _models.CreateChatCompletionRequestLogitBiasType0.from_dict(v_logit_bias)
            except ShapeError as error:
                raise at("logit_bias", error) from None

        v_logprobs = get("logprobs", _ABSENT)
        if v_logprobs is _ABSENT:
            v_logprobs = None
        elif v_logprobs is None:
            nulls += ("logprobs",)
        else:
            if not type(v_logprobs) is bool:
                raise at("logprobs", bad(v_logprobs, "boolean or null"))

        v_top_logprobs = get("top_logprobs", _ABSENT)
        if v_top_logprobs is _ABSENT:
            v_top_logprobs = None
        elif v_top_logprobs is None:
            nulls += ("top_logprobs",)
        else:
            if not (type(v_top_logprobs) is int or integral(v_top_logprobs)):
                raise at("top_logprobs", bad(v_top_logprobs, "integer or null"))

        v_max_completion_tokens = get("max_completion_tokens", _ABSENT)
        if v_max_completion_tokens is _ABSENT:
            v_max_completion_tokens = None
        elif v_max_completion_tokens is None:
            nulls += ("max_completion_tokens",)
        else:
            if not (type(v_max_completion_tokens) is int or integral(v_max_completion_tokens)):
                raise at("max_completion_tokens", bad(v_max_completion_tokens, "integer or null"))

        v_max_tokens = get("max_tokens", _ABSENT)
        if v_max_tokens is _ABSENT:
            v_max_tokens = None
        elif v_max_tokens is None:
            nulls += ("max_tokens",)
        else:
            if not (type(v_max_tokens) is int or integral(v_max_tokens)):
                raise at("max_tokens", bad(v_max_tokens, "integer or null"))

        v_metadata = get("metadata", _ABSENT)
        if v_metadata is _ABSENT:
            v_metadata = None
        elif v_metadata is None:
            nulls += ("metadata",)
        else:
            if type(v_metadata) is not dict:
                raise at("metadata", bad(v_metadata, "object or null"))
            try:
                v_metadata = _models.ChatCompletionRequestMetadata.from_dict(v_metadata)
            except ShapeError as error:
                raise at("metadata", error) from None

        v_modalities = get("modalities", _ABSENT)
        if v_modalities is _ABSENT:
            v_modalities = None
        elif v_modalities is None:
            nulls += ("modalities",)
        else:
            try:
                v_modalities = decode(v_modalities, ("list", "string"))
            except ShapeError as error:
                raise at("modalities", error) from None

        v_moderation = get("moderation", _ABSENT)
        if v_moderation is _ABSENT:
            v_moderation = None
        elif v_moderation is None:
            nulls += ("moderation",)
        else:
            if type(v_moderation) is not dict:
                raise at("moderation", bad(v_moderation, "object or null"))
            try:
                v_moderation = _models.ChatCompletionModerationParam.from_dict(v_moderation)
            except ShapeError as error:
                raise at("moderation", error) from None

        v_n = get("n", _ABSENT)
        if v_n is _ABSENT:
            v_n = None
        elif v_n is None:
            nulls += ("n",)
        else:
            try:
                v_n = decode(
                    v_n,
                    (
                        "union",
                        (
                            ("const", 1),
                            "null",
                        ),
                    ),
                )
            except ShapeError as error:
                raise at("n", error) from None

        v_parallel_tool_calls = get("parallel_tool_calls", _ABSENT)
        if v_parallel_tool_calls is _ABSENT:
            v_parallel_tool_calls = None
        else:
            if not type(v_parallel_tool_calls) is bool:
                raise at("parallel_tool_calls", bad(v_parallel_tool_calls, "boolean"))

        v_prediction = get("prediction", _ABSENT)
        if v_prediction is _ABSENT:
            v_prediction = None
        elif v_prediction is None:
            nulls += ("prediction",)
        else:
            if type(v_prediction) is not dict:
                raise at("prediction", bad(v_prediction, "object or null"))
            try:
                v_prediction = _models.ChatCompletionPredictionContent.from_dict(v_prediction)
            except ShapeError as error:
                raise at("prediction", error) from None

        v_presence_penalty = get("presence_penalty", _ABSENT)
        if v_presence_penalty is _ABSENT:
            v_presence_penalty = None
        elif v_presence_penalty is None:
            nulls += ("presence_penalty",)
        else:
            if not (type(v_presence_penalty) is int or type(v_presence_penalty) is float):
                raise at("presence_penalty", bad(v_presence_penalty, "number or null"))

        v_prompt_cache_key = get("prompt_cache_key", _ABSENT)
        if v_prompt_cache_key is _ABSENT:
            v_prompt_cache_key = None
        elif v_prompt_cache_key is None:
            nulls += ("prompt_cache_key",)
        else:
            if not type(v_prompt_cache_key) is str:
                raise at("prompt_cache_key", bad(v_prompt_cache_key, "string or null"))

        v_prompt_cache_options = get("prompt_cache_options", _ABSENT)
        if v_prompt_cache_options is _ABSENT:
            v_prompt_cache_options = None
        else:
            if type(v_prompt_cache_options) is not dict:
                raise at("prompt_cache_options", bad(v_prompt_cache_options, "object"))
            try:
                v_prompt_cache_options = _models.ChatCompletionPromptCacheOptions.from_dict(v_prompt_cache_options)
            except ShapeError as error:
                raise at("prompt_cache_options", error) from None

        v_prompt_cache_retention = get("prompt_cache_retention", _ABSENT)
        if v_prompt_cache_retention is _ABSENT:
            v_prompt_cache_retention = None
        elif v_prompt_cache_retention is None:
            nulls += ("prompt_cache_retention",)
        else:
            if type(v_prompt_cache_retention) not in STR_TYPE:
                raise at("prompt_cache_retention", bad(v_prompt_cache_retention, "string or null"))

        v_reasoning_effort = get("reasoning_effort", _ABSENT)
        if v_reasoning_effort is _ABSENT:
            v_reasoning_effort = None
        elif v_reasoning_effort is None:
            nulls += ("reasoning_effort",)
        else:
            if type(v_reasoning_effort) not in STR_TYPE:
                raise at("reasoning_effort", bad(v_reasoning_effort, "string or null"))

        v_response_format = get("response_format", _ABSENT)
        if v_response_format is _ABSENT:
            v_response_format = None
        else:
            try:
                v_response_format = decode(
                    v_response_format,
                    (
                        "union",
                        (
                            ("model", "ChatCompletionResponseFormatText"),
                            ("model", "ChatCompletionResponseFormatJsonObject"),
                            ("model", "ChatCompletionResponseFormatJsonSchema"),
                        ),
                    ),
                )
            except ShapeError as error:
                raise at("response_format", error) from None

        v_safety_identifier = get("safety_identifier", _ABSENT)
        if v_safety_identifier is _ABSENT:
            v_safety_identifier = None
        elif v_safety_identifier is None:
            nulls += ("safety_identifier",)
        else:
            if not type(v_safety_identifier) is str:
                raise at("safety_identifier", bad(v_safety_identifier, "string or null"))

        v_seed = get("seed", _ABSENT)
        if v_seed is _ABSENT:
            v_seed = None
        elif v_seed is None:
            nulls += ("seed",)
        else:
            if not (type(v_seed) is int or integral(v_seed)):
                raise at("seed", bad(v_seed, "integer or null"))

        v_service_tier = get("service_tier", _ABSENT)
        if v_service_tier is _ABSENT:
            v_service_tier = None
        elif v_service_tier is None:
            nulls += ("service_tier",)
        else:
            if type(v_service_tier) not in STR_TYPE:
                raise at("service_tier", bad(v_service_tier, "string or null"))

        v_stop = get("stop", _ABSENT)
        if v_stop is _ABSENT:
            v_stop = None
        elif v_stop is None:
            nulls += ("stop",)
        else:
            try:
                v_stop = decode(
                    v_stop,
                    (
                        "union",
                        (
                            "string",
                            ("list", "string"),
                            "null",
                        ),
                    ),
                )
            except ShapeError as error:
                raise at("stop", error) from None

        v_store = get("store", _ABSENT)
        if v_store is _ABSENT:
            v_store = None
        elif v_store is None:
            nulls += ("store",)
        else:
            if not type(v_store) is bool:
                raise at("store", bad(v_store, "boolean or null"))

        v_stream = get("stream", _ABSENT)
        if v_stream is _ABSENT:
            v_stream = None
        elif v_stream is None:
            nulls += ("stream",)
        else:
            if not type(v_stream) is bool:
                raise at("stream", bad(v_stream, "boolean or null"))

        v_stream_options = get("stream_options", _ABSENT)
        if v_stream_options is _ABSENT:
            v_stream_options = None
        elif v_stream_options is None:
            nulls += ("stream_options",)
        else:
            if type(v_stream_options) is not dict:
                raise at("stream_options", bad(v_stream_options, "object or null"))
            try:
                v_stream_options = _models.ChatCompletionStreamOptions.from_dict(v_stream_options)
            except ShapeError as error:
                raise at("stream_options", error) from None

        v_temperature = get("temperature", _ABSENT)
        if v_temperature is _ABSENT:
            v_temperature = None
        elif v_temperature is None:
            nulls += ("temperature",)
        else:
            if not (type(v_temperature) is int or type(v_temperature) is float):
                raise at("temperature", bad(v_temperature, "number or null"))

        v_tool_choice = get("tool_choice", _ABSENT)
        if v_tool_choice is _ABSENT:
            v_tool_choice = None
        else:
            try:
                v_tool_choice = decode(
                    v_tool_choice,
                    (
                        "union",
                        (
                            "string",
                            ("model", "ChatCompletionAllowedToolsChoice"),
                            ("model", "ChatCompletionNamedToolChoice"),
                            ("model", "ChatCompletionNamedToolChoiceCustom"),
                        ),
                    ),
                )
            except ShapeError as error:
                raise at("tool_choice", error) from None

        v_tools = get("tools", _ABSENT)
        if v_tools is _ABSENT:
            v_tools = None
        else:
            try:
                v_tools = decode(
                    v_tools,
                    (
                        "list",
                        (
                            "union",
                            (
                                ("model", "ChatCompletionTool"),
                                ("model", "ChatCompletionCustomTool"),
                            ),
                        ),
                    ),
                )
            except ShapeError as error:
                raise at("tools", error) from None

        v_top_p = get("top_p", _ABSENT)
        if v_top_p is _ABSENT:
            v_top_p = None
        elif v_top_p is None:
            nulls += ("top_p",)
        else:
            if not (type(v_top_p) is int or type(v_top_p) is float):
                raise at("top_p", bad(v_top_p, "number or null"))

        v_user = get("user", _ABSENT)
        if v_user is _ABSENT:
            v_user = None
        else:
            if not type(v_user) is str:
                raise at("user", bad(v_user, "string"))

        v_verbosity = get("verbosity", _ABSENT)
        if v_verbosity is _ABSENT:
            v_verbosity = None
        elif v_verbosity is None:
            nulls += ("verbosity",)
        else:
            if type(v_verbosity) not in STR_TYPE:
                raise at("verbosity", bad(v_verbosity, "string or null"))

        v_web_search_options = get("web_search_options", _ABSENT)
        if v_web_search_options is _ABSENT:
            v_web_search_options = None
        else:
            if type(v_web_search_options) is not dict:
                raise at("web_search_options", bad(v_web_search_options, "object"))
            try:
                v_web_search_options = _models.ChatCompletionWebSearchOptions.from_dict(v_web_search_options)
            except ShapeError as error:
                raise at("web_search_options", error) from None

        obj = new_model(cls)
        obj.messages = v_messages
        obj.model = v_model
        obj.audio = v_audio
        obj.frequency_penalty = v_frequency_penalty
        obj.logit_bias = v_logit_bias
        obj.logprobs = v_logprobs
        obj.top_logprobs = v_top_logprobs
        obj.max_completion_tokens = v_max_completion_tokens
        obj.max_tokens = v_max_tokens
        obj.metadata = v_metadata
        obj.modalities = v_modalities
        obj.moderation = v_moderation
        obj.n = v_n
        obj.parallel_tool_calls = v_parallel_tool_calls
        obj.prediction = v_prediction
        obj.presence_penalty = v_presence_penalty
        obj.prompt_cache_key = v_prompt_cache_key
        obj.prompt_cache_options = v_prompt_cache_options
        obj.prompt_cache_retention = v_prompt_cache_retention
        obj.reasoning_effort = v_reasoning_effort
        obj.response_format = v_response_format
        obj.safety_identifier = v_safety_identifier
        obj.seed = v_seed
        obj.service_tier = v_service_tier
        obj.stop = v_stop
        obj.store = v_store
        obj.stream = v_stream
        obj.stream_options = v_stream_options
        obj.temperature = v_temperature
        obj.tool_choice = v_tool_choice
        obj.tools = v_tools
        obj.top_p = v_top_p
        obj.user = v_user
        obj.verbosity = v_verbosity
        obj.web_search_options = v_web_search_options
        if nulls:
            keep_nulls(obj, nulls)
        return obj
