"""Unions of generated models, one per spec schema that is a union of references."""

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from .models.chat_completion_allowed_tools_choice import ChatCompletionAllowedToolsChoice
    from .models.chat_completion_assistant_message_param import ChatCompletionAssistantMessageParam
    from .models.chat_completion_content_part_file import ChatCompletionContentPartFile
    from .models.chat_completion_content_part_image import ChatCompletionContentPartImage
    from .models.chat_completion_content_part_refusal import ChatCompletionContentPartRefusal
    from .models.chat_completion_content_part_text import ChatCompletionContentPartText
    from .models.chat_completion_custom_tool import ChatCompletionCustomTool
    from .models.chat_completion_developer_message_param import ChatCompletionDeveloperMessageParam
    from .models.chat_completion_function_message_param import ChatCompletionFunctionMessageParam
    from .models.chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall
    from .models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from .models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from .models.chat_completion_named_tool_choice_custom import ChatCompletionNamedToolChoiceCustom
    from .models.chat_completion_response_format_json_object import ChatCompletionResponseFormatJsonObject
    from .models.chat_completion_response_format_json_schema import ChatCompletionResponseFormatJsonSchema
    from .models.chat_completion_response_format_text import ChatCompletionResponseFormatText
    from .models.chat_completion_system_message_param import ChatCompletionSystemMessageParam
    from .models.chat_completion_tool import ChatCompletionTool
    from .models.chat_completion_tool_choice_mode import ChatCompletionToolChoiceMode
    from .models.chat_completion_tool_message_param import ChatCompletionToolMessageParam
    from .models.chat_completion_unknown_annotation import ChatCompletionUnknownAnnotation
    from .models.chat_completion_url_citation_annotation import ChatCompletionUrlCitationAnnotation
    from .models.chat_completion_user_message_param import ChatCompletionUserMessageParam
    from .models.conversation_input_file import ConversationInputFile
    from .models.conversation_input_image import ConversationInputImage
    from .models.conversation_input_text import ConversationInputText
    from .models.conversation_message import ConversationMessage
    from .models.response_apply_patch_call_item import ResponseApplyPatchCallItem
    from .models.response_apply_patch_call_output_item import ResponseApplyPatchCallOutputItem
    from .models.response_code_interpreter_tool import ResponseCodeInterpreterTool
    from .models.response_completed_event import ResponseCompletedEvent
    from .models.response_computer_use_tool import ResponseComputerUseTool
    from .models.response_container_file_citation import ResponseContainerFileCitation
    from .models.response_content_part_added_event import ResponseContentPartAddedEvent
    from .models.response_content_part_done_event import ResponseContentPartDoneEvent
    from .models.response_created_event import ResponseCreatedEvent
    from .models.response_custom_tool import ResponseCustomTool
    from .models.response_custom_tool_call_item import ResponseCustomToolCallItem
    from .models.response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem
    from .models.response_error_event import ResponseErrorEvent
    from .models.response_failed_event import ResponseFailedEvent
    from .models.response_file_citation import ResponseFileCitation
    from .models.response_file_path_annotation import ResponseFilePathAnnotation
    from .models.response_file_search_tool import ResponseFileSearchTool
    from .models.response_function_call_arguments_delta_event import ResponseFunctionCallArgumentsDeltaEvent
    from .models.response_function_call_arguments_done_event import ResponseFunctionCallArgumentsDoneEvent
    from .models.response_function_call_item import ResponseFunctionCallItem
    from .models.response_function_call_output_item import ResponseFunctionCallOutputItem
    from .models.response_function_tool import ResponseFunctionTool
    from .models.response_in_progress_event import ResponseInProgressEvent
    from .models.response_incomplete_event import ResponseIncompleteEvent
    from .models.response_input_file import ResponseInputFile
    from .models.response_input_image import ResponseInputImage
    from .models.response_input_text import ResponseInputText
    from .models.response_item_reference_item import ResponseItemReferenceItem
    from .models.response_local_shell_call_item import ResponseLocalShellCallItem
    from .models.response_local_shell_call_output_item import ResponseLocalShellCallOutputItem
    from .models.response_mcp_tool import ResponseMcpTool
    from .models.response_message_item import ResponseMessageItem
    from .models.response_output_function_call import ResponseOutputFunctionCall
    from .models.response_output_function_call_output import ResponseOutputFunctionCallOutput
    from .models.response_output_item_added_event import ResponseOutputItemAddedEvent
    from .models.response_output_item_done_event import ResponseOutputItemDoneEvent
    from .models.response_output_message import ResponseOutputMessage
    from .models.response_output_message_item import ResponseOutputMessageItem
    from .models.response_output_reasoning import ResponseOutputReasoning
    from .models.response_output_refusal import ResponseOutputRefusal
    from .models.response_output_text import ResponseOutputText
    from .models.response_output_text_annotation_added_event import ResponseOutputTextAnnotationAddedEvent
    from .models.response_output_text_delta_event import ResponseOutputTextDeltaEvent
    from .models.response_output_text_done_event import ResponseOutputTextDoneEvent
    from .models.response_queued_event import ResponseQueuedEvent
    from .models.response_reasoning_delta_event import ResponseReasoningDeltaEvent
    from .models.response_reasoning_done_event import ResponseReasoningDoneEvent
    from .models.response_reasoning_item import ResponseReasoningItem
    from .models.response_reasoning_summary_part_added_event import ResponseReasoningSummaryPartAddedEvent
    from .models.response_reasoning_summary_part_done_event import ResponseReasoningSummaryPartDoneEvent
    from .models.response_reasoning_summary_text_delta_event import ResponseReasoningSummaryTextDeltaEvent
    from .models.response_reasoning_summary_text_done_event import ResponseReasoningSummaryTextDoneEvent
    from .models.response_reasoning_text import ResponseReasoningText
    from .models.response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent
    from .models.response_reasoning_text_done_event import ResponseReasoningTextDoneEvent
    from .models.response_refusal_delta_event import ResponseRefusalDeltaEvent
    from .models.response_refusal_done_event import ResponseRefusalDoneEvent
    from .models.response_shell_call_item import ResponseShellCallItem
    from .models.response_shell_call_output_item import ResponseShellCallOutputItem
    from .models.response_summary_text import ResponseSummaryText
    from .models.response_text_format_json_object import ResponseTextFormatJsonObject
    from .models.response_text_format_json_schema import ResponseTextFormatJsonSchema
    from .models.response_text_format_text import ResponseTextFormatText
    from .models.response_tool_choice_allowed import ResponseToolChoiceAllowed
    from .models.response_tool_choice_built_in import ResponseToolChoiceBuiltIn
    from .models.response_tool_choice_custom import ResponseToolChoiceCustom
    from .models.response_tool_choice_function import ResponseToolChoiceFunction
    from .models.response_tool_choice_mcp import ResponseToolChoiceMcp
    from .models.response_tool_choice_mode import ResponseToolChoiceMode
    from .models.response_url_citation import ResponseUrlCitation
    from .models.response_web_search_tool import ResponseWebSearchTool

