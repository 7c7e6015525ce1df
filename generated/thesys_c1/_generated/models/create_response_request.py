from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..models.response_includable import ResponseIncludable
from ..models.response_prompt_cache_retention import ResponsePromptCacheRetention
from ..models.response_service_tier import ResponseServiceTier
from ..models.response_tool_choice_mode import ResponseToolChoiceMode
from ..models.response_truncation import ResponseTruncation
from ..types import (
    STR_TYPE,
    GeneratedModel,
    ShapeError,
    at,
    bad,
    decode,
    encode,
    integral,
    item_error,
    keep_nulls,
    new_model,
    not_object,
)

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


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "model",
        "input",
        "instructions",
        "tools",
        "tool_choice",
        "text",
        "reasoning",
        "store",
        "background",
        "previous_response_id",
        "conversation",
        "include",
        "max_output_tokens",
        "max_tool_calls",
        "metadata",
        "parallel_tool_calls",
        "prompt",
        "prompt_cache_key",
        "prompt_cache_retention",
        "safety_identifier",
        "service_tier",
        "stream",
        "stream_options",
        "temperature",
        "top_logprobs",
        "presence_penalty",
        "frequency_penalty",
        "top_p",
        "truncation",
        "user",
    }
)
_ABSENT: Any = object()


@_attrs_define
class CreateResponseRequest(GeneratedModel):
    """The body of a request that creates a model response."""

    model: str | None = None
    """ The model id, e.g. `c1/anthropic/claude-sonnet-4/v-20250930`. New ids appear often, so any string is
    accepted. """

    input: (
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
        | None
    ) = None
    """ What the model responds to: a string, taken as one user message, or a list of input items (messages, tool
    calls and their outputs, reasoning, references to stored items). """

    instructions: None | str = None
    """ A system or developer message placed ahead of the input. Instructions of an earlier response are not carried
    over by `previous_response_id`. """

    tools: list[ResponseFunctionTool] | None = None
    """ The tools the model may call while it generates the response. """

    tool_choice: (
        None
        | ResponseToolChoiceAllowed
        | ResponseToolChoiceBuiltIn
        | ResponseToolChoiceCustom
        | ResponseToolChoiceFunction
        | ResponseToolChoiceMcp
        | ResponseToolChoiceMode
    ) = None
    """ Whether and which tool the model must call: a mode (`none`, `auto`, `required`), one named tool, or a subset
    of the declared tools. """

    text: None | ResponseTextConfig = None
    """ How the model's text output is shaped. """

    reasoning: None | ResponseReasoningConfig = None
    """ Settings for models that reason before they answer. """

    store: bool | None = None
    """ Whether the server keeps the response so that later requests can refer to it. The server decides when it is
    left out or null. """

    background: bool | None = None
    """ Whether to run the request in the background and answer at once with a queued response. The server treats an
    omitted or null value as false. """

    previous_response_id: None | str = None
    """ The id of a stored earlier response whose input and output form the start of this one's context. Not
    combinable with `conversation`. """

    conversation: None | ResponseConversationParam | str = None
    """ The conversation this response belongs to, by id or as `{"id": ...}`. Its items are prepended to the input,
    and the input and output of this response are added to it afterwards. """

    include: list[ResponseIncludable] | None = None
    """ Extra data to put in the response's output items, named by path. """

    max_output_tokens: int | None = None
    """ Upper bound on generated tokens, reasoning tokens included. """

    max_tool_calls: int | None = None
    """ Upper bound on the built-in tool calls made for this response. """

    metadata: None | ResponseRequestMetadata = None
    """ C1 settings for this request, under the one key `thesys`. """

    parallel_tool_calls: bool | None = None
    """ Whether the model may call several tools in one turn. """

    prompt: None | ResponsePrompt = None
    """ A stored prompt template to build the request from. """

    prompt_cache_key: None | str = None
    """ A key that groups similar requests so they share the prompt cache. """

    prompt_cache_retention: None | ResponsePromptCacheRetention = None
    """ How long cached prompt prefixes are kept. """

    safety_identifier: None | str = None
    """ A stable, preferably hashed, id of the end user, up to 64 characters, used to spot abuse. """

    service_tier: None | ResponseServiceTier = None
    """ The processing tier to serve the request with. """

    stream: bool | None = None
    """ Whether to answer with a stream of server-sent events. """

    stream_options: None | ResponseStreamOptions = None
    """ Settings for a streamed answer, used only when `stream` is true. """

    temperature: float | None = None
    """ Sampling temperature from 0 to 2; higher values give more varied output. The server treats an omitted value
    as 1. """

    top_logprobs: int | None = None
    """ How many of the most likely alternatives (0 to 20) to return at each token position. """

    presence_penalty: float | None = None
    """ Penalises tokens that already appear in the text so far, pushing the model towards new topics. Defined by
    Open Responses. """

    frequency_penalty: float | None = None
    """ Penalises tokens by how often they already appear in the text so far, making repetition less likely. Defined
    by Open Responses. """

    top_p: float | None = None
    """ Nucleus sampling: only tokens within this much probability mass are considered. The server treats an omitted
    value as 1. """

    truncation: None | ResponseTruncation = None
    """ What happens when the context exceeds the model's window: `auto` drops items from the start, `disabled`
    fails the request (the server's choice when left out). """

    user: str | None = None
    """ An end-user id. Superseded by `safety_identifier` and `prompt_cache_key`. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        if self.model is not None:
            field_dict["model"] = self.model
        if self.input is not None:
            field_dict["input"] = encode(self.input)
        if self.instructions is not None:
            field_dict["instructions"] = self.instructions
        elif "instructions" in getattr(self, "_null_keys", ()):
            field_dict["instructions"] = None
        if self.tools is not None:
            field_dict["tools"] = [item.to_dict() for item in self.tools]
        elif "tools" in getattr(self, "_null_keys", ()):
            field_dict["tools"] = None
        if self.tool_choice is not None:
            field_dict["tool_choice"] = encode(self.tool_choice)
        elif "tool_choice" in getattr(self, "_null_keys", ()):
            field_dict["tool_choice"] = None
        if self.text is not None:
            field_dict["text"] = self.text.to_dict()
        elif "text" in getattr(self, "_null_keys", ()):
            field_dict["text"] = None
        if self.reasoning is not None:
            field_dict["reasoning"] = self.reasoning.to_dict()
        elif "reasoning" in getattr(self, "_null_keys", ()):
            field_dict["reasoning"] = None
        if self.store is not None:
            field_dict["store"] = self.store
        elif "store" in getattr(self, "_null_keys", ()):
            field_dict["store"] = None
        if self.background is not None:
            field_dict["background"] = self.background
        elif "background" in getattr(self, "_null_keys", ()):
            field_dict["background"] = None
        if self.previous_response_id is not None:
            field_dict["previous_response_id"] = self.previous_response_id
        elif "previous_response_id" in getattr(self, "_null_keys", ()):
            field_dict["previous_response_id"] = None
        if self.conversation is not None:
            field_dict["conversation"] = encode(self.conversation)
        elif "conversation" in getattr(self, "_null_keys", ()):
            field_dict["conversation"] = None
        if self.include is not None:
            field_dict["include"] = encode(self.include)
        elif "include" in getattr(self, "_null_keys", ()):
            field_dict["include"] = None
        if self.max_output_tokens is not None:
            field_dict["max_output_tokens"] = self.max_output_tokens
        elif "max_output_tokens" in getattr(self, "_null_keys", ()):
            field_dict["max_output_tokens"] = None
        if self.max_tool_calls is not None:
            field_dict["max_tool_calls"] = self.max_tool_calls
        elif "max_tool_calls" in getattr(self, "_null_keys", ()):
            field_dict["max_tool_calls"] = None
        if self.metadata is not None:
            field_dict["metadata"] = self.metadata.to_dict()
        elif "metadata" in getattr(self, "_null_keys", ()):
            field_dict["metadata"] = None
        if self.parallel_tool_calls is not None:
            field_dict["parallel_tool_calls"] = self.parallel_tool_calls
        elif "parallel_tool_calls" in getattr(self, "_null_keys", ()):
            field_dict["parallel_tool_calls"] = None
        if self.prompt is not None:
            field_dict["prompt"] = self.prompt.to_dict()
        elif "prompt" in getattr(self, "_null_keys", ()):
            field_dict["prompt"] = None
        if self.prompt_cache_key is not None:
            field_dict["prompt_cache_key"] = self.prompt_cache_key
        elif "prompt_cache_key" in getattr(self, "_null_keys", ()):
            field_dict["prompt_cache_key"] = None
        if self.prompt_cache_retention is not None:
            field_dict["prompt_cache_retention"] = self.prompt_cache_retention
        elif "prompt_cache_retention" in getattr(self, "_null_keys", ()):
            field_dict["prompt_cache_retention"] = None
        if self.safety_identifier is not None:
            field_dict["safety_identifier"] = self.safety_identifier
        elif "safety_identifier" in getattr(self, "_null_keys", ()):
            field_dict["safety_identifier"] = None
        if self.service_tier is not None:
            field_dict["service_tier"] = self.service_tier
        elif "service_tier" in getattr(self, "_null_keys", ()):
            field_dict["service_tier"] = None
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
        if self.top_logprobs is not None:
            field_dict["top_logprobs"] = self.top_logprobs
        elif "top_logprobs" in getattr(self, "_null_keys", ()):
            field_dict["top_logprobs"] = None
        if self.presence_penalty is not None:
            field_dict["presence_penalty"] = self.presence_penalty
        elif "presence_penalty" in getattr(self, "_null_keys", ()):
            field_dict["presence_penalty"] = None
        if self.frequency_penalty is not None:
            field_dict["frequency_penalty"] = self.frequency_penalty
        elif "frequency_penalty" in getattr(self, "_null_keys", ()):
            field_dict["frequency_penalty"] = None
        if self.top_p is not None:
            field_dict["top_p"] = self.top_p
        elif "top_p" in getattr(self, "_null_keys", ()):
            field_dict["top_p"] = None
        if self.truncation is not None:
            field_dict["truncation"] = self.truncation
        elif "truncation" in getattr(self, "_null_keys", ()):
            field_dict["truncation"] = None
        if self.user is not None:
            field_dict["user"] = self.user
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
        v_model = get("model", _ABSENT)
        if v_model is _ABSENT:
            v_model = None
        else:
            if not type(v_model) is str:
                raise at("model", bad(v_model, "string"))

        v_input_ = get("input", _ABSENT)
        if v_input_ is _ABSENT:
            v_input_ = None
        else:
            try:
                v_input_ = decode(
                    v_input_,
                    (
                        "union",
                        (
                            "string",
                            (
                                "list",
                                (
                                    "union",
                                    (
                                        ("model", "ResponseOutputMessageItem"),
                                        ("model", "ResponseMessageItem"),
                                        ("model", "ResponseFunctionCallItem"),
                                        ("model", "ResponseFunctionCallOutputItem"),
                                        ("model", "ResponseItemReferenceItem"),
                                        ("model", "ResponseReasoningItem"),
                                        ("model", "ResponseLocalShellCallItem"),
                                        ("model", "ResponseLocalShellCallOutputItem"),
                                        ("model", "ResponseShellCallItem"),
                                        ("model", "ResponseShellCallOutputItem"),
                                        ("model", "ResponseApplyPatchCallItem"),
                                        ("model", "ResponseApplyPatchCallOutputItem"),
                                        ("model", "ResponseCustomToolCallItem"),
                                        ("model", "ResponseCustomToolCallOutputItem"),
                                    ),
                                ),
                            ),
                        ),
                    ),
                )
            except ShapeError as error:
                raise at("input", error) from None

        v_instructions = get("instructions", _ABSENT)
        if v_instructions is _ABSENT:
            v_instructions = None
        elif v_instructions is None:
            nulls += ("instructions",)
        else:
            if not type(v_instructions) is str:
                raise at("instructions", bad(v_instructions, "string or null"))

        v_tools = get("tools", _ABSENT)
        if v_tools is _ABSENT:
            v_tools = None
        elif v_tools is None:
            nulls += ("tools",)
        else:
            if type(v_tools) is not list:
                raise at("tools", bad(v_tools, "array or null"))
            try:
                v_tools = list(map(_models.ResponseFunctionTool.from_dict, v_tools)) if v_tools else []
            except ShapeError as error:
                raise at("tools", item_error(error, v_tools, _models.ResponseFunctionTool.from_dict)) from None

        v_tool_choice = get("tool_choice", _ABSENT)
        if v_tool_choice is _ABSENT:
            v_tool_choice = None
        elif v_tool_choice is None:
            nulls += ("tool_choice",)
        else:
            try:
                v_tool_choice = decode(
                    v_tool_choice,
                    (
                        "union",
                        (
                            "string",
                            ("model", "ResponseToolChoiceFunction"),
                            ("model", "ResponseToolChoiceAllowed"),
                            ("model", "ResponseToolChoiceBuiltIn"),
                            ("model", "ResponseToolChoiceMcp"),
                            ("model", "ResponseToolChoiceCustom"),
                            "null",
                        ),
                    ),
                )
            except ShapeError as error:
                raise at("tool_choice", error) from None

        v_text = get("text", _ABSENT)
        if v_text is _ABSENT:
            v_text = None
        elif v_text is None:
            nulls += ("text",)
        else:
            if type(v_text) is not dict:
                raise at("text", bad(v_text, "object or null"))
            try:
                v_text = _models.ResponseTextConfig.from_dict(v_text)
            except ShapeError as error:
                raise at("text", error) from None

        v_reasoning = get("reasoning", _ABSENT)
        if v_reasoning is _ABSENT:
            v_reasoning = None
        elif v_reasoning is None:
            nulls += ("reasoning",)
        else:
            if type(v_reasoning) is not dict:
                raise at("reasoning", bad(v_reasoning, "object or null"))
            try:
                v_reasoning = _models.ResponseReasoningConfig.from_dict(v_reasoning)
            except ShapeError as error:
                raise at("reasoning", error) from None

        v_store = get("store", _ABSENT)
        if v_store is _ABSENT:
            v_store = None
        elif v_store is None:
            nulls += ("store",)
        else:
            if not type(v_store) is bool:
                raise at("store", bad(v_store, "boolean or null"))

        v_background = get("background", _ABSENT)
        if v_background is _ABSENT:
            v_background = None
        elif v_background is None:
            nulls += ("background",)
        else:
            if not type(v_background) is bool:
                raise at("background", bad(v_background, "boolean or null"))

        v_previous_response_id = get("previous_response_id", _ABSENT)
        if v_previous_response_id is _ABSENT:
            v_previous_response_id = None
        elif v_previous_response_id is None:
            nulls += ("previous_response_id",)
        else:
            if not type(v_previous_response_id) is str:
                raise at("previous_response_id", bad(v_previous_response_id, "string or null"))

        v_conversation = get("conversation", _ABSENT)
        if v_conversation is _ABSENT:
            v_conversation = None
        elif v_conversation is None:
            nulls += ("conversation",)
        else:
            try:
                v_conversation = decode(
                    v_conversation,
                    (
                        "union",
                        (
                            "string",
                            ("model", "ResponseConversationParam"),
                            "null",
                        ),
                    ),
                )
            except ShapeError as error:
                raise at("conversation", error) from None

        v_include = get("include", _ABSENT)
        if v_include is _ABSENT:
            v_include = None
        elif v_include is None:
            nulls += ("include",)
        else:
            try:
                v_include = decode(v_include, ("list", "string"))
            except ShapeError as error:
                raise at("include", error) from None

        v_max_output_tokens = get("max_output_tokens", _ABSENT)
        if v_max_output_tokens is _ABSENT:
            v_max_output_tokens = None
        elif v_max_output_tokens is None:
            nulls += ("max_output_tokens",)
        else:
            if not (type(v_max_output_tokens) is int or integral(v_max_output_tokens)):
                raise at("max_output_tokens", bad(v_max_output_tokens, "integer or null"))

        v_max_tool_calls = get("max_tool_calls", _ABSENT)
        if v_max_tool_calls is _ABSENT:
            v_max_tool_calls = None
        elif v_max_tool_calls is None:
            nulls += ("max_tool_calls",)
        else:
            if not (type(v_max_tool_calls) is int or integral(v_max_tool_calls)):
                raise at("max_tool_calls", bad(v_max_tool_calls, "integer or null"))

        v_metadata = get("metadata", _ABSENT)
        if v_metadata is _ABSENT:
            v_metadata = None
        elif v_metadata is None:
            nulls += ("metadata",)
        else:
            if type(v_metadata) is not dict:
                raise at("metadata", bad(v_metadata, "object or null"))
            try:
                v_metadata = _models.ResponseRequestMetadata.from_dict(v_metadata)
            except ShapeError as error:
                raise at("metadata", error) from None

        v_parallel_tool_calls = get("parallel_tool_calls", _ABSENT)
        if v_parallel_tool_calls is _ABSENT:
            v_parallel_tool_calls = None
        elif v_parallel_tool_calls is None:
            nulls += ("parallel_tool_calls",)
        else:
            if not type(v_parallel_tool_calls) is bool:
                raise at("parallel_tool_calls", bad(v_parallel_tool_calls, "boolean or null"))

        v_prompt = get("prompt", _ABSENT)
        if v_prompt is _ABSENT:
            v_prompt = None
        elif v_prompt is None:
            nulls += ("prompt",)
        else:
            if type(v_prompt) is not dict:
                raise at("prompt", bad(v_prompt, "object or null"))
            try:
                v_prompt = _models.ResponsePrompt.from_dict(v_prompt)
            except ShapeError as error:
                raise at("prompt", error) from None

        v_prompt_cache_key = get("prompt_cache_key", _ABSENT)
        if v_prompt_cache_key is _ABSENT:
            v_prompt_cache_key = None
        elif v_prompt_cache_key is None:
            nulls += ("prompt_cache_key",)
        else:
            if not type(v_prompt_cache_key) is str:
                raise at("prompt_cache_key", bad(v_prompt_cache_key, "string or null"))

        v_prompt_cache_retention = get("prompt_cache_retention", _ABSENT)
        if v_prompt_cache_retention is _ABSENT:
            v_prompt_cache_retention = None
        elif v_prompt_cache_retention is None:
            nulls += ("prompt_cache_retention",)
        else:
            if type(v_prompt_cache_retention) not in STR_TYPE:
                raise at("prompt_cache_retention", bad(v_prompt_cache_retention, "string or null"))

        v_safety_identifier = get("safety_identifier", _ABSENT)
        if v_safety_identifier is _ABSENT:
            v_safety_identifier = None
        elif v_safety_identifier is None:
            nulls += ("safety_identifier",)
        else:
            if not type(v_safety_identifier) is str:
                raise at("safety_identifier", bad(v_safety_identifier, "string or null"))

        v_service_tier = get("service_tier", _ABSENT)
        if v_service_tier is _ABSENT:
            v_service_tier = None
        elif v_service_tier is None:
            nulls += ("service_tier",)
        else:
            if type(v_service_tier) not in STR_TYPE:
                raise at("service_tier", bad(v_service_tier, "string or null"))

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
                v_stream_options = _models.ResponseStreamOptions.from_dict(v_stream_options)
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

        v_top_logprobs = get("top_logprobs", _ABSENT)
        if v_top_logprobs is _ABSENT:
            v_top_logprobs = None
        elif v_top_logprobs is None:
            nulls += ("top_logprobs",)
        else:
            if not (type(v_top_logprobs) is int or integral(v_top_logprobs)):
                raise at("top_logprobs", bad(v_top_logprobs, "integer or null"))

        v_presence_penalty = get("presence_penalty", _ABSENT)
        if v_presence_penalty is _ABSENT:
            v_presence_penalty = None
        elif v_presence_penalty is None:
            nulls += ("presence_penalty",)
        else:
            if not (type(v_presence_penalty) is int or type(v_presence_penalty) is float):
                raise at("presence_penalty", bad(v_presence_penalty, "number or null"))

        v_frequency_penalty = get("frequency_penalty", _ABSENT)
        if v_frequency_penalty is _ABSENT:
            v_frequency_penalty = None
        elif v_frequency_penalty is None:
            nulls += ("frequency_penalty",)
        else:
            if not (type(v_frequency_penalty) is int or type(v_frequency_penalty) is float):
                raise at("frequency_penalty", bad(v_frequency_penalty, "number or null"))

        v_top_p = get("top_p", _ABSENT)
        if v_top_p is _ABSENT:
            v_top_p = None
        elif v_top_p is None:
            nulls += ("top_p",)
        else:
            if not (type(v_top_p) is int or type(v_top_p) is float):
                raise at("top_p", bad(v_top_p, "number or null"))

        v_truncation = get("truncation", _ABSENT)
        if v_truncation is _ABSENT:
            v_truncation = None
        elif v_truncation is None:
            nulls += ("truncation",)
        else:
            if type(v_truncation) not in STR_TYPE:
                raise at("truncation", bad(v_truncation, "string or null"))

        v_user = get("user", _ABSENT)
        if v_user is _ABSENT:
            v_user = None
        else:
            if not type(v_user) is str:
                raise at("user", bad(v_user, "string"))

        obj = new_model(cls)
        obj.model = v_model
        obj.input = v_input_
        obj.instructions = v_instructions
        obj.tools = v_tools
        obj.tool_choice = v_tool_choice
        obj.text = v_text
        obj.reasoning = v_reasoning
        obj.store = v_store
        obj.background = v_background
        obj.previous_response_id = v_previous_response_id
        obj.conversation = v_conversation
        obj.include = v_include
        obj.max_output_tokens = v_max_output_tokens
        obj.max_tool_calls = v_max_tool_calls
        obj.metadata = v_metadata
        obj.parallel_tool_calls = v_parallel_tool_calls
        obj.prompt = v_prompt
        obj.prompt_cache_key = v_prompt_cache_key
        obj.prompt_cache_retention = v_prompt_cache_retention
        obj.safety_identifier = v_safety_identifier
        obj.service_tier = v_service_tier
        obj.stream = v_stream
        obj.stream_options = v_stream_options
        obj.temperature = v_temperature
        obj.top_logprobs = v_top_logprobs
        obj.presence_penalty = v_presence_penalty
        obj.frequency_penalty = v_frequency_penalty
        obj.top_p = v_top_p
        obj.truncation = v_truncation
        obj.user = v_user
        if nulls:
            keep_nulls(obj, nulls)
        return obj
