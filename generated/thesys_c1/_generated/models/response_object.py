from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._lib.answer_text import OutputTextMixin
from .. import models as _models
from ..types import (
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
    not_const,
    not_object,
)

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
    from ..models.response_usage import ResponseUsage
    from ..models.response_web_search_tool import ResponseWebSearchTool


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "object",
        "created_at",
        "model",
        "output",
        "completed_at",
        "status",
        "usage",
        "error",
        "incomplete_details",
        "instructions",
        "metadata",
        "parallel_tool_calls",
        "previous_response_id",
        "conversation",
        "store",
        "background",
        "text",
        "reasoning",
        "tools",
        "tool_choice",
        "temperature",
        "top_p",
        "top_logprobs",
        "presence_penalty",
        "frequency_penalty",
        "max_output_tokens",
        "max_tool_calls",
        "truncation",
        "service_tier",
        "safety_identifier",
        "prompt_cache_key",
        "prompt_cache_retention",
        "user",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseObject(OutputTextMixin, GeneratedModel):
    """A model response: its status, the output items produced, token usage, and the settings it was produced with. The
    concatenated output text is not part of the wire format; clients derive it from the output items.

    """

    id: str
    """ The response's id, such as `resp_123`. """

    object: Literal["response"]
    """ Always `response`. """

    created_at: int
    """ When the response was created, in Unix seconds. """

    model: str
    """ The model that produced the response. """

    output: list[
        ResponseOutputFunctionCall | ResponseOutputFunctionCallOutput | ResponseOutputMessage | ResponseOutputReasoning
    ]
    """ The items the model produced, in order. """

    completed_at: int | None = None
    """ When the response was completed, in Unix seconds. """

    status: str | None = None
    """ One of `queued`, `in_progress`, `completed`, `incomplete`, `failed` or `cancelled`; other values may appear.
    """

    usage: None | ResponseUsage = None
    """ Token counts, once known. """

    error: None | ResponseError = None
    """ What went wrong, when the response failed. """

    incomplete_details: None | ResponseIncompleteDetails = None
    """ Why the response is incomplete, when it is. """

    instructions: (
        list[
            ResponseOutputFunctionCall
            | ResponseOutputFunctionCallOutput
            | ResponseOutputMessage
            | ResponseOutputReasoning
        ]
        | None
        | str
    ) = None
    """ The instructions the response was produced with, as a string or as items. """

    metadata: None | ResponseObjectMetadataType0 = None
    """ The string pairs the response is tagged with. """

    parallel_tool_calls: bool | None = None
    """ Whether the model was allowed to call several tools in one turn. """

    previous_response_id: None | str = None
    """ The earlier response this one continues, if any. """

    conversation: None | ResponseConversationRef = None
    """ The conversation the response belongs to, if any. """

    store: bool | None = None
    """ Whether the response is stored. """

    background: bool | None = None
    """ Whether the response was run in the background. """

    text: None | ResponseTextSettings = None
    """ The text settings used. """

    reasoning: None | ResponseReasoningSettings = None
    """ The reasoning settings used. """

    tools: (
        list[
            ResponseCodeInterpreterTool
            | ResponseComputerUseTool
            | ResponseCustomTool
            | ResponseFileSearchTool
            | ResponseFunctionTool
            | ResponseMcpTool
            | ResponseWebSearchTool
        ]
        | None
    ) = None
    """ The tools the model could call. """

    tool_choice: ResponseToolChoiceSettings | str | None = None
    """ The tool choice used, as a mode string or an object. """

    temperature: float | None = None
    """ The sampling temperature used. """

    top_p: float | None = None
    """ The nucleus sampling mass used. """

    top_logprobs: int | None = None
    """ How many alternatives were returned at each token position. """

    presence_penalty: float | None = None
    """ The presence penalty used. """

    frequency_penalty: float | None = None
    """ The frequency penalty used. """

    max_output_tokens: int | None = None
    """ The output token limit used. """

    max_tool_calls: int | None = None
    """ The tool call limit used. """

    truncation: None | str = None
    """ The truncation strategy used, such as `auto` or `disabled`. """

    service_tier: None | str = None
    """ The processing tier that served the request, such as `default` or `flex`. """

    safety_identifier: None | str = None
    """ The end-user id sent for abuse detection. """

    prompt_cache_key: None | str = None
    """ The prompt cache key used. """

    prompt_cache_retention: None | str = None
    """ The prompt cache retention used, such as `in_memory` or `24h`. """

    user: None | str = None
    """ The deprecated end-user id, if one was sent. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _request_id: str | None = _attrs_field(default=None, init=False, repr=False, eq=False)
    """ The `x-request-id` of the HTTP answer this object came from, when it came from one. """
    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["object"] = self.object
        field_dict["created_at"] = self.created_at
        field_dict["model"] = self.model
        field_dict["output"] = encode(self.output)
        if self.completed_at is not None:
            field_dict["completed_at"] = self.completed_at
        elif "completed_at" in getattr(self, "_null_keys", ()):
            field_dict["completed_at"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        if self.usage is not None:
            field_dict["usage"] = self.usage.to_dict()
        elif "usage" in getattr(self, "_null_keys", ()):
            field_dict["usage"] = None
        if self.error is not None:
            field_dict["error"] = self.error.to_dict()
        elif "error" in getattr(self, "_null_keys", ()):
            field_dict["error"] = None
        if self.incomplete_details is not None:
            field_dict["incomplete_details"] = self.incomplete_details.to_dict()
        elif "incomplete_details" in getattr(self, "_null_keys", ()):
            field_dict["incomplete_details"] = None
        if self.instructions is not None:
            field_dict["instructions"] = encode(self.instructions)
        elif "instructions" in getattr(self, "_null_keys", ()):
            field_dict["instructions"] = None
        if self.metadata is not None:
            field_dict["metadata"] = self.metadata.to_dict()
        elif "metadata" in getattr(self, "_null_keys", ()):
            field_dict["metadata"] = None
        if self.parallel_tool_calls is not None:
            field_dict["parallel_tool_calls"] = self.parallel_tool_calls
        if self.previous_response_id is not None:
            field_dict["previous_response_id"] = self.previous_response_id
        elif "previous_response_id" in getattr(self, "_null_keys", ()):
            field_dict["previous_response_id"] = None
        if self.conversation is not None:
            field_dict["conversation"] = self.conversation.to_dict()
        elif "conversation" in getattr(self, "_null_keys", ()):
            field_dict["conversation"] = None
        if self.store is not None:
            field_dict["store"] = self.store
        if self.background is not None:
            field_dict["background"] = self.background
        elif "background" in getattr(self, "_null_keys", ()):
            field_dict["background"] = None
        if self.text is not None:
            field_dict["text"] = self.text.to_dict()
        elif "text" in getattr(self, "_null_keys", ()):
            field_dict["text"] = None
        if self.reasoning is not None:
            field_dict["reasoning"] = self.reasoning.to_dict()
        elif "reasoning" in getattr(self, "_null_keys", ()):
            field_dict["reasoning"] = None
        if self.tools is not None:
            field_dict["tools"] = encode(self.tools)
        elif "tools" in getattr(self, "_null_keys", ()):
            field_dict["tools"] = None
        if self.tool_choice is not None:
            field_dict["tool_choice"] = encode(self.tool_choice)
        if self.temperature is not None:
            field_dict["temperature"] = self.temperature
        elif "temperature" in getattr(self, "_null_keys", ()):
            field_dict["temperature"] = None
        if self.top_p is not None:
            field_dict["top_p"] = self.top_p
        elif "top_p" in getattr(self, "_null_keys", ()):
            field_dict["top_p"] = None
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
        if self.max_output_tokens is not None:
            field_dict["max_output_tokens"] = self.max_output_tokens
        elif "max_output_tokens" in getattr(self, "_null_keys", ()):
            field_dict["max_output_tokens"] = None
        if self.max_tool_calls is not None:
            field_dict["max_tool_calls"] = self.max_tool_calls
        elif "max_tool_calls" in getattr(self, "_null_keys", ()):
            field_dict["max_tool_calls"] = None
        if self.truncation is not None:
            field_dict["truncation"] = self.truncation
        elif "truncation" in getattr(self, "_null_keys", ()):
            field_dict["truncation"] = None
        if self.service_tier is not None:
            field_dict["service_tier"] = self.service_tier
        elif "service_tier" in getattr(self, "_null_keys", ()):
            field_dict["service_tier"] = None
        if self.safety_identifier is not None:
            field_dict["safety_identifier"] = self.safety_identifier
        elif "safety_identifier" in getattr(self, "_null_keys", ()):
            field_dict["safety_identifier"] = None
        if self.prompt_cache_key is not None:
            field_dict["prompt_cache_key"] = self.prompt_cache_key
        elif "prompt_cache_key" in getattr(self, "_null_keys", ()):
            field_dict["prompt_cache_key"] = None
        if self.prompt_cache_retention is not None:
            field_dict["prompt_cache_retention"] = self.prompt_cache_retention
        elif "prompt_cache_retention" in getattr(self, "_null_keys", ()):
            field_dict["prompt_cache_retention"] = None
        if self.user is not None:
            field_dict["user"] = self.user
        elif "user" in getattr(self, "_null_keys", ()):
            field_dict["user"] = None
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
        absent = 0
        try:
            v_id = d["id"]
            v_object_ = d["object"]
            v_created_at = d["created_at"]
            v_model = d["model"]
            v_output = d["output"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not type(v_id) is str:
            raise at("id", bad(v_id, "string"))

        if v_object_ != "response" or type(v_object_) is not str:
            raise at("object", not_const(v_object_, "response"))

        if not (type(v_created_at) is int or integral(v_created_at)):
            raise at("created_at", bad(v_created_at, "integer"))

        if not type(v_model) is str:
            raise at("model", bad(v_model, "string"))

        try:
            v_output = decode(
                v_output,
                (
                    "list",
                    (
                        "union",
                        (
                            ("model", "ResponseOutputMessage"),
                            ("model", "ResponseOutputFunctionCall"),
                            ("model", "ResponseOutputFunctionCallOutput"),
                            ("model", "ResponseOutputReasoning"),
                        ),
                    ),
                ),
            )
        except ShapeError as error:
            raise at("output", error) from None

        v_completed_at = get("completed_at", _ABSENT)
        if v_completed_at is _ABSENT:
            v_completed_at = None
            absent += 1
        elif v_completed_at is None:
            nulls += ("completed_at",)
        else:
            if not (type(v_completed_at) is int or integral(v_completed_at)):
                raise at("completed_at", bad(v_completed_at, "integer or null"))

        v_status = get("status", _ABSENT)
        if v_status is _ABSENT:
            v_status = None
            absent += 1
        else:
            if not type(v_status) is str:
                raise at("status", bad(v_status, "string"))

        v_usage = get("usage", _ABSENT)
        if v_usage is _ABSENT:
            v_usage = None
            absent += 1
        elif v_usage is None:
            nulls += ("usage",)
        else:
            if type(v_usage) is not dict:
                raise at("usage", bad(v_usage, "object or null"))
            try:
                v_usage = _models.ResponseUsage.from_dict(v_usage)
            except ShapeError as error:
                raise at("usage", error) from None

        v_error = get("error", _ABSENT)
        if v_error is _ABSENT:
            v_error = None
            absent += 1
        elif v_error is None:
            nulls += ("error",)
        else:
            if type(v_error) is not dict:
                raise at("error", bad(v_error, "object or null"))
            try:
                v_error = _models.ResponseError.from_dict(v_error)
            except ShapeError as error:
                raise at("error", error) from None

        v_incomplete_details = get("incomplete_details", _ABSENT)
        if v_incomplete_details is _ABSENT:
            v_incomplete_details = None
            absent += 1
        elif v_incomplete_details is None:
            nulls += ("incomplete_details",)
        else:
            if type(v_incomplete_details) is not dict:
                raise at("incomplete_details", bad(v_incomplete_details, "object or null"))
            try:
                v_incomplete_details = _models.ResponseIncompleteDetails.from_dict(v_incomplete_details)
            except ShapeError as error:
                raise at("incomplete_details", error) from None

        v_instructions = get("instructions", _ABSENT)
        if v_instructions is _ABSENT:
            v_instructions = None
            absent += 1
        elif v_instructions is None:
            nulls += ("instructions",)
        else:
            try:
                v_instructions = decode(
                    v_instructions,
                    (
                        "union",
                        (
                            "string",
                            (
                                "list",
                                (
                                    "union",
                                    (
                                        ("model", "ResponseOutputMessage"),
                                        ("model", "ResponseOutputFunctionCall"),
                                        ("model", "ResponseOutputFunctionCallOutput"),
                                        ("model", "ResponseOutputReasoning"),
                                    ),
                                ),
                            ),
                            "null",
                        ),
                    ),
                )
            except ShapeError as error:
                raise at("instructions", error) from None

        v_metadata = get("metadata", _ABSENT)
        if v_metadata is _ABSENT:
            v_metadata = None
            absent += 1
        elif v_metadata is None:
            nulls += ("metadata",)
        else:
            if type(v_metadata) is not dict:
                raise at("metadata", bad(v_metadata, "object or null"))
            try:
                v_metadata = _models.ResponseObjectMetadataType0.from_dict(v_metadata)
            except ShapeError as error:
                raise at("metadata", error) from None

        v_parallel_tool_calls = get("parallel_tool_calls", _ABSENT)
        if v_parallel_tool_calls is _ABSENT:
            v_parallel_tool_calls = None
            absent += 1
        else:
            if not type(v_parallel_tool_calls) is bool:
                raise at("parallel_tool_calls", bad(v_parallel_tool_calls, "boolean"))

        v_previous_response_id = get("previous_response_id", _ABSENT)
        if v_previous_response_id is _ABSENT:
            v_previous_response_id = None
            absent += 1
        elif v_previous_response_id is None:
            nulls += ("previous_response_id",)
        else:
            if not type(v_previous_response_id) is str:
                raise at("previous_response_id", bad(v_previous_response_id, "string or null"))

        v_conversation = get("conversation", _ABSENT)
        if v_conversation is _ABSENT:
            v_conversation = None
            absent += 1
        elif v_conversation is None:
            nulls += ("conversation",)
        else:
            if type(v_conversation) is not dict:
                raise at("conversation", bad(v_conversation, "object or null"))
            try:
                v_conversation = _models.ResponseConversationRef.from_dict(v_conversation)
            except ShapeError as error:
                raise at("conversation", error) from None

        v_store = get("store", _ABSENT)
        if v_store is _ABSENT:
            v_store = None
            absent += 1
        else:
            if not type(v_store) is bool:
                raise at("store", bad(v_store, "boolean"))

        v_background = get("background", _ABSENT)
        if v_background is _ABSENT:
            v_background = None
            absent += 1
        elif v_background is None:
            nulls += ("background",)
        else:
            if not type(v_background) is bool:
                raise at("background", bad(v_background, "boolean or null"))

        v_text = get("text", _ABSENT)
        if v_text is _ABSENT:
            v_text = None
            absent += 1
        elif v_text is None:
            nulls += ("text",)
        else:
            if type(v_text) is not dict:
                raise at("text", bad(v_text, "object or null"))
            try:
                v_text = _models.ResponseTextSettings.from_dict(v_text)
            except ShapeError as error:
                raise at("text", error) from None

        v_reasoning = get("reasoning", _ABSENT)
        if v_reasoning is _ABSENT:
            v_reasoning = None
            absent += 1
        elif v_reasoning is None:
            nulls += ("reasoning",)
        else:
            if type(v_reasoning) is not dict:
                raise at("reasoning", bad(v_reasoning, "object or null"))
            try:
                v_reasoning = _models.ResponseReasoningSettings.from_dict(v_reasoning)
            except ShapeError as error:
                raise at("reasoning", error) from None

        v_tools = get("tools", _ABSENT)
        if v_tools is _ABSENT:
            v_tools = None
            absent += 1
        elif v_tools is None:
            nulls += ("tools",)
        else:
            try:
                v_tools = decode(
                    v_tools,
                    (
                        "list",
                        (
                            "union",
                            (
                                ("model", "ResponseFunctionTool"),
                                ("model", "ResponseWebSearchTool"),
                                ("model", "ResponseFileSearchTool"),
                                ("model", "ResponseCodeInterpreterTool"),
                                ("model", "ResponseComputerUseTool"),
                                ("model", "ResponseMcpTool"),
                                ("model", "ResponseCustomTool"),
                            ),
                        ),
                    ),
                )
            except ShapeError as error:
                raise at("tools", error) from None

        v_tool_choice = get("tool_choice", _ABSENT)
        if v_tool_choice is _ABSENT:
            v_tool_choice = None
            absent += 1
        else:
            try:
                v_tool_choice = decode(
                    v_tool_choice,
                    (
                        "union",
                        (
                            "string",
                            ("model", "ResponseToolChoiceSettings"),
                        ),
                    ),
                )
            except ShapeError as error:
                raise at("tool_choice", error) from None

        v_temperature = get("temperature", _ABSENT)
        if v_temperature is _ABSENT:
            v_temperature = None
            absent += 1
        elif v_temperature is None:
            nulls += ("temperature",)
        else:
            if not (type(v_temperature) is int or type(v_temperature) is float):
                raise at("temperature", bad(v_temperature, "number or null"))

        v_top_p = get("top_p", _ABSENT)
        if v_top_p is _ABSENT:
            v_top_p = None
            absent += 1
        elif v_top_p is None:
            nulls += ("top_p",)
        else:
            if not (type(v_top_p) is int or type(v_top_p) is float):
                raise at("top_p", bad(v_top_p, "number or null"))

        v_top_logprobs = get("top_logprobs", _ABSENT)
        if v_top_logprobs is _ABSENT:
            v_top_logprobs = None
            absent += 1
        elif v_top_logprobs is None:
            nulls += ("top_logprobs",)
        else:
            if not (type(v_top_logprobs) is int or integral(v_top_logprobs)):
                raise at("top_logprobs", bad(v_top_logprobs, "integer or null"))

        v_presence_penalty = get("presence_penalty", _ABSENT)
        if v_presence_penalty is _ABSENT:
            v_presence_penalty = None
            absent += 1
        elif v_presence_penalty is None:
            nulls += ("presence_penalty",)
        else:
            if not (type(v_presence_penalty) is int or type(v_presence_penalty) is float):
                raise at("presence_penalty", bad(v_presence_penalty, "number or null"))

        v_frequency_penalty = get("frequency_penalty", _ABSENT)
        if v_frequency_penalty is _ABSENT:
            v_frequency_penalty = None
            absent += 1
        elif v_frequency_penalty is None:
            nulls += ("frequency_penalty",)
        else:
            if not (type(v_frequency_penalty) is int or type(v_frequency_penalty) is float):
                raise at("frequency_penalty", bad(v_frequency_penalty, "number or null"))

        v_max_output_tokens = get("max_output_tokens", _ABSENT)
        if v_max_output_tokens is _ABSENT:
            v_max_output_tokens = None
            absent += 1
        elif v_max_output_tokens is None:
            nulls += ("max_output_tokens",)
        else:
            if not (type(v_max_output_tokens) is int or integral(v_max_output_tokens)):
                raise at("max_output_tokens", bad(v_max_output_tokens, "integer or null"))

        v_max_tool_calls = get("max_tool_calls", _ABSENT)
        if v_max_tool_calls is _ABSENT:
            v_max_tool_calls = None
            absent += 1
        elif v_max_tool_calls is None:
            nulls += ("max_tool_calls",)
        else:
            if not (type(v_max_tool_calls) is int or integral(v_max_tool_calls)):
                raise at("max_tool_calls", bad(v_max_tool_calls, "integer or null"))

        v_truncation = get("truncation", _ABSENT)
        if v_truncation is _ABSENT:
            v_truncation = None
            absent += 1
        elif v_truncation is None:
            nulls += ("truncation",)
        else:
            if not type(v_truncation) is str:
                raise at("truncation", bad(v_truncation, "string or null"))

        v_service_tier = get("service_tier", _ABSENT)
        if v_service_tier is _ABSENT:
            v_service_tier = None
            absent += 1
        elif v_service_tier is None:
            nulls += ("service_tier",)
        else:
            if not type(v_service_tier) is str:
                raise at("service_tier", bad(v_service_tier, "string or null"))

        v_safety_identifier = get("safety_identifier", _ABSENT)
        if v_safety_identifier is _ABSENT:
            v_safety_identifier = None
            absent += 1
        elif v_safety_identifier is None:
            nulls += ("safety_identifier",)
        else:
            if not type(v_safety_identifier) is str:
                raise at("safety_identifier", bad(v_safety_identifier, "string or null"))

        v_prompt_cache_key = get("prompt_cache_key", _ABSENT)
        if v_prompt_cache_key is _ABSENT:
            v_prompt_cache_key = None
            absent += 1
        elif v_prompt_cache_key is None:
            nulls += ("prompt_cache_key",)
        else:
            if not type(v_prompt_cache_key) is str:
                raise at("prompt_cache_key", bad(v_prompt_cache_key, "string or null"))

        v_prompt_cache_retention = get("prompt_cache_retention", _ABSENT)
        if v_prompt_cache_retention is _ABSENT:
            v_prompt_cache_retention = None
            absent += 1
        elif v_prompt_cache_retention is None:
            nulls += ("prompt_cache_retention",)
        else:
            if not type(v_prompt_cache_retention) is str:
                raise at("prompt_cache_retention", bad(v_prompt_cache_retention, "string or null"))

        v_user = get("user", _ABSENT)
        if v_user is _ABSENT:
            v_user = None
            absent += 1
        elif v_user is None:
            nulls += ("user",)
        else:
            if not type(v_user) is str:
                raise at("user", bad(v_user, "string or null"))

        obj = new_model(cls)
        obj.id = v_id
        obj.object = "response"
        obj.created_at = v_created_at
        obj.model = v_model
        obj.output = v_output
        obj.completed_at = v_completed_at
        obj.status = v_status
        obj.usage = v_usage
        obj.error = v_error
        obj.incomplete_details = v_incomplete_details
        obj.instructions = v_instructions
        obj.metadata = v_metadata
        obj.parallel_tool_calls = v_parallel_tool_calls
        obj.previous_response_id = v_previous_response_id
        obj.conversation = v_conversation
        obj.store = v_store
        obj.background = v_background
        obj.text = v_text
        obj.reasoning = v_reasoning
        obj.tools = v_tools
        obj.tool_choice = v_tool_choice
        obj.temperature = v_temperature
        obj.top_p = v_top_p
        obj.top_logprobs = v_top_logprobs
        obj.presence_penalty = v_presence_penalty
        obj.frequency_penalty = v_frequency_penalty
        obj.max_output_tokens = v_max_output_tokens
        obj.max_tool_calls = v_max_tool_calls
        obj.truncation = v_truncation
        obj.service_tier = v_service_tier
        obj.safety_identifier = v_safety_identifier
        obj.prompt_cache_key = v_prompt_cache_key
        obj.prompt_cache_retention = v_prompt_cache_retention
        obj.user = v_user
        obj._request_id = None
        if nulls:
            keep_nulls(obj, nulls)
        if len(d) + absent == 34:
            obj.additional_properties = {}
        else:
            obj.additional_properties = {name: value for name, value in d.items() if name not in _KNOWN_KEYS}
        return obj

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