ChatCompletionResponseFormat: TypeAlias = (
    "ChatCompletionResponseFormatText | ChatCompletionResponseFormatJsonObject | ChatCompletionResponseFormatJsonSchema"
)

ChatCompletionMessageParam: TypeAlias = "ChatCompletionSystemMessageParam | ChatCompletionDeveloperMessageParam | ChatCompletionUserMessageParam | ChatCompletionAssistantMessageParam | ChatCompletionToolMessageParam | ChatCompletionFunctionMessageParam"

ChatCompletionUserContentPart: TypeAlias = (
    "ChatCompletionContentPartText | ChatCompletionContentPartImage | ChatCompletionContentPartFile"
)

ChatCompletionAssistantContentPart: TypeAlias = "ChatCompletionContentPartText | ChatCompletionContentPartRefusal"

ChatCompletionToolUnion: TypeAlias = "ChatCompletionTool | ChatCompletionCustomTool"

ChatCompletionToolChoiceOption: TypeAlias = "ChatCompletionToolChoiceMode | ChatCompletionAllowedToolsChoice | ChatCompletionNamedToolChoice | ChatCompletionNamedToolChoiceCustom"

ChatCompletionMessageToolCallUnion: TypeAlias = "ChatCompletionMessageToolCall | ChatCompletionMessageCustomToolCall"

