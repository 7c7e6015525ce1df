"""Every data model of the spec; each is imported from its own submodule on first use."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .chat_completion import ChatCompletion
    from .chat_completion_allowed_tools import ChatCompletionAllowedTools
    from .chat_completion_allowed_tools_choice import ChatCompletionAllowedToolsChoice
    from .chat_completion_allowed_tools_mode import ChatCompletionAllowedToolsMode
    from .chat_completion_allowed_tools_tools_item import ChatCompletionAllowedToolsToolsItem
    from .chat_completion_assistant_audio_param import ChatCompletionAssistantAudioParam
    from .chat_completion_assistant_message_param import ChatCompletionAssistantMessageParam
    from .chat_completion_assistant_message_param_annotations_type_0_item import (
        ChatCompletionAssistantMessageParamAnnotationsType0Item,
    )
    from .chat_completion_audio import ChatCompletionAudio
    from .chat_completion_audio_param import ChatCompletionAudioParam
    from .chat_completion_audio_param_format import ChatCompletionAudioParamFormat
    from .chat_completion_choice import ChatCompletionChoice
    from .chat_completion_choice_logprobs import ChatCompletionChoiceLogprobs
    from .chat_completion_chunk import ChatCompletionChunk
    from .chat_completion_chunk_choice import ChatCompletionChunkChoice
    from .chat_completion_chunk_delta import ChatCompletionChunkDelta
    from .chat_completion_chunk_function_call import ChatCompletionChunkFunctionCall
    from .chat_completion_chunk_tool_call import ChatCompletionChunkToolCall
    from .chat_completion_content_part_file import ChatCompletionContentPartFile
    from .chat_completion_content_part_image import ChatCompletionContentPartImage
    from .chat_completion_content_part_input_audio import ChatCompletionContentPartInputAudio
    from .chat_completion_content_part_refusal import ChatCompletionContentPartRefusal
    from .chat_completion_content_part_text import ChatCompletionContentPartText
    from .chat_completion_custom_tool import ChatCompletionCustomTool
    from .chat_completion_custom_tool_call_input import ChatCompletionCustomToolCallInput
    from .chat_completion_custom_tool_definition import ChatCompletionCustomToolDefinition
    from .chat_completion_custom_tool_grammar import ChatCompletionCustomToolGrammar
    from .chat_completion_custom_tool_grammar_format import ChatCompletionCustomToolGrammarFormat
    from .chat_completion_custom_tool_grammar_syntax import ChatCompletionCustomToolGrammarSyntax
    from .chat_completion_custom_tool_text_format import ChatCompletionCustomToolTextFormat
    from .chat_completion_custom_voice import ChatCompletionCustomVoice
    from .chat_completion_developer_message_param import ChatCompletionDeveloperMessageParam
    from .chat_completion_file_input import ChatCompletionFileInput
    from .chat_completion_function_call import ChatCompletionFunctionCall
    from .chat_completion_function_call_option import ChatCompletionFunctionCallOption
    from .chat_completion_function_message_param import ChatCompletionFunctionMessageParam
    from .chat_completion_image_url import ChatCompletionImageUrl
    from .chat_completion_image_url_detail import ChatCompletionImageUrlDetail
    from .chat_completion_input_audio import ChatCompletionInputAudio
    from .chat_completion_input_audio_format import ChatCompletionInputAudioFormat
    from .chat_completion_json_schema import ChatCompletionJsonSchema
    from .chat_completion_json_schema_schema import ChatCompletionJsonSchemaSchema
    from .chat_completion_message import ChatCompletionMessage
    from .chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall
    from .chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from .chat_completion_modality import ChatCompletionModality
    from .chat_completion_moderation_config import ChatCompletionModerationConfig
    from .chat_completion_moderation_config_mode import ChatCompletionModerationConfigMode
    from .chat_completion_moderation_param import ChatCompletionModerationParam
    from .chat_completion_moderation_policy import ChatCompletionModerationPolicy
    from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from .chat_completion_named_tool_choice_custom import ChatCompletionNamedToolChoiceCustom
    from .chat_completion_prediction_content import ChatCompletionPredictionContent
    from .chat_completion_prompt_cache_breakpoint import ChatCompletionPromptCacheBreakpoint
    from .chat_completion_prompt_cache_options import ChatCompletionPromptCacheOptions
    from .chat_completion_prompt_cache_options_mode import ChatCompletionPromptCacheOptionsMode
    from .chat_completion_prompt_cache_options_ttl import ChatCompletionPromptCacheOptionsTtl
    from .chat_completion_prompt_cache_retention import ChatCompletionPromptCacheRetention
    from .chat_completion_reasoning_effort import ChatCompletionReasoningEffort
    from .chat_completion_request_metadata import ChatCompletionRequestMetadata
    from .chat_completion_response_format_json_object import ChatCompletionResponseFormatJsonObject
    from .chat_completion_response_format_json_schema import ChatCompletionResponseFormatJsonSchema
    from .chat_completion_response_format_text import ChatCompletionResponseFormatText
    from .chat_completion_service_tier import ChatCompletionServiceTier
    from .chat_completion_stream_options import ChatCompletionStreamOptions
    from .chat_completion_system_message_param import ChatCompletionSystemMessageParam
    from .chat_completion_token_logprob import ChatCompletionTokenLogprob
    from .chat_completion_tool import ChatCompletionTool
    from .chat_completion_tool_choice_mode import ChatCompletionToolChoiceMode
    from .chat_completion_tool_message_param import ChatCompletionToolMessageParam
    from .chat_completion_top_logprob import ChatCompletionTopLogprob
    from .chat_completion_unknown_annotation import ChatCompletionUnknownAnnotation
    from .chat_completion_unknown_tool_call import ChatCompletionUnknownToolCall
    from .chat_completion_url_citation import ChatCompletionUrlCitation
    from .chat_completion_url_citation_annotation import ChatCompletionUrlCitationAnnotation
    from .chat_completion_user_message_param import ChatCompletionUserMessageParam
    from .chat_completion_verbosity import ChatCompletionVerbosity
    from .chat_completion_web_search_options import ChatCompletionWebSearchOptions
    from .chat_completion_web_search_options_search_context_size import ChatCompletionWebSearchOptionsSearchContextSize
    from .chat_completion_web_search_user_location import ChatCompletionWebSearchUserLocation
    from .chat_completion_web_search_user_location_approximate import ChatCompletionWebSearchUserLocationApproximate
    from .completion_usage import CompletionUsage
    from .completion_usage_completion_tokens_details import CompletionUsageCompletionTokensDetails
    from .completion_usage_prompt_tokens_details import CompletionUsagePromptTokensDetails
    from .conversation import Conversation
    from .conversation_deleted import ConversationDeleted
    from .conversation_input_file import ConversationInputFile
    from .conversation_input_image import ConversationInputImage
    from .conversation_input_text import ConversationInputText
    from .conversation_item_list import ConversationItemList
    from .conversation_item_order import ConversationItemOrder
    from .conversation_message import ConversationMessage
    from .conversation_metadata_type_0 import ConversationMetadataType0
    from .create_chat_completion_request import CreateChatCompletionRequest
    from .create_chat_completion_request_logit_bias_type_0 import CreateChatCompletionRequestLogitBiasType0
    from .create_conversation_items_request import CreateConversationItemsRequest
    from .create_conversation_request import CreateConversationRequest
    from .create_conversation_request_metadata_type_0 import CreateConversationRequestMetadataType0
    from .create_response_request import CreateResponseRequest
    from .error_object import ErrorObject
    from .error_response import ErrorResponse
    from .function_definition import FunctionDefinition
    from .function_definition_parameters import FunctionDefinitionParameters
    from .response_apply_patch_call_item import ResponseApplyPatchCallItem
    from .response_apply_patch_call_item_operation import ResponseApplyPatchCallItemOperation
    from .response_apply_patch_call_item_operation_type import ResponseApplyPatchCallItemOperationType
    from .response_apply_patch_call_item_status import ResponseApplyPatchCallItemStatus
    from .response_apply_patch_call_output_item import ResponseApplyPatchCallOutputItem
    from .response_apply_patch_call_output_item_status import ResponseApplyPatchCallOutputItemStatus
    from .response_code_interpreter_call_item import ResponseCodeInterpreterCallItem
    from .response_code_interpreter_call_item_outputs_type_0_item import ResponseCodeInterpreterCallItemOutputsType0Item
    from .response_code_interpreter_tool import ResponseCodeInterpreterTool
    from .response_code_interpreter_tool_container_type_1 import ResponseCodeInterpreterToolContainerType1
    from .response_compaction_item import ResponseCompactionItem
    from .response_completed_event import ResponseCompletedEvent
    from .response_computer_call_item import ResponseComputerCallItem
    from .response_computer_call_item_action import ResponseComputerCallItemAction
    from .response_computer_call_item_pending_safety_checks_item import ResponseComputerCallItemPendingSafetyChecksItem
    from .response_computer_call_output_item import ResponseComputerCallOutputItem
    from .response_computer_call_output_item_acknowledged_safety_checks_type_0_item import (
        ResponseComputerCallOutputItemAcknowledgedSafetyChecksType0Item,
    )
    from .response_computer_call_output_item_output import ResponseComputerCallOutputItemOutput
    from .response_computer_use_tool import ResponseComputerUseTool
    from .response_computer_use_tool_environment import ResponseComputerUseToolEnvironment
    from .response_container_file_citation import ResponseContainerFileCitation
    from .response_content_part_added_event import ResponseContentPartAddedEvent
    from .response_content_part_done_event import ResponseContentPartDoneEvent
    from .response_conversation_param import ResponseConversationParam
    from .response_conversation_ref import ResponseConversationRef
    from .response_created_event import ResponseCreatedEvent
    from .response_custom_tool import ResponseCustomTool
    from .response_custom_tool_call_item import ResponseCustomToolCallItem
    from .response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem
    from .response_custom_tool_format import ResponseCustomToolFormat
    from .response_error import ResponseError
    from .response_error_event import ResponseErrorEvent
    from .response_failed_event import ResponseFailedEvent
    from .response_file_citation import ResponseFileCitation
    from .response_file_path_annotation import ResponseFilePathAnnotation
    from .response_file_search_call_item import ResponseFileSearchCallItem
    from .response_file_search_call_item_results_type_0_item import ResponseFileSearchCallItemResultsType0Item
    from .response_file_search_tool import ResponseFileSearchTool
    from .response_file_search_tool_filters_type_0 import ResponseFileSearchToolFiltersType0
    from .response_file_search_tool_ranking_options import ResponseFileSearchToolRankingOptions
    from .response_function_call_arguments_delta_event import ResponseFunctionCallArgumentsDeltaEvent
    from .response_function_call_arguments_done_event import ResponseFunctionCallArgumentsDoneEvent
    from .response_function_call_item import ResponseFunctionCallItem
    from .response_function_call_output_item import ResponseFunctionCallOutputItem
    from .response_function_parameters import ResponseFunctionParameters
    from .response_function_tool import ResponseFunctionTool
    from .response_image_detail import ResponseImageDetail
    from .response_image_generation_call_item import ResponseImageGenerationCallItem
    from .response_in_progress_event import ResponseInProgressEvent
    from .response_includable import ResponseIncludable
    from .response_incomplete_details import ResponseIncompleteDetails
    from .response_incomplete_event import ResponseIncompleteEvent
    from .response_input_file import ResponseInputFile
    from .response_input_image import ResponseInputImage
    from .response_input_text import ResponseInputText
    from .response_item_reference_item import ResponseItemReferenceItem
    from .response_item_status import ResponseItemStatus
    from .response_local_shell_call_item import ResponseLocalShellCallItem
    from .response_local_shell_call_output_item import ResponseLocalShellCallOutputItem
    from .response_local_shell_exec_action import ResponseLocalShellExecAction
    from .response_local_shell_exec_action_env import ResponseLocalShellExecActionEnv
    from .response_log_prob import ResponseLogProb
    from .response_mcp_approval_request_item import ResponseMcpApprovalRequestItem
    from .response_mcp_approval_response_item import ResponseMcpApprovalResponseItem
    from .response_mcp_call_item import ResponseMcpCallItem
    from .response_mcp_call_item_error_type_1 import ResponseMcpCallItemErrorType1
    from .response_mcp_list_tools_item import ResponseMcpListToolsItem
    from .response_mcp_list_tools_item_tools_item import ResponseMcpListToolsItemToolsItem
    from .response_mcp_tool import ResponseMcpTool
    from .response_mcp_tool_allowed_tools_type_1 import ResponseMcpToolAllowedToolsType1
    from .response_mcp_tool_headers_type_0 import ResponseMcpToolHeadersType0
    from .response_mcp_tool_require_approval_type_0 import ResponseMcpToolRequireApprovalType0
    from .response_mcp_tool_require_approval_type_1 import ResponseMcpToolRequireApprovalType1
    from .response_message_item import ResponseMessageItem
    from .response_message_item_role import ResponseMessageItemRole
    from .response_message_phase import ResponseMessagePhase
    from .response_object import ResponseObject
    from .response_object_metadata_type_0 import ResponseObjectMetadataType0
    from .response_output_function_call import ResponseOutputFunctionCall
    from .response_output_function_call_output import ResponseOutputFunctionCallOutput
    from .response_output_function_call_output_output_type_1_item import ResponseOutputFunctionCallOutputOutputType1Item
    from .response_output_item_added_event import ResponseOutputItemAddedEvent
    from .response_output_item_done_event import ResponseOutputItemDoneEvent
    from .response_output_message import ResponseOutputMessage
    from .response_output_message_item import ResponseOutputMessageItem
    from .response_output_reasoning import ResponseOutputReasoning
    from .response_output_refusal import ResponseOutputRefusal
    from .response_output_text import ResponseOutputText
    from .response_output_text_annotation_added_event import ResponseOutputTextAnnotationAddedEvent
    from .response_output_text_delta_event import ResponseOutputTextDeltaEvent
    from .response_output_text_done_event import ResponseOutputTextDoneEvent
    from .response_prompt import ResponsePrompt
    from .response_prompt_cache_retention import ResponsePromptCacheRetention
    from .response_prompt_variables_type_0 import ResponsePromptVariablesType0
    from .response_queued_event import ResponseQueuedEvent
    from .response_reasoning_config import ResponseReasoningConfig
    from .response_reasoning_delta_event import ResponseReasoningDeltaEvent
    from .response_reasoning_done_event import ResponseReasoningDoneEvent
    from .response_reasoning_effort import ResponseReasoningEffort
    from .response_reasoning_item import ResponseReasoningItem
    from .response_reasoning_settings import ResponseReasoningSettings
    from .response_reasoning_summary_mode import ResponseReasoningSummaryMode
    from .response_reasoning_summary_part_added_event import ResponseReasoningSummaryPartAddedEvent
    from .response_reasoning_summary_part_done_event import ResponseReasoningSummaryPartDoneEvent
    from .response_reasoning_summary_text_delta_event import ResponseReasoningSummaryTextDeltaEvent
    from .response_reasoning_summary_text_done_event import ResponseReasoningSummaryTextDoneEvent
    from .response_reasoning_text import ResponseReasoningText
    from .response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent
    from .response_reasoning_text_done_event import ResponseReasoningTextDoneEvent
    from .response_refusal_delta_event import ResponseRefusalDeltaEvent
    from .response_refusal_done_event import ResponseRefusalDoneEvent
    from .response_request_metadata import ResponseRequestMetadata
    from .response_service_tier import ResponseServiceTier
    from .response_shell_call_item import ResponseShellCallItem
    from .response_shell_call_item_action import ResponseShellCallItemAction
    from .response_shell_call_item_environment_type_0 import ResponseShellCallItemEnvironmentType0
    from .response_shell_call_output_item import ResponseShellCallOutputItem
    from .response_shell_call_output_item_output_item import ResponseShellCallOutputItemOutputItem
    from .response_shell_call_output_item_output_item_outcome import ResponseShellCallOutputItemOutputItemOutcome
    from .response_stream_error import ResponseStreamError
    from .response_stream_options import ResponseStreamOptions
    from .response_summary_text import ResponseSummaryText
    from .response_text_config import ResponseTextConfig
    from .response_text_format_json_object import ResponseTextFormatJsonObject
    from .response_text_format_json_schema import ResponseTextFormatJsonSchema
    from .response_text_format_json_schema_schema import ResponseTextFormatJsonSchemaSchema
    from .response_text_format_settings import ResponseTextFormatSettings
    from .response_text_format_text import ResponseTextFormatText
    from .response_text_settings import ResponseTextSettings
    from .response_tool_choice_allowed import ResponseToolChoiceAllowed
    from .response_tool_choice_allowed_mode import ResponseToolChoiceAllowedMode
    from .response_tool_choice_allowed_tools_item import ResponseToolChoiceAllowedToolsItem
    from .response_tool_choice_built_in import ResponseToolChoiceBuiltIn
    from .response_tool_choice_built_in_type import ResponseToolChoiceBuiltInType
    from .response_tool_choice_custom import ResponseToolChoiceCustom
    from .response_tool_choice_function import ResponseToolChoiceFunction
    from .response_tool_choice_mcp import ResponseToolChoiceMcp
    from .response_tool_choice_mode import ResponseToolChoiceMode
    from .response_tool_choice_settings import ResponseToolChoiceSettings
    from .response_top_log_prob import ResponseTopLogProb
    from .response_truncation import ResponseTruncation
    from .response_unknown_annotation import ResponseUnknownAnnotation
    from .response_unknown_content_part import ResponseUnknownContentPart
    from .response_unknown_output_item import ResponseUnknownOutputItem
    from .response_unknown_stream_event import ResponseUnknownStreamEvent
    from .response_unknown_tool import ResponseUnknownTool
    from .response_url_citation import ResponseUrlCitation
    from .response_usage import ResponseUsage
    from .response_usage_input_tokens_details import ResponseUsageInputTokensDetails
    from .response_usage_output_tokens_details import ResponseUsageOutputTokensDetails
    from .response_verbosity import ResponseVerbosity
    from .response_web_search_call_item import ResponseWebSearchCallItem
    from .response_web_search_call_item_action import ResponseWebSearchCallItemAction
    from .response_web_search_tool import ResponseWebSearchTool
    from .response_web_search_tool_filters_type_0 import ResponseWebSearchToolFiltersType0
    from .response_web_search_tool_search_context_size import ResponseWebSearchToolSearchContextSize
    from .response_web_search_tool_user_location_type_0 import ResponseWebSearchToolUserLocationType0
    from .update_conversation_request import UpdateConversationRequest
    from .update_conversation_request_metadata_type_0 import UpdateConversationRequestMetadataType0

_SUBMODULE_OF = {
    "ChatCompletion": "chat_completion",
    "ChatCompletionAllowedTools": "chat_completion_allowed_tools",
    "ChatCompletionAllowedToolsChoice": "chat_completion_allowed_tools_choice",
    "ChatCompletionAllowedToolsMode": "chat_completion_allowed_tools_mode",
    "ChatCompletionAllowedToolsToolsItem": "chat_completion_allowed_tools_tools_item",
    "ChatCompletionAssistantAudioParam": "chat_completion_assistant_audio_param",
    "ChatCompletionAssistantMessageParam": "chat_completion_assistant_message_param",
    "ChatCompletionAssistantMessageParamAnnotationsType0Item": "chat_completion_assistant_message_param_annotations_type_0_item",
    "ChatCompletionAudio": "chat_completion_audio",
    "ChatCompletionAudioParam": "chat_completion_audio_param",
    "ChatCompletionAudioParamFormat": "chat_completion_audio_param_format",
    "ChatCompletionChoice": "chat_completion_choice",
    "ChatCompletionChoiceLogprobs": "chat_completion_choice_logprobs",
    "ChatCompletionChunk": "chat_completion_chunk",
    "ChatCompletionChunkChoice": "chat_completion_chunk_choice",
    "ChatCompletionChunkDelta": "chat_completion_chunk_delta",
    "ChatCompletionChunkFunctionCall": "chat_completion_chunk_function_call",
    "ChatCompletionChunkToolCall": "chat_completion_chunk_tool_call",
    "ChatCompletionContentPartFile": "chat_completion_content_part_file",
    "ChatCompletionContentPartImage": "chat_completion_content_part_image",
    "ChatCompletionContentPartInputAudio": "chat_completion_content_part_input_audio",
    "ChatCompletionContentPartRefusal": "chat_completion_content_part_refusal",
    "ChatCompletionContentPartText": "chat_completion_content_part_text",
    "ChatCompletionCustomTool": "chat_completion_custom_tool",
    "ChatCompletionCustomToolCallInput": "chat_completion_custom_tool_call_input",
    "ChatCompletionCustomToolDefinition": "chat_completion_custom_tool_definition",
    "ChatCompletionCustomToolGrammar": "chat_completion_custom_tool_grammar",
    "ChatCompletionCustomToolGrammarFormat": "chat_completion_custom_tool_grammar_format",
    "ChatCompletionCustomToolGrammarSyntax": "chat_completion_custom_tool_grammar_syntax",
    "ChatCompletionCustomToolTextFormat": "chat_completion_custom_tool_text_format",
    "ChatCompletionCustomVoice": "chat_completion_custom_voice",
    "ChatCompletionDeveloperMessageParam": "chat_completion_developer_message_param",
    "ChatCompletionFileInput": "chat_completion_file_input",
    "ChatCompletionFunctionCall": "chat_completion_function_call",
    "ChatCompletionFunctionCallOption": "chat_completion_function_call_option",
    "ChatCompletionFunctionMessageParam": "chat_completion_function_message_param",
    "ChatCompletionImageUrl": "chat_completion_image_url",
    "ChatCompletionImageUrlDetail": "chat_completion_image_url_detail",
    "ChatCompletionInputAudio": "chat_completion_input_audio",
    "ChatCompletionInputAudioFormat": "chat_completion_input_audio_format",
    "ChatCompletionJsonSchema": "chat_completion_json_schema",
    "ChatCompletionJsonSchemaSchema": "chat_completion_json_schema_schema",
    "ChatCompletionMessage": "chat_completion_message",
    "ChatCompletionMessageCustomToolCall": "chat_completion_message_custom_tool_call",
    "ChatCompletionMessageToolCall": "chat_completion_message_tool_call",
    "ChatCompletionModality": "chat_completion_modality",
    "ChatCompletionModerationConfig": "chat_completion_moderation_config",
    "ChatCompletionModerationConfigMode": "chat_completion_moderation_config_mode",
    "ChatCompletionModerationParam": "chat_completion_moderation_param",
    "ChatCompletionModerationPolicy": "chat_completion_moderation_policy",
    "ChatCompletionNamedToolChoice": "chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceCustom": "chat_completion_named_tool_choice_custom",
    "ChatCompletionPredictionContent": "chat_completion_prediction_content",
    "ChatCompletionPromptCacheBreakpoint": "chat_completion_prompt_cache_breakpoint",
    "ChatCompletionPromptCacheOptions": "chat_completion_prompt_cache_options",
    "ChatCompletionPromptCacheOptionsMode": "chat_completion_prompt_cache_options_mode",
    "ChatCompletionPromptCacheOptionsTtl": "chat_completion_prompt_cache_options_ttl",
    "ChatCompletionPromptCacheRetention": "chat_completion_prompt_cache_retention",
    "ChatCompletionReasoningEffort": "chat_completion_reasoning_effort",
    "ChatCompletionRequestMetadata": "chat_completion_request_metadata",
    "ChatCompletionResponseFormatJsonObject": "chat_completion_response_format_json_object",
    "ChatCompletionResponseFormatJsonSchema": "chat_completion_response_format_json_schema",
    "ChatCompletionResponseFormatText": "chat_completion_response_format_text",
    "ChatCompletionServiceTier": "chat_completion_service_tier",
    "ChatCompletionStreamOptions": "chat_completion_stream_options",
    "ChatCompletionSystemMessageParam": "chat_completion_system_message_param",
    "ChatCompletionTokenLogprob": "chat_completion_token_logprob",
    "ChatCompletionTool": "chat_completion_tool",
    "ChatCompletionToolChoiceMode": "chat_completion_tool_choice_mode",
    "ChatCompletionToolMessageParam": "chat_completion_tool_message_param",
    "ChatCompletionTopLogprob": "chat_completion_top_logprob",
    "ChatCompletionUnknownAnnotation": "chat_completion_unknown_annotation",
    "ChatCompletionUnknownToolCall": "chat_completion_unknown_tool_call",
    "ChatCompletionUrlCitation": "chat_completion_url_citation",
    "ChatCompletionUrlCitationAnnotation": "chat_completion_url_citation_annotation",
    "ChatCompletionUserMessageParam": "chat_completion_user_message_param",
    "ChatCompletionVerbosity": "chat_completion_verbosity",
    "ChatCompletionWebSearchOptions": "chat_completion_web_search_options",
    "ChatCompletionWebSearchOptionsSearchContextSize": "chat_completion_web_search_options_search_context_size",
    "ChatCompletionWebSearchUserLocation": "chat_completion_web_search_user_location",
    "ChatCompletionWebSearchUserLocationApproximate": "chat_completion_web_search_user_location_approximate",
    "CompletionUsage": "completion_usage",
    "CompletionUsageCompletionTokensDetails": "completion_usage_completion_tokens_details",
    "CompletionUsagePromptTokensDetails": "completion_usage_prompt_tokens_details",
    "Conversation": "conversation",
    "ConversationDeleted": "conversation_deleted",
    "ConversationInputFile": "conversation_input_file",
    "ConversationInputImage": "conversation_input_image",
    "ConversationInputText": "conversation_input_text",
    "ConversationItemList": "conversation_item_list",
    "ConversationItemOrder": "conversation_item_order",
    "ConversationMessage": "conversation_message",
    "ConversationMetadataType0": "conversation_metadata_type_0",
    "CreateChatCompletionRequest": "create_chat_completion_request",
    "CreateChatCompletionRequestLogitBiasType0": "create_chat_completion_request_logit_bias_type_0",
    "CreateConversationItemsRequest": "create_conversation_items_request",
    "CreateConversationRequest": "create_conversation_request",
    "CreateConversationRequestMetadataType0": "create_conversation_request_metadata_type_0",
    "CreateResponseRequest": "create_response_request",
    "ErrorObject": "error_object",
    "ErrorResponse": "error_response",
    "FunctionDefinition": "function_definition",
    "FunctionDefinitionParameters": "function_definition_parameters",
    "ResponseApplyPatchCallItem": "response_apply_patch_call_item",
    "ResponseApplyPatchCallItemOperation": "response_apply_patch_call_item_operation",
    "ResponseApplyPatchCallItemOperationType": "response_apply_patch_call_item_operation_type",
    "ResponseApplyPatchCallItemStatus": "response_apply_patch_call_item_status",
    "ResponseApplyPatchCallOutputItem": "response_apply_patch_call_output_item",
    "ResponseApplyPatchCallOutputItemStatus": "response_apply_patch_call_output_item_status",
    "ResponseCodeInterpreterCallItem": "response_code_interpreter_call_item",
    "ResponseCodeInterpreterCallItemOutputsType0Item": "response_code_interpreter_call_item_outputs_type_0_item",
    "ResponseCodeInterpreterTool": "response_code_interpreter_tool",
    "ResponseCodeInterpreterToolContainerType1": "response_code_interpreter_tool_container_type_1",
    "ResponseCompactionItem": "response_compaction_item",
    "ResponseCompletedEvent": "response_completed_event",
    "ResponseComputerCallItem": "response_computer_call_item",
    "ResponseComputerCallItemAction": "response_computer_call_item_action",
    "ResponseComputerCallItemPendingSafetyChecksItem": "response_computer_call_item_pending_safety_checks_item",
    "ResponseComputerCallOutputItem": "response_computer_call_output_item",
    "ResponseComputerCallOutputItemAcknowledgedSafetyChecksType0Item": "response_computer_call_output_item_acknowledged_safety_checks_type_0_item",
    "ResponseComputerCallOutputItemOutput": "response_computer_call_output_item_output",
    "ResponseComputerUseTool": "response_computer_use_tool",
    "ResponseComputerUseToolEnvironment": "response_computer_use_tool_environment",
    "ResponseContainerFileCitation": "response_container_file_citation",
    "ResponseContentPartAddedEvent": "response_content_part_added_event",
    "ResponseContentPartDoneEvent": "response_content_part_done_event",
    "ResponseConversationParam": "response_conversation_param",
    "ResponseConversationRef": "response_conversation_ref",
    "ResponseCreatedEvent": "response_created_event",
    "ResponseCustomTool": "response_custom_tool",
    "ResponseCustomToolCallItem": "response_custom_tool_call_item",
    "ResponseCustomToolCallOutputItem": "response_custom_tool_call_output_item",
    "ResponseCustomToolFormat": "response_custom_tool_format",
    "ResponseError": "response_error",
    "ResponseErrorEvent": "response_error_event",
    "ResponseFailedEvent": "response_failed_event",
    "ResponseFileCitation": "response_file_citation",
    "ResponseFilePathAnnotation": "response_file_path_annotation",
    "ResponseFileSearchCallItem": "response_file_search_call_item",
    "ResponseFileSearchCallItemResultsType0Item": "response_file_search_call_item_results_type_0_item",
    "ResponseFileSearchTool": "response_file_search_tool",
    "ResponseFileSearchToolFiltersType0": "response_file_search_tool_filters_type_0",
    "ResponseFileSearchToolRankingOptions": "response_file_search_tool_ranking_options",
    "ResponseFunctionCallArgumentsDeltaEvent": "response_function_call_arguments_delta_event",
    "ResponseFunctionCallArgumentsDoneEvent": "response_function_call_arguments_done_event",
    "ResponseFunctionCallItem": "response_function_call_item",
    "ResponseFunctionCallOutputItem": "response_function_call_output_item",
    "ResponseFunctionParameters": "response_function_parameters",
    "ResponseFunctionTool": "response_function_tool",
    "ResponseImageDetail": "response_image_detail",
    "ResponseImageGenerationCallItem": "response_image_generation_call_item",
    "ResponseInProgressEvent": "response_in_progress_event",
    "ResponseIncludable": "response_includable",
    "ResponseIncompleteDetails": "response_incomplete_details",
    "ResponseIncompleteEvent": "response_incomplete_event",
    "ResponseInputFile": "response_input_file",
    "ResponseInputImage": "response_input_image",
    "ResponseInputText": "response_input_text",
    "ResponseItemReferenceItem": "response_item_reference_item",
    "ResponseItemStatus": "response_item_status",
    "ResponseLocalShellCallItem": "response_local_shell_call_item",
    "ResponseLocalShellCallOutputItem": "response_local_shell_call_output_item",
    "ResponseLocalShellExecAction": "response_local_shell_exec_action",
    "ResponseLocalShellExecActionEnv": "response_local_shell_exec_action_env",
    "ResponseLogProb": "response_log_prob",
    "ResponseMcpApprovalRequestItem": "response_mcp_approval_request_item",
    "ResponseMcpApprovalResponseItem": "response_mcp_approval_response_item",
    "ResponseMcpCallItem": "response_mcp_call_item",
    "ResponseMcpCallItemErrorType1": "response_mcp_call_item_error_type_1",
    "ResponseMcpListToolsItem": "response_mcp_list_tools_item",
    "ResponseMcpListToolsItemToolsItem": "response_mcp_list_tools_item_tools_item",
    "ResponseMcpTool": "response_mcp_tool",
    "ResponseMcpToolAllowedToolsType1": "response_mcp_tool_allowed_tools_type_1",
    "ResponseMcpToolHeadersType0": "response_mcp_tool_headers_type_0",
    "ResponseMcpToolRequireApprovalType0": "response_mcp_tool_require_approval_type_0",
    "ResponseMcpToolRequireApprovalType1": "response_mcp_tool_require_approval_type_1",
    "ResponseMessageItem": "response_message_item",
    "ResponseMessageItemRole": "response_message_item_role",
    "ResponseMessagePhase": "response_message_phase",
    "ResponseObject": "response_object",
    "ResponseObjectMetadataType0": "response_object_metadata_type_0",
    "ResponseOutputFunctionCall": "response_output_function_call",
    "ResponseOutputFunctionCallOutput": "response_output_function_call_output",
    "ResponseOutputFunctionCallOutputOutputType1Item": "response_output_function_call_output_output_type_1_item",
    "ResponseOutputItemAddedEvent": "response_output_item_added_event",
    "ResponseOutputItemDoneEvent": "response_output_item_done_event",
    "ResponseOutputMessage": "response_output_message",
    "ResponseOutputMessageItem": "response_output_message_item",
    "ResponseOutputReasoning": "response_output_reasoning",
    "ResponseOutputRefusal": "response_output_refusal",
    "ResponseOutputText": "response_output_text",
    "ResponseOutputTextAnnotationAddedEvent": "response_output_text_annotation_added_event",
    "ResponseOutputTextDeltaEvent": "response_output_text_delta_event",
    "ResponseOutputTextDoneEvent": "response_output_text_done_event",
    "ResponsePrompt": "response_prompt",
    "ResponsePromptCacheRetention": "response_prompt_cache_retention",
    "ResponsePromptVariablesType0": "response_prompt_variables_type_0",
    "ResponseQueuedEvent": "response_queued_event",
    "ResponseReasoningConfig": "response_reasoning_config",
    "ResponseReasoningDeltaEvent": "response_reasoning_delta_event",
    "ResponseReasoningDoneEvent": "response_reasoning_done_event",
    "ResponseReasoningEffort": "response_reasoning_effort",
    "ResponseReasoningItem": "response_reasoning_item",
    "ResponseReasoningSettings": "response_reasoning_settings",
    "ResponseReasoningSummaryMode": "response_reasoning_summary_mode",
    "ResponseReasoningSummaryPartAddedEvent": "response_reasoning_summary_part_added_event",
    "ResponseReasoningSummaryPartDoneEvent": "response_reasoning_summary_part_done_event",
    "ResponseReasoningSummaryTextDeltaEvent": "response_reasoning_summary_text_delta_event",
    "ResponseReasoningSummaryTextDoneEvent": "response_reasoning_summary_text_done_event",
    "ResponseReasoningText": "response_reasoning_text",
    "ResponseReasoningTextDeltaEvent": "response_reasoning_text_delta_event",
    "ResponseReasoningTextDoneEvent": "response_reasoning_text_done_event",
    "ResponseRefusalDeltaEvent": "response_refusal_delta_event",
    "ResponseRefusalDoneEvent": "response_refusal_done_event",
    "ResponseRequestMetadata": "response_request_metadata",
    "ResponseServiceTier": "response_service_tier",
    "ResponseShellCallItem": "response_shell_call_item",
    "ResponseShellCallItemAction": "response_shell_call_item_action",
    "ResponseShellCallItemEnvironmentType0": "response_shell_call_item_environment_type_0",
    "ResponseShellCallOutputItem": "response_shell_call_output_item",
    "ResponseShellCallOutputItemOutputItem": "response_shell_call_output_item_output_item",
    "ResponseShellCallOutputItemOutputItemOutcome": "response_shell_call_output_item_output_item_outcome",
    "ResponseStreamError": "response_stream_error",
    "ResponseStreamOptions": "response_stream_options",
    "ResponseSummaryText": "response_summary_text",
    "ResponseTextConfig": "response_text_config",
    "ResponseTextFormatJsonObject": "response_text_format_json_object",
    "ResponseTextFormatJsonSchema": "response_text_format_json_schema",
    "ResponseTextFormatJsonSchemaSchema": "response_text_format_json_schema_schema",
    "ResponseTextFormatSettings": "response_text_format_settings",
    "ResponseTextFormatText": "response_text_format_text",
    "ResponseTextSettings": "response_text_settings",
    "ResponseToolChoiceAllowed": "response_tool_choice_allowed",
    "ResponseToolChoiceAllowedMode": "response_tool_choice_allowed_mode",
    "ResponseToolChoiceAllowedToolsItem": "response_tool_choice_allowed_tools_item",
    "ResponseToolChoiceBuiltIn": "response_tool_choice_built_in",
    "ResponseToolChoiceBuiltInType": "response_tool_choice_built_in_type",
    "ResponseToolChoiceCustom": "response_tool_choice_custom",
    "ResponseToolChoiceFunction": "response_tool_choice_function",
    "ResponseToolChoiceMcp": "response_tool_choice_mcp",
    "ResponseToolChoiceMode": "response_tool_choice_mode",
    "ResponseToolChoiceSettings": "response_tool_choice_settings",
    "ResponseTopLogProb": "response_top_log_prob",
    "ResponseTruncation": "response_truncation",
    "ResponseUnknownAnnotation": "response_unknown_annotation",
    "ResponseUnknownContentPart": "response_unknown_content_part",
    "ResponseUnknownOutputItem": "response_unknown_output_item",
    "ResponseUnknownStreamEvent": "response_unknown_stream_event",
    "ResponseUnknownTool": "response_unknown_tool",
    "ResponseUrlCitation": "response_url_citation",
    "ResponseUsage": "response_usage",
    "ResponseUsageInputTokensDetails": "response_usage_input_tokens_details",
    "ResponseUsageOutputTokensDetails": "response_usage_output_tokens_details",
    "ResponseVerbosity": "response_verbosity",
    "ResponseWebSearchCallItem": "response_web_search_call_item",
    "ResponseWebSearchCallItemAction": "response_web_search_call_item_action",
    "ResponseWebSearchTool": "response_web_search_tool",
    "ResponseWebSearchToolFiltersType0": "response_web_search_tool_filters_type_0",
    "ResponseWebSearchToolSearchContextSize": "response_web_search_tool_search_context_size",
    "ResponseWebSearchToolUserLocationType0": "response_web_search_tool_user_location_type_0",
    "UpdateConversationRequest": "update_conversation_request",
    "UpdateConversationRequestMetadataType0": "update_conversation_request_metadata_type_0",
}

__all__ = (
    "ChatCompletion",
    "ChatCompletionAllowedTools",
    "ChatCompletionAllowedToolsChoice",
    "ChatCompletionAllowedToolsMode",
    "ChatCompletionAllowedToolsToolsItem",
    "ChatCompletionAssistantAudioParam",
    "ChatCompletionAssistantMessageParam",
    "ChatCompletionAssistantMessageParamAnnotationsType0Item",
    "ChatCompletionAudio",
    "ChatCompletionAudioParam",
    "ChatCompletionAudioParamFormat",
    "ChatCompletionChoice",
    "ChatCompletionChoiceLogprobs",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionChunkDelta",
    "ChatCompletionChunkFunctionCall",
    "ChatCompletionChunkToolCall",
    "ChatCompletionContentPartFile",
    "ChatCompletionContentPartImage",
    "ChatCompletionContentPartInputAudio",
    "ChatCompletionContentPartRefusal",
    "ChatCompletionContentPartText",
    "ChatCompletionCustomTool",
    "ChatCompletionCustomToolCallInput",
    "ChatCompletionCustomToolDefinition",
    "ChatCompletionCustomToolGrammar",
    "ChatCompletionCustomToolGrammarFormat",
    "ChatCompletionCustomToolGrammarSyntax",
    "ChatCompletionCustomToolTextFormat",
    "ChatCompletionCustomVoice",
    "ChatCompletionDeveloperMessageParam",
    "ChatCompletionFileInput",
    "ChatCompletionFunctionCall",
    "ChatCompletionFunctionCallOption",
    "ChatCompletionFunctionMessageParam",
    "ChatCompletionImageUrl",
    "ChatCompletionImageUrlDetail",
    "ChatCompletionInputAudio",
    "ChatCompletionInputAudioFormat",
    "ChatCompletionJsonSchema",
    "ChatCompletionJsonSchemaSchema",
    "ChatCompletionMessage",
    "ChatCompletionMessageCustomToolCall",
    "ChatCompletionMessageToolCall",
    "ChatCompletionModality",
    "ChatCompletionModerationConfig",
    "ChatCompletionModerationConfigMode",
    "ChatCompletionModerationParam",
    "ChatCompletionModerationPolicy",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionNamedToolChoiceCustom",
    "ChatCompletionPredictionContent",
    "ChatCompletionPromptCacheBreakpoint",
    "ChatCompletionPromptCacheOptions",
    "ChatCompletionPromptCacheOptionsMode",
    "ChatCompletionPromptCacheOptionsTtl",
    "ChatCompletionPromptCacheRetention",
    "ChatCompletionReasoningEffort",
    "ChatCompletionRequestMetadata",
    "ChatCompletionResponseFormatJsonObject",
    "ChatCompletionResponseFormatJsonSchema",
    "ChatCompletionResponseFormatText",
    "ChatCompletionServiceTier",
    "ChatCompletionStreamOptions",
    "ChatCompletionSystemMessageParam",
    "ChatCompletionTokenLogprob",
    "ChatCompletionTool",
    "ChatCompletionToolChoiceMode",
    "ChatCompletionToolMessageParam",
    "ChatCompletionTopLogprob",
    "ChatCompletionUnknownAnnotation",
    "ChatCompletionUnknownToolCall",
    "ChatCompletionUrlCitation",
    "ChatCompletionUrlCitationAnnotation",
    "ChatCompletionUserMessageParam",
    "ChatCompletionVerbosity",
    "ChatCompletionWebSearchOptions",
    "ChatCompletionWebSearchOptionsSearchContextSize",
    "ChatCompletionWebSearchUserLocation",
    "ChatCompletionWebSearchUserLocationApproximate",
    "CompletionUsage",
    "CompletionUsageCompletionTokensDetails",
    "CompletionUsagePromptTokensDetails",
    "Conversation",
    "ConversationDeleted",
    "ConversationInputFile",
    "ConversationInputImage",
    "ConversationInputText",
    "ConversationItemList",
    "ConversationItemOrder",
    "ConversationMessage",
    "ConversationMetadataType0",
    "CreateChatCompletionRequest",
    "CreateChatCompletionRequestLogitBiasType0",
    "CreateConversationItemsRequest",
    "CreateConversationRequest",
    "CreateConversationRequestMetadataType0",
    "CreateResponseRequest",
    "ErrorObject",
    "ErrorResponse",
    "FunctionDefinition",
    "FunctionDefinitionParameters",
    "ResponseApplyPatchCallItem",
    "ResponseApplyPatchCallItemOperation",
    "ResponseApplyPatchCallItemOperationType",
    "ResponseApplyPatchCallItemStatus",
    "ResponseApplyPatchCallOutputItem",
    "ResponseApplyPatchCallOutputItemStatus",
    "ResponseCodeInterpreterCallItem",
    "ResponseCodeInterpreterCallItemOutputsType0Item",
    "ResponseCodeInterpreterTool",
    "ResponseCodeInterpreterToolContainerType1",
    "ResponseCompactionItem",
    "ResponseCompletedEvent",
    "ResponseComputerCallItem",
    "ResponseComputerCallItemAction",
    "ResponseComputerCallItemPendingSafetyChecksItem",
    "ResponseComputerCallOutputItem",
    "ResponseComputerCallOutputItemAcknowledgedSafetyChecksType0Item",
    "ResponseComputerCallOutputItemOutput",
    "ResponseComputerUseTool",
    "ResponseComputerUseToolEnvironment",
    "ResponseContainerFileCitation",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseConversationParam",
    "ResponseConversationRef",
    "ResponseCreatedEvent",
    "ResponseCustomTool",
    "ResponseCustomToolCallItem",
    "ResponseCustomToolCallOutputItem",
    "ResponseCustomToolFormat",
    "ResponseError",
    "ResponseErrorEvent",
    "ResponseFailedEvent",
    "ResponseFileCitation",
    "ResponseFilePathAnnotation",
    "ResponseFileSearchCallItem",
    "ResponseFileSearchCallItemResultsType0Item",
    "ResponseFileSearchTool",
    "ResponseFileSearchToolFiltersType0",
    "ResponseFileSearchToolRankingOptions",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseFunctionCallItem",
    "ResponseFunctionCallOutputItem",
    "ResponseFunctionParameters",
    "ResponseFunctionTool",
    "ResponseImageDetail",
    "ResponseImageGenerationCallItem",
    "ResponseIncludable",
    "ResponseIncompleteDetails",
    "ResponseIncompleteEvent",
    "ResponseInProgressEvent",
    "ResponseInputFile",
    "ResponseInputImage",
    "ResponseInputText",
    "ResponseItemReferenceItem",
    "ResponseItemStatus",
    "ResponseLocalShellCallItem",
    "ResponseLocalShellCallOutputItem",
    "ResponseLocalShellExecAction",
    "ResponseLocalShellExecActionEnv",
    "ResponseLogProb",
    "ResponseMcpApprovalRequestItem",
    "ResponseMcpApprovalResponseItem",
    "ResponseMcpCallItem",
    "ResponseMcpCallItemErrorType1",
    "ResponseMcpListToolsItem",
    "ResponseMcpListToolsItemToolsItem",
    "ResponseMcpTool",
    "ResponseMcpToolAllowedToolsType1",
    "ResponseMcpToolHeadersType0",
    "ResponseMcpToolRequireApprovalType0",
    "ResponseMcpToolRequireApprovalType1",
    "ResponseMessageItem",
    "ResponseMessageItemRole",
    "ResponseMessagePhase",
    "ResponseObject",
    "ResponseObjectMetadataType0",
    "ResponseOutputFunctionCall",
    "ResponseOutputFunctionCallOutput",
    "ResponseOutputFunctionCallOutputOutputType1Item",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseOutputMessage",
    "ResponseOutputMessageItem",
    "ResponseOutputReasoning",
    "ResponseOutputRefusal",
    "ResponseOutputText",
    "ResponseOutputTextAnnotationAddedEvent",
    "ResponseOutputTextDeltaEvent",
    "ResponseOutputTextDoneEvent",
    "ResponsePrompt",
    "ResponsePromptCacheRetention",
    "ResponsePromptVariablesType0",
    "ResponseQueuedEvent",
    "ResponseReasoningConfig",
    "ResponseReasoningDeltaEvent",
    "ResponseReasoningDoneEvent",
    "ResponseReasoningEffort",
    "ResponseReasoningItem",
    "ResponseReasoningSettings",
    "ResponseReasoningSummaryMode",
    "ResponseReasoningSummaryPartAddedEvent",
    "ResponseReasoningSummaryPartDoneEvent",
    "ResponseReasoningSummaryTextDeltaEvent",
    "ResponseReasoningSummaryTextDoneEvent",
    "ResponseReasoningText",
    "ResponseReasoningTextDeltaEvent",
    "ResponseReasoningTextDoneEvent",
    "ResponseRefusalDeltaEvent",
    "ResponseRefusalDoneEvent",
    "ResponseRequestMetadata",
    "ResponseServiceTier",
    "ResponseShellCallItem",
    "ResponseShellCallItemAction",
    "ResponseShellCallItemEnvironmentType0",
    "ResponseShellCallOutputItem",
    "ResponseShellCallOutputItemOutputItem",
    "ResponseShellCallOutputItemOutputItemOutcome",
    "ResponseStreamError",
    "ResponseStreamOptions",
    "ResponseSummaryText",
    "ResponseTextConfig",
    "ResponseTextFormatJsonObject",
    "ResponseTextFormatJsonSchema",
    "ResponseTextFormatJsonSchemaSchema",
    "ResponseTextFormatSettings",
    "ResponseTextFormatText",
    "ResponseTextSettings",
    "ResponseToolChoiceAllowed",
    "ResponseToolChoiceAllowedMode",
    "ResponseToolChoiceAllowedToolsItem",
    "ResponseToolChoiceBuiltIn",
    "ResponseToolChoiceBuiltInType",
    "ResponseToolChoiceCustom",
    "ResponseToolChoiceFunction",
    "ResponseToolChoiceMcp",
    "ResponseToolChoiceMode",
    "ResponseToolChoiceSettings",
    "ResponseTopLogProb",
    "ResponseTruncation",
    "ResponseUnknownAnnotation",
    "ResponseUnknownContentPart",
    "ResponseUnknownOutputItem",
    "ResponseUnknownStreamEvent",
    "ResponseUnknownTool",
    "ResponseUrlCitation",
    "ResponseUsage",
    "ResponseUsageInputTokensDetails",
    "ResponseUsageOutputTokensDetails",
    "ResponseVerbosity",
    "ResponseWebSearchCallItem",
    "ResponseWebSearchCallItemAction",
    "ResponseWebSearchTool",
    "ResponseWebSearchToolFiltersType0",
    "ResponseWebSearchToolSearchContextSize",
    "ResponseWebSearchToolUserLocationType0",
    "UpdateConversationRequest",
    "UpdateConversationRequestMetadataType0",
)


def __getattr__(name: str) -> Any:
    submodule = _SUBMODULE_OF.get(name)
    if submodule is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{submodule}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