ChatCompletionAnnotation: TypeAlias = "ChatCompletionUrlCitationAnnotation | ChatCompletionUnknownAnnotation"

ConversationItem: TypeAlias = (
    "ConversationMessage | ResponseOutputFunctionCall | ResponseOutputFunctionCallOutput | ResponseOutputReasoning"
)

ConversationMessageContent: TypeAlias = "ConversationInputText | ResponseOutputText | ConversationInputImage | ConversationInputFile | ResponseOutputRefusal"

ResponseTextFormat: TypeAlias = "ResponseTextFormatText | ResponseTextFormatJsonSchema | ResponseTextFormatJsonObject"

ResponseToolChoice: TypeAlias = "ResponseToolChoiceMode | ResponseToolChoiceFunction | ResponseToolChoiceAllowed | ResponseToolChoiceBuiltIn | ResponseToolChoiceMcp | ResponseToolChoiceCustom"

ResponseTool: TypeAlias = "ResponseFunctionTool"

ResponseInputItem: TypeAlias = "ResponseOutputMessageItem | ResponseMessageItem | ResponseFunctionCallItem | ResponseFunctionCallOutputItem | ResponseItemReferenceItem | ResponseReasoningItem | ResponseLocalShellCallItem | ResponseLocalShellCallOutputItem | ResponseShellCallItem | ResponseShellCallOutputItem | ResponseApplyPatchCallItem | ResponseApplyPatchCallOutputItem | ResponseCustomToolCallItem | ResponseCustomToolCallOutputItem"

ResponseInputContent: TypeAlias = "ResponseInputText | ResponseInputImage | ResponseInputFile"

ResponseReturnedTool: TypeAlias = "ResponseFunctionTool | ResponseWebSearchTool | ResponseFileSearchTool | ResponseCodeInterpreterTool | ResponseComputerUseTool | ResponseMcpTool | ResponseCustomTool"

ResponseOutputItem: TypeAlias = (
    "ResponseOutputMessage | ResponseOutputFunctionCall | ResponseOutputFunctionCallOutput | ResponseOutputReasoning"
)

ResponseOutputMessageContent: TypeAlias = "ResponseOutputText | ResponseOutputRefusal"

ResponseContentPart: TypeAlias = (
    "ResponseOutputText | ResponseOutputRefusal | ResponseReasoningText | ResponseSummaryText"
)

ResponseAnnotation: TypeAlias = (
    "ResponseUrlCitation | ResponseFileCitation | ResponseContainerFileCitation | ResponseFilePathAnnotation"
)

ResponseStreamEvent: TypeAlias = "ResponseCreatedEvent | ResponseQueuedEvent | ResponseInProgressEvent | ResponseCompletedEvent | ResponseFailedEvent | ResponseIncompleteEvent | ResponseOutputItemAddedEvent | ResponseOutputItemDoneEvent | ResponseContentPartAddedEvent | ResponseContentPartDoneEvent | ResponseOutputTextDeltaEvent | ResponseOutputTextDoneEvent | ResponseRefusalDeltaEvent | ResponseRefusalDoneEvent | ResponseReasoningDeltaEvent | ResponseReasoningDoneEvent | ResponseReasoningTextDeltaEvent | ResponseReasoningTextDoneEvent | ResponseReasoningSummaryPartAddedEvent | ResponseReasoningSummaryPartDoneEvent | ResponseReasoningSummaryTextDeltaEvent | ResponseReasoningSummaryTextDoneEvent | ResponseOutputTextAnnotationAddedEvent | ResponseFunctionCallArgumentsDeltaEvent | ResponseFunctionCallArgumentsDoneEvent | ResponseErrorEvent"


# The model of the values of an open union whose `type` no member names, by the members' names.
CATCH_ALLS: dict[frozenset[str], str] = {
    frozenset(
        {"ChatCompletionMessageCustomToolCall", "ChatCompletionMessageToolCall"}
    ): "ChatCompletionUnknownToolCall",
    frozenset(
        {
            "ConversationInputFile",
            "ConversationInputImage",
            "ConversationInputText",
            "ResponseOutputRefusal",
            "ResponseOutputText",
        }
    ): "ResponseUnknownContentPart",
    frozenset(
        {
            "ConversationMessage",
            "ResponseOutputFunctionCall",
            "ResponseOutputFunctionCallOutput",
            "ResponseOutputReasoning",
        }
    ): "ResponseUnknownOutputItem",
    frozenset(
        {
            "ResponseCodeInterpreterTool",
            "ResponseComputerUseTool",
            "ResponseCustomTool",
            "ResponseFileSearchTool",
            "ResponseFunctionTool",
            "ResponseMcpTool",
            "ResponseWebSearchTool",
        }
    ): "ResponseUnknownTool",
    frozenset(
        {
            "ResponseCompletedEvent",
            "ResponseContentPartAddedEvent",
            "ResponseContentPartDoneEvent",
            "ResponseCreatedEvent",
            "ResponseErrorEvent",
            "ResponseFailedEvent",
            "ResponseFunctionCallArgumentsDeltaEvent",
            "ResponseFunctionCallArgumentsDoneEvent",
            "ResponseInProgressEvent",
            "ResponseIncompleteEvent",
            "ResponseOutputItemAddedEvent",
            "ResponseOutputItemDoneEvent",
            "ResponseOutputTextAnnotationAddedEvent",
            "ResponseOutputTextDeltaEvent",
            "ResponseOutputTextDoneEvent",
            "ResponseQueuedEvent",
            "ResponseReasoningDeltaEvent",
            "ResponseReasoningDoneEvent",
            "ResponseReasoningSummaryPartAddedEvent",
            "ResponseReasoningSummaryPartDoneEvent",
            "ResponseReasoningSummaryTextDeltaEvent",
            "ResponseReasoningSummaryTextDoneEvent",
            "ResponseReasoningTextDeltaEvent",
            "ResponseReasoningTextDoneEvent",
            "ResponseRefusalDeltaEvent",
            "ResponseRefusalDoneEvent",
        }
    ): "ResponseUnknownStreamEvent",
    frozenset(
        {"ResponseContainerFileCitation", "ResponseFileCitation", "ResponseFilePathAnnotation", "ResponseUrlCitation"}
    ): "ResponseUnknownAnnotation",
    frozenset(
        {
            "ResponseOutputFunctionCall",
            "ResponseOutputFunctionCallOutput",
            "ResponseOutputMessage",
            "ResponseOutputReasoning",
        }
    ): "ResponseUnknownOutputItem",
    frozenset({"ResponseOutputRefusal", "ResponseOutputText"}): "ResponseUnknownContentPart",
    frozenset(
        {"ResponseOutputRefusal", "ResponseOutputText", "ResponseReasoningText", "ResponseSummaryText"}
    ): "ResponseUnknownContentPart",
}

__all__ = [
    "ChatCompletionResponseFormat",
    "ChatCompletionMessageParam",
    "ChatCompletionUserContentPart",
    "ChatCompletionAssistantContentPart",
    "ChatCompletionToolUnion",
    "ChatCompletionToolChoiceOption",
    "ChatCompletionMessageToolCallUnion",
    "ChatCompletionAnnotation",
    "ConversationItem",
    "ConversationMessageContent",
    "ResponseTextFormat",
    "ResponseToolChoice",
    "ResponseTool",
    "ResponseInputItem",
    "ResponseInputContent",
    "ResponseReturnedTool",
    "ResponseOutputItem",
    "ResponseOutputMessageContent",
    "ResponseContentPart",
    "ResponseAnnotation",
    "ResponseStreamEvent",
]
