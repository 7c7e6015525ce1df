"""TypedDicts for every schema of the effective spec, for passing plain dicts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal, NotRequired, Protocol, TypeAlias

from typing_extensions import TypedDict


class ChatCompletionRequestMetadata(TypedDict, closed=True):
    thesys: NotRequired[str]


ChatCompletionModality: TypeAlias = Literal["text", "audio"]


ChatCompletionReasoningEffort: TypeAlias = Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]


ChatCompletionVerbosity: TypeAlias = Literal["low", "medium", "high"]


ChatCompletionServiceTier: TypeAlias = Literal["auto", "default", "flex", "scale", "priority", "fast"]


ChatCompletionPromptCacheRetention: TypeAlias = Literal["in_memory", "24h"]


class ChatCompletionPromptCacheOptions(TypedDict, closed=True):
    ttl: NotRequired[Literal["30m"]]
    mode: NotRequired[Literal["implicit", "explicit"]]


class ChatCompletionPromptCacheBreakpoint(TypedDict, closed=True):
    mode: Literal["explicit"]


class ChatCompletionCustomVoice(TypedDict, closed=True):
    id: str


class ChatCompletionModerationConfig(TypedDict, closed=True):
    mode: Literal["score", "block"]


class ChatCompletionStreamOptions(TypedDict, closed=True):
    include_usage: NotRequired[bool]
    include_obfuscation: NotRequired[bool]


class Approximate(TypedDict, closed=True):
    country: NotRequired[str]
    region: NotRequired[str]
    city: NotRequired[str]
    timezone: NotRequired[str]


class ChatCompletionWebSearchUserLocation(TypedDict, closed=True):
    type: Literal["approximate"]
    approximate: Approximate


class ChatCompletionResponseFormatText(TypedDict, closed=True):
    type: Literal["text"]


class ChatCompletionResponseFormatJsonObject(TypedDict, closed=True):
    type: Literal["json_object"]


class ChatCompletionJsonSchema(TypedDict, closed=True):
    name: str
    description: NotRequired[str]
    schema: NotRequired[dict[str, Any]]
    strict: NotRequired[bool | None]


class ChatCompletionAssistantAudioParam(TypedDict, closed=True):
    id: str


class ChatCompletionFunctionMessageParam(TypedDict, closed=True):
    role: Literal["function"]
    content: str | None
    name: str


class ChatCompletionContentPartText(TypedDict, closed=True):
    type: Literal["text"]
    text: str
    prompt_cache_breakpoint: NotRequired[ChatCompletionPromptCacheBreakpoint]


class ChatCompletionImageUrl(TypedDict, closed=True):
    url: str
    detail: NotRequired[Literal["auto", "low", "high"]]


class ChatCompletionInputAudio(TypedDict, closed=True):
    data: str
    format: Literal["wav", "mp3"]


class ChatCompletionFileInput(TypedDict, closed=True):
    file_data: NotRequired[str]
    file_id: NotRequired[str]
    filename: NotRequired[str]


class ChatCompletionContentPartRefusal(TypedDict, closed=True):
    type: Literal["refusal"]
    refusal: str


class FunctionDefinition(TypedDict, closed=True):
    name: str
    description: NotRequired[str]
    parameters: NotRequired[dict[str, Any]]
    strict: NotRequired[bool | None]


class ChatCompletionCustomToolTextFormat(TypedDict, closed=True):
    type: Literal["text"]


class ChatCompletionCustomToolGrammar(TypedDict, closed=True):
    definition: str
    syntax: Literal["lark", "regex"]


ChatCompletionToolChoiceMode: TypeAlias = Literal["none", "auto", "required"]


class ChatCompletionAllowedTools(TypedDict, closed=True):
    mode: Literal["auto", "required"]
    tools: list[dict[str, Any]]


class ChatCompletionFunctionCallOption(TypedDict, closed=True):
    name: str


class ChatCompletionFunctionCall(TypedDict):
    name: str
    arguments: str


class ChatCompletionCustomToolCallInput(TypedDict):
    name: str
    input: str


class ChatCompletionUnknownToolCall(TypedDict):
    id: NotRequired[str]
    type: str


class ChatCompletionUrlCitation(TypedDict):
    start_index: int
    end_index: int
    url: str
    title: NotRequired[str]


class ChatCompletionUnknownAnnotation(TypedDict):
    type: str


class ChatCompletionAudio(TypedDict):
    id: str
    expires_at: NotRequired[int]
    data: NotRequired[str]
    transcript: NotRequired[str]


class ChatCompletionTopLogprob(TypedDict):
    token: str
    logprob: float
    bytes: NotRequired[list[int] | None]


class CompletionUsagePromptTokensDetails(TypedDict):
    cached_tokens: NotRequired[int]
    cache_write_tokens: NotRequired[int]
    audio_tokens: NotRequired[int]
    image_tokens: NotRequired[int]
    text_tokens: NotRequired[int]


class CompletionUsageCompletionTokensDetails(TypedDict):
    reasoning_tokens: NotRequired[int]
    accepted_prediction_tokens: NotRequired[int]
    rejected_prediction_tokens: NotRequired[int]
    audio_tokens: NotRequired[int]
    text_tokens: NotRequired[int]


class ChatCompletionChunkFunctionCall(TypedDict):
    name: NotRequired[str | None]
    arguments: NotRequired[str | None]


class ErrorObject(TypedDict):
    message: str
    type: NotRequired[str | None]
    param: NotRequired[str | None]
    code: NotRequired[str | None]


class ErrorResponse(TypedDict):
    error: ErrorObject


class UpdateConversationRequest(TypedDict, closed=True):
    metadata: dict[str, str] | None


ConversationItemOrder: TypeAlias = Literal["asc", "desc"]


class Conversation(TypedDict):
    id: str
    object: Literal["conversation"]
    created_at: int
    metadata: dict[str, str] | None


class ConversationDeleted(TypedDict):
    id: str
    object: Literal["conversation.deleted"]
    deleted: bool


class ConversationInputText(TypedDict):
    type: Literal["input_text"]
    text: str


class ConversationInputImage(TypedDict):
    type: Literal["input_image"]
    image_url: NotRequired[str | None]
    file_id: NotRequired[str | None]
    detail: NotRequired[str]


class ConversationInputFile(TypedDict):
    type: Literal["input_file"]
    file_id: NotRequired[str | None]
    filename: NotRequired[str | None]
    file_data: NotRequired[str | None]
    file_url: NotRequired[str | None]


class ResponseRequestMetadata(TypedDict, closed=True):
    thesys: NotRequired[str]


class ResponseConversationParam(TypedDict, closed=True):
    id: str


class ResponseStreamOptions(TypedDict, closed=True):
    include_obfuscation: NotRequired[bool]


ResponseIncludable: TypeAlias = Literal[
    "file_search_call.results",
    "web_search_call.results",
    "web_search_call.action.sources",
    "message.input_image.image_url",
    "computer_call_output.output.image_url",
    "code_interpreter_call.outputs",
    "reasoning.encrypted_content",
    "message.output_text.logprobs",
]


ResponsePromptCacheRetention: TypeAlias = Literal["in_memory", "24h"]


ResponseServiceTier: TypeAlias = Literal["auto", "default", "flex", "scale", "priority"]


ResponseTruncation: TypeAlias = Literal["auto", "disabled"]


ResponseVerbosity: TypeAlias = Literal["low", "medium", "high"]


class ResponseTextFormatText(TypedDict, closed=True):
    type: Literal["text"]


class ResponseTextFormatJsonSchema(TypedDict, closed=True):
    type: Literal["json_schema"]
    name: str
    description: NotRequired[str]
    schema: dict[str, Any]
    strict: NotRequired[bool | None]


class ResponseTextFormatJsonObject(TypedDict, closed=True):
    type: Literal["json_object"]


ResponseReasoningEffort: TypeAlias = Literal["none", "minimal", "low", "medium", "high", "xhigh", "max"]


ResponseReasoningSummaryMode: TypeAlias = Literal["auto", "concise", "detailed"]


ResponseToolChoiceMode: TypeAlias = Literal["none", "auto", "required"]


class ResponseToolChoiceFunction(TypedDict, closed=True):
    type: Literal["function"]
    name: str


class ResponseToolChoiceAllowed(TypedDict, closed=True):
    type: Literal["allowed_tools"]
    mode: NotRequired[Literal["none", "auto", "required"]]
    tools: list[dict[str, Any]]


class ResponseToolChoiceBuiltIn(TypedDict, closed=True):
    type: Literal[
        "file_search",
        "web_search_preview",
        "web_search_preview_2025_03_11",
        "computer_use_preview",
        "image_generation",
        "code_interpreter",
    ]


class ResponseToolChoiceMcp(TypedDict, closed=True):
    type: Literal["mcp"]
    server_label: str
    name: NotRequired[str | None]


class ResponseToolChoiceCustom(TypedDict, closed=True):
    type: Literal["custom"]
    name: str


ResponseFunctionParameters: TypeAlias = dict[str, Any]


class ResponseWebSearchTool(TypedDict, closed=True):
    type: Literal["web_search"]
    filters: NotRequired[dict[str, Any] | None]
    user_location: NotRequired[dict[str, Any] | None]
    search_context_size: NotRequired[Literal["low", "medium", "high"]]


class ResponseFileSearchTool(TypedDict, closed=True):
    type: Literal["file_search"]
    vector_store_ids: list[str]
    max_num_results: NotRequired[int]
    ranking_options: NotRequired[dict[str, Any]]
    filters: NotRequired[dict[str, Any] | None]


class ResponseCodeInterpreterTool(TypedDict, closed=True):
    type: Literal["code_interpreter"]
    container: str | dict[str, Any]


class ResponseComputerUseTool(TypedDict, closed=True):
    type: Literal["computer_use_preview"]
    environment: Literal["windows", "mac", "linux", "ubuntu", "browser"]
    display_width: int
    display_height: int


class ResponseMcpTool(TypedDict, closed=True):
    type: Literal["mcp"]
    server_label: str
    server_url: NotRequired[str]
    connector_id: NotRequired[str]
    authorization: NotRequired[str]
    server_description: NotRequired[str]
    headers: NotRequired[dict[str, str] | None]
    allowed_tools: NotRequired[list[str] | dict[str, Any] | None]
    require_approval: NotRequired[Literal["always", "never"] | dict[str, Any] | None]


class ResponseCustomTool(TypedDict, closed=True):
    type: Literal["custom"]
    name: str
    description: NotRequired[str]
    format: NotRequired[dict[str, Any]]


ResponseItemStatus: TypeAlias = Literal["in_progress", "completed", "incomplete"]


ResponseMessagePhase: TypeAlias = Literal["commentary", "final_answer"]


class ResponseInputText(TypedDict, closed=True):
    type: Literal["input_text"]
    text: str


ResponseImageDetail: TypeAlias = Literal["low", "high", "auto"]


class ResponseInputImage(TypedDict, closed=True):
    type: Literal["input_image"]
    image_url: NotRequired[str | None]
    file_id: NotRequired[str | None]
    detail: NotRequired[ResponseImageDetail | None]


class ResponseInputFile(TypedDict, closed=True):
    type: Literal["input_file"]
    file_id: NotRequired[str | None]
    filename: NotRequired[str | None]
    file_data: NotRequired[str | None]
    file_url: NotRequired[str | None]


class ResponseFunctionCallItem(TypedDict, closed=True):
    type: Literal["function_call"]
    id: NotRequired[str | None]
    call_id: str
    name: str
    arguments: str
    namespace: NotRequired[str | None]
    status: NotRequired[ResponseItemStatus | None]


class ResponseItemReferenceItem(TypedDict, closed=True):
    type: NotRequired[Literal["item_reference"]]
    id: str


class ResponseCompactionItem(TypedDict, closed=True):
    type: Literal["compaction"]
    id: NotRequired[str | None]
    encrypted_content: str


class ResponseWebSearchCallItem(TypedDict, closed=True):
    type: Literal["web_search_call"]
    id: str
    status: str
    action: NotRequired[dict[str, Any]]


class ResponseFileSearchCallItem(TypedDict, closed=True):
    type: Literal["file_search_call"]
    id: str
    status: str
    queries: list[str]
    results: NotRequired[list[dict[str, Any]] | None]


class ResponseComputerCallItem(TypedDict, closed=True):
    type: Literal["computer_call"]
    id: str
    call_id: str
    action: dict[str, Any]
    pending_safety_checks: list[dict[str, Any]]
    status: ResponseItemStatus


class ResponseComputerCallOutputItem(TypedDict, closed=True):
    type: Literal["computer_call_output"]
    id: NotRequired[str | None]
    call_id: str
    output: dict[str, Any]
    acknowledged_safety_checks: NotRequired[list[dict[str, Any]] | None]
    status: NotRequired[ResponseItemStatus | None]


class ResponseCodeInterpreterCallItem(TypedDict, closed=True):
    type: Literal["code_interpreter_call"]
    id: str
    status: str
    container_id: str
    code: str | None
    outputs: list[dict[str, Any]] | None


class ResponseImageGenerationCallItem(TypedDict, closed=True):
    type: Literal["image_generation_call"]
    id: str
    status: str
    result: str | None


class ResponseLocalShellExecAction(TypedDict, closed=True):
    type: Literal["exec"]
    command: list[str]
    env: dict[str, str]
    timeout_ms: NotRequired[int | None]
    working_directory: NotRequired[str | None]
    user: NotRequired[str | None]


class ResponseLocalShellCallOutputItem(TypedDict, closed=True):
    type: Literal["local_shell_call_output"]
    id: str
    output: str
    status: NotRequired[ResponseItemStatus | None]


class Action(TypedDict, closed=True):
    commands: list[str]
    timeout_ms: NotRequired[int | None]
    max_output_length: NotRequired[int | None]


class ResponseShellCallItem(TypedDict, closed=True):
    type: Literal["shell_call"]
    id: NotRequired[str | None]
    call_id: str
    action: Action
    status: NotRequired[ResponseItemStatus | None]
    environment: NotRequired[dict[str, Any] | None]


class OutputItem(TypedDict, closed=True):
    stdout: str
    stderr: str
    outcome: dict[str, Any]


class ResponseShellCallOutputItem(TypedDict, closed=True):
    type: Literal["shell_call_output"]
    id: NotRequired[str | None]
    call_id: str
    output: list[OutputItem]
    status: NotRequired[ResponseItemStatus | None]
    max_output_length: NotRequired[int | None]


class Operation(TypedDict, closed=True):
    type: Literal["create_file", "update_file", "delete_file"]
    path: str
    diff: NotRequired[str]


class ResponseApplyPatchCallItem(TypedDict, closed=True):
    type: Literal["apply_patch_call"]
    id: NotRequired[str | None]
    call_id: str
    status: Literal["in_progress", "completed"]
    operation: Operation


class ResponseApplyPatchCallOutputItem(TypedDict, closed=True):
    type: Literal["apply_patch_call_output"]
    id: NotRequired[str | None]
    call_id: str
    status: Literal["completed", "failed"]
    output: NotRequired[str | None]


class ResponseMcpListToolsItem(TypedDict, closed=True):
    type: Literal["mcp_list_tools"]
    id: str
    server_label: str
    tools: list[dict[str, Any]]
    error: NotRequired[str | None]


class ResponseMcpApprovalRequestItem(TypedDict, closed=True):
    type: Literal["mcp_approval_request"]
    id: str
    server_label: str
    name: str
    arguments: str


class ResponseMcpApprovalResponseItem(TypedDict, closed=True):
    type: Literal["mcp_approval_response"]
    id: NotRequired[str | None]
    approval_request_id: str
    approve: bool
    reason: NotRequired[str | None]


class ResponseMcpCallItem(TypedDict, closed=True):
    type: Literal["mcp_call"]
    id: str
    server_label: str
    name: str
    arguments: str
    output: NotRequired[str | None]
    error: NotRequired[str | dict[str, Any] | None]
    status: NotRequired[str]
    approval_request_id: NotRequired[str | None]


class ResponseCustomToolCallItem(TypedDict, closed=True):
    type: Literal["custom_tool_call"]
    id: NotRequired[str | None]
    call_id: str
    name: str
    input: str
    namespace: NotRequired[str | None]


class ResponseConversationRef(TypedDict):
    id: str


class ResponseTextFormatSettings(TypedDict):
    type: str


class ResponseReasoningSettings(TypedDict):
    effort: NotRequired[str | None]
    summary: NotRequired[str | None]


class ResponseToolChoiceSettings(TypedDict):
    type: str


class ResponseUnknownTool(TypedDict):
    type: str


class InputTokensDetails(TypedDict):
    cached_tokens: NotRequired[int]


class OutputTokensDetails(TypedDict):
    reasoning_tokens: NotRequired[int]


class ResponseUsage(TypedDict):
    input_tokens: int
    output_tokens: int
    total_tokens: int
    input_tokens_details: NotRequired[InputTokensDetails]
    output_tokens_details: NotRequired[OutputTokensDetails]


class ResponseError(TypedDict):
    code: NotRequired[str]
    message: str


class ResponseIncompleteDetails(TypedDict):
    reason: NotRequired[str]


class ResponseOutputRefusal(TypedDict):
    type: Literal["refusal"]
    refusal: str


class ResponseSummaryText(TypedDict):
    type: Literal["summary_text"]
    text: str


class ResponseReasoningText(TypedDict):
    type: Literal["reasoning_text"]
    text: str


class ResponseUnknownContentPart(TypedDict):
    type: str


class ResponseUrlCitation(TypedDict):
    type: Literal["url_citation"]
    url: str
    title: NotRequired[str]
    start_index: NotRequired[int]
    end_index: NotRequired[int]


class ResponseFileCitation(TypedDict):
    type: Literal["file_citation"]
    file_id: str
    filename: NotRequired[str]
    index: NotRequired[int]


class ResponseContainerFileCitation(TypedDict):
    type: Literal["container_file_citation"]
    container_id: str
    file_id: str
    filename: NotRequired[str]
    start_index: NotRequired[int]
    end_index: NotRequired[int]


class ResponseFilePathAnnotation(TypedDict):
    type: Literal["file_path"]
    file_id: str
    index: NotRequired[int]


class ResponseUnknownAnnotation(TypedDict):
    type: str


class ResponseTopLogProb(TypedDict):
    token: str
    logprob: float
    bytes: NotRequired[list[int]]


class ResponseOutputFunctionCall(TypedDict):
    type: Literal["function_call"]
    id: NotRequired[str]
    call_id: str
    name: str
    arguments: str
    status: NotRequired[str]


class ResponseOutputFunctionCallOutput(TypedDict):
    type: Literal["function_call_output"]
    id: NotRequired[str]
    call_id: str
    output: str | list[dict[str, Any]]
    status: NotRequired[str]


class ResponseUnknownOutputItem(TypedDict):
    type: str


class ResponseRefusalDeltaEvent(TypedDict):
    type: Literal["response.refusal.delta"]
    sequence_number: int
    item_id: str
    output_index: int
    content_index: int
    delta: str
    obfuscation: NotRequired[str]


class ResponseRefusalDoneEvent(TypedDict):
    type: Literal["response.refusal.done"]
    sequence_number: int
    item_id: str
    output_index: int
    content_index: int
    refusal: str


class ResponseReasoningDeltaEvent(TypedDict):
    type: Literal["response.reasoning.delta"]
    sequence_number: int
    item_id: str
    output_index: int
    content_index: int
    delta: str
    obfuscation: NotRequired[str]


class ResponseReasoningDoneEvent(TypedDict):
    type: Literal["response.reasoning.done"]
    sequence_number: int
    item_id: str
    output_index: int
    content_index: int
    text: str


class ResponseReasoningTextDeltaEvent(TypedDict):
    type: Literal["response.reasoning_text.delta"]
    sequence_number: int
    item_id: str
    output_index: int
    content_index: int
    delta: str
    obfuscation: NotRequired[str]


class ResponseReasoningTextDoneEvent(TypedDict):
    type: Literal["response.reasoning_text.done"]
    sequence_number: int
    item_id: str
    output_index: int
    content_index: int
    text: str


class ResponseReasoningSummaryTextDeltaEvent(TypedDict):
    type: Literal["response.reasoning_summary_text.delta"]
    sequence_number: int
    item_id: str
    output_index: int
    summary_index: int
    delta: str
    obfuscation: NotRequired[str]


class ResponseReasoningSummaryTextDoneEvent(TypedDict):
    type: Literal["response.reasoning_summary_text.done"]
    sequence_number: int
    item_id: str
    output_index: int
    summary_index: int
    text: str


class ResponseFunctionCallArgumentsDeltaEvent(TypedDict):
    type: Literal["response.function_call_arguments.delta"]
    sequence_number: int
    item_id: str
    output_index: int
    delta: str
    obfuscation: NotRequired[str]


class ResponseFunctionCallArgumentsDoneEvent(TypedDict):
    type: Literal["response.function_call_arguments.done"]
    sequence_number: int
    item_id: str
    output_index: int
    arguments: str
    name: NotRequired[str]


class ResponseStreamError(TypedDict):
    type: NotRequired[str]
    code: NotRequired[str | None]
    message: NotRequired[str]
    param: NotRequired[str | None]


class ResponseUnknownStreamEvent(TypedDict):
    type: str
    sequence_number: NotRequired[int]


class ChatCompletionAudioParam(TypedDict, closed=True):
    voice: str | ChatCompletionCustomVoice
    format: Literal["wav", "aac", "mp3", "flac", "opus", "pcm16"]


class ChatCompletionModerationPolicy(TypedDict, closed=True):
    input: NotRequired[ChatCompletionModerationConfig | None]
    output: NotRequired[ChatCompletionModerationConfig | None]


class ChatCompletionPredictionContent(TypedDict, closed=True):
    type: Literal["content"]
    content: str | list[ChatCompletionContentPartText]


class ChatCompletionWebSearchOptions(TypedDict, closed=True):
    search_context_size: NotRequired[Literal["low", "medium", "high"]]
    user_location: NotRequired[ChatCompletionWebSearchUserLocation | None]


class ChatCompletionResponseFormatJsonSchema(TypedDict, closed=True):
    type: Literal["json_schema"]
    json_schema: ChatCompletionJsonSchema


class ChatCompletionSystemMessageParam(TypedDict, closed=True):
    role: Literal["system"]
    content: str | list[ChatCompletionContentPartText]
    name: NotRequired[str]


class ChatCompletionDeveloperMessageParam(TypedDict, closed=True):
    role: Literal["developer"]
    content: str | list[ChatCompletionContentPartText]
    name: NotRequired[str]


ChatCompletionAssistantContentPart: TypeAlias = ChatCompletionContentPartText | ChatCompletionContentPartRefusal


class ChatCompletionToolMessageParam(TypedDict, closed=True):
    role: Literal["tool"]
    content: str | list[ChatCompletionContentPartText]
    tool_call_id: str


class ChatCompletionContentPartImage(TypedDict, closed=True):
    type: Literal["image_url"]
    image_url: ChatCompletionImageUrl
    prompt_cache_breakpoint: NotRequired[ChatCompletionPromptCacheBreakpoint]


class ChatCompletionContentPartInputAudio(TypedDict, closed=True):
    type: Literal["input_audio"]
    input_audio: ChatCompletionInputAudio
    prompt_cache_breakpoint: NotRequired[ChatCompletionPromptCacheBreakpoint]


class ChatCompletionContentPartFile(TypedDict, closed=True):
    type: Literal["file"]
    file: ChatCompletionFileInput
    prompt_cache_breakpoint: NotRequired[ChatCompletionPromptCacheBreakpoint]


class ChatCompletionTool(TypedDict, closed=True):
    type: Literal["function"]
    function: FunctionDefinition


class ChatCompletionCustomToolGrammarFormat(TypedDict, closed=True):
    type: Literal["grammar"]
    grammar: ChatCompletionCustomToolGrammar


class ChatCompletionAllowedToolsChoice(TypedDict, closed=True):
    type: Literal["allowed_tools"]
    allowed_tools: ChatCompletionAllowedTools


class ChatCompletionNamedToolChoice(TypedDict, closed=True):
    type: Literal["function"]
    function: ChatCompletionFunctionCallOption


class ChatCompletionNamedToolChoiceCustom(TypedDict, closed=True):
    type: Literal["custom"]
    custom: ChatCompletionFunctionCallOption


class ChatCompletionMessageToolCall(TypedDict):
    id: str
    type: Literal["function"]
    function: ChatCompletionFunctionCall


class ChatCompletionMessageCustomToolCall(TypedDict):
    id: str
    type: Literal["custom"]
    custom: ChatCompletionCustomToolCallInput


ChatCompletionMessageToolCallUnion: TypeAlias = (
    ChatCompletionMessageToolCall | ChatCompletionMessageCustomToolCall | ChatCompletionUnknownToolCall
)


class ChatCompletionUrlCitationAnnotation(TypedDict):
    type: Literal["url_citation"]
    url_citation: ChatCompletionUrlCitation


class ChatCompletionTokenLogprob(TypedDict):
    token: str
    logprob: float
    bytes: NotRequired[list[int] | None]
    top_logprobs: NotRequired[list[ChatCompletionTopLogprob]]


class CompletionUsage(TypedDict):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    prompt_tokens_details: NotRequired[CompletionUsagePromptTokensDetails | None]
    completion_tokens_details: NotRequired[CompletionUsageCompletionTokensDetails | None]


class ChatCompletionChunkToolCall(TypedDict):
    index: int
    id: NotRequired[str | None]
    type: NotRequired[str | None]
    function: NotRequired[ChatCompletionChunkFunctionCall | None]


class ResponsePrompt(TypedDict, closed=True):
    id: str
    version: NotRequired[str | None]
    variables: NotRequired[dict[str, str | ResponseInputText | ResponseInputImage | ResponseInputFile] | None]


class ResponseTextConfig(TypedDict, closed=True):
    verbosity: NotRequired[ResponseVerbosity | None]


ResponseTextFormat: TypeAlias = ResponseTextFormatText | ResponseTextFormatJsonSchema | ResponseTextFormatJsonObject


class ResponseReasoningConfig(TypedDict, closed=True):
    effort: NotRequired[ResponseReasoningEffort | None]


ResponseToolChoice: TypeAlias = (
    ResponseToolChoiceMode
    | ResponseToolChoiceFunction
    | ResponseToolChoiceAllowed
    | ResponseToolChoiceBuiltIn
    | ResponseToolChoiceMcp
    | ResponseToolChoiceCustom
)


class ResponseFunctionTool(TypedDict, closed=True):
    type: Literal["function"]
    name: str
    description: NotRequired[str | None]
    parameters: NotRequired[ResponseFunctionParameters | None]
    strict: NotRequired[bool | None]


ResponseInputContent: TypeAlias = ResponseInputText | ResponseInputImage | ResponseInputFile


class ResponseFunctionCallOutputItem(TypedDict, closed=True):
    type: Literal["function_call_output"]
    id: NotRequired[str | None]
    call_id: str
    output: str | list[ResponseInputContent]
    status: NotRequired[ResponseItemStatus | None]


class ResponseReasoningItem(TypedDict, closed=True):
    type: Literal["reasoning"]
    id: NotRequired[str | None]
    summary: list[ResponseSummaryText]
    content: NotRequired[list[ResponseReasoningText] | None]
    encrypted_content: NotRequired[str | None]
    status: NotRequired[ResponseItemStatus | None]


class ResponseLocalShellCallItem(TypedDict, closed=True):
    type: Literal["local_shell_call"]
    id: str
    call_id: str
    action: ResponseLocalShellExecAction
    status: ResponseItemStatus


class ResponseCustomToolCallOutputItem(TypedDict, closed=True):
    type: Literal["custom_tool_call_output"]
    id: NotRequired[str | None]
    call_id: str
    output: str | list[ResponseInputContent]


class ResponseTextSettings(TypedDict):
    format: NotRequired[ResponseTextFormatSettings]
    verbosity: NotRequired[str | None]


ResponseReturnedTool: TypeAlias = (
    ResponseFunctionTool
    | ResponseWebSearchTool
    | ResponseFileSearchTool
    | ResponseCodeInterpreterTool
    | ResponseComputerUseTool
    | ResponseMcpTool
    | ResponseCustomTool
    | ResponseUnknownTool
)


ResponseAnnotation: TypeAlias = (
    ResponseUrlCitation
    | ResponseFileCitation
    | ResponseContainerFileCitation
    | ResponseFilePathAnnotation
    | ResponseUnknownAnnotation
)


class ResponseLogProb(TypedDict):
    token: str
    logprob: float
    bytes: NotRequired[list[int]]
    top_logprobs: NotRequired[list[ResponseTopLogProb]]


class ResponseOutputTextDeltaEvent(TypedDict):
    type: Literal["response.output_text.delta"]
    sequence_number: int
    item_id: str
    output_index: int
    content_index: int
    delta: str
    logprobs: NotRequired[list[ResponseLogProb]]
    obfuscation: NotRequired[str]


class ResponseOutputTextDoneEvent(TypedDict):
    type: Literal["response.output_text.done"]
    sequence_number: int
    item_id: str
    output_index: int
    content_index: int
    text: str
    logprobs: NotRequired[list[ResponseLogProb]]


class ResponseOutputTextAnnotationAddedEvent(TypedDict):
    type: Literal["response.output_text.annotation.added"]
    sequence_number: int
    item_id: str
    output_index: int
    content_index: int
    annotation_index: int
    annotation: ResponseAnnotation | None


class ResponseErrorEvent(TypedDict):
    type: Literal["error"]
    sequence_number: int
    code: NotRequired[str | None]
    message: NotRequired[str]
    param: NotRequired[str | None]
    error: NotRequired[ResponseStreamError]


class ChatCompletionModerationParam(TypedDict, closed=True):
    model: str
    policy: NotRequired[ChatCompletionModerationPolicy | None]


ChatCompletionResponseFormat: TypeAlias = (
    ChatCompletionResponseFormatText | ChatCompletionResponseFormatJsonObject | ChatCompletionResponseFormatJsonSchema
)


ChatCompletionUserContentPart: TypeAlias = (
    ChatCompletionContentPartText | ChatCompletionContentPartImage | ChatCompletionContentPartFile
)


class ChatCompletionAssistantMessageParam(TypedDict, closed=True):
    role: Literal["assistant"]
    content: NotRequired[str | list[ChatCompletionAssistantContentPart] | None]
    refusal: NotRequired[str | None]
    name: NotRequired[str]
    audio: NotRequired[None]
    tool_calls: NotRequired[list[ChatCompletionMessageToolCall | ChatCompletionMessageCustomToolCall] | None]
    function_call: NotRequired[ChatCompletionFunctionCall | None]
    annotations: NotRequired[list[dict[str, Any]] | None]


class ChatCompletionCustomToolDefinition(TypedDict, closed=True):
    name: str
    description: NotRequired[str]
    format: NotRequired[ChatCompletionCustomToolTextFormat | ChatCompletionCustomToolGrammarFormat]


ChatCompletionToolChoiceOption: TypeAlias = (
    ChatCompletionToolChoiceMode
    | ChatCompletionAllowedToolsChoice
    | ChatCompletionNamedToolChoice
    | ChatCompletionNamedToolChoiceCustom
)


ChatCompletionAnnotation: TypeAlias = ChatCompletionUrlCitationAnnotation | ChatCompletionUnknownAnnotation


class ChatCompletionChoiceLogprobs(TypedDict):
    content: NotRequired[list[ChatCompletionTokenLogprob] | None]
    refusal: NotRequired[list[ChatCompletionTokenLogprob] | None]


class ChatCompletionChunkDelta(TypedDict):
    role: NotRequired[str | None]
    content: NotRequired[str | None]
    refusal: NotRequired[str | None]
    tool_calls: NotRequired[list[ChatCompletionChunkToolCall] | None]
    function_call: NotRequired[ChatCompletionChunkFunctionCall | None]


ResponseTool: TypeAlias = ResponseFunctionTool


class ResponseMessageItem(TypedDict, closed=True):
    type: NotRequired[Literal["message"]]
    role: Literal["user", "system", "developer", "assistant"]
    content: str | list[ResponseInputContent]
    id: NotRequired[str | None]
    status: NotRequired[ResponseItemStatus | None]
    phase: NotRequired[ResponseMessagePhase | None]


class ResponseOutputText(TypedDict):
    type: Literal["output_text"]
    text: str
    annotations: NotRequired[list[ResponseAnnotation]]
    logprobs: NotRequired[list[ResponseLogProb]]


ResponseContentPart: TypeAlias = (
    ResponseOutputText
    | ResponseOutputRefusal
    | ResponseReasoningText
    | ResponseSummaryText
    | ResponseUnknownContentPart
)


class ResponseOutputReasoning(TypedDict):
    type: Literal["reasoning"]
    id: str
    summary: NotRequired[list[ResponseContentPart]]
    content: NotRequired[list[ResponseContentPart] | None]
    encrypted_content: NotRequired[str | None]
    status: NotRequired[str]


class ResponseContentPartAddedEvent(TypedDict):
    type: Literal["response.content_part.added"]
    sequence_number: int
    item_id: str
    output_index: int
    content_index: int
    part: ResponseContentPart


class ResponseContentPartDoneEvent(TypedDict):
    type: Literal["response.content_part.done"]
    sequence_number: int
    item_id: str
    output_index: int
    content_index: int
    part: ResponseContentPart


class ResponseReasoningSummaryPartAddedEvent(TypedDict):
    type: Literal["response.reasoning_summary_part.added"]
    sequence_number: int
    item_id: str
    output_index: int
    summary_index: int
    part: ResponseContentPart


class ResponseReasoningSummaryPartDoneEvent(TypedDict):
    type: Literal["response.reasoning_summary_part.done"]
    sequence_number: int
    item_id: str
    output_index: int
    summary_index: int
    part: ResponseContentPart


class ChatCompletionUserMessageParam(TypedDict, closed=True):
    role: Literal["user"]
    content: str | list[ChatCompletionUserContentPart]
    name: NotRequired[str]


class ChatCompletionCustomTool(TypedDict, closed=True):
    type: Literal["custom"]
    custom: ChatCompletionCustomToolDefinition


class ChatCompletionMessage(TypedDict):
    role: str
    content: NotRequired[str | None]
    refusal: NotRequired[str | None]
    tool_calls: NotRequired[list[ChatCompletionMessageToolCallUnion] | None]
    function_call: NotRequired[ChatCompletionFunctionCall | None]
    annotations: NotRequired[list[ChatCompletionAnnotation] | None]
    audio: NotRequired[ChatCompletionAudio | None]


class ChatCompletionChunkChoice(TypedDict):
    index: int
    delta: ChatCompletionChunkDelta
    finish_reason: NotRequired[str | None]
    logprobs: NotRequired[ChatCompletionChoiceLogprobs | None]


ConversationMessageContent: TypeAlias = (
    ConversationInputText
    | ResponseOutputText
    | ConversationInputImage
    | ConversationInputFile
    | ResponseOutputRefusal
    | ResponseUnknownContentPart
)


class ResponseOutputMessageItem(TypedDict, closed=True):
    type: Literal["message"]
    role: Literal["assistant"]
    content: list[ResponseOutputText | ResponseOutputRefusal]
    id: NotRequired[str | None]
    status: NotRequired[ResponseItemStatus | None]
    phase: NotRequired[ResponseMessagePhase | None]


ResponseOutputMessageContent: TypeAlias = ResponseOutputText | ResponseOutputRefusal | ResponseUnknownContentPart


ChatCompletionMessageParam: TypeAlias = (
    ChatCompletionSystemMessageParam
    | ChatCompletionDeveloperMessageParam
    | ChatCompletionUserMessageParam
    | ChatCompletionAssistantMessageParam
    | ChatCompletionToolMessageParam
    | ChatCompletionFunctionMessageParam
)


ChatCompletionToolUnion: TypeAlias = ChatCompletionTool | ChatCompletionCustomTool


class ChatCompletionChoice(TypedDict):
    index: int
    message: ChatCompletionMessage
    finish_reason: NotRequired[str | None]
    logprobs: NotRequired[ChatCompletionChoiceLogprobs | None]


class ChatCompletionChunk(TypedDict):
    id: str
    object: Literal["chat.completion.chunk"]
    created: int
    model: str
    choices: list[ChatCompletionChunkChoice]
    usage: NotRequired[CompletionUsage | None]
    service_tier: NotRequired[str | None]
    system_fingerprint: NotRequired[str | None]
    obfuscation: NotRequired[str]


class ConversationMessage(TypedDict):
    type: Literal["message"]
    id: str
    status: NotRequired[str]
    role: str
    content: list[ConversationMessageContent]
    phase: NotRequired[str | None]


ResponseInputItem: TypeAlias = (
    ResponseOutputMessageItem
    | ResponseMessageItem
    | ResponseFunctionCallItem
    | ResponseFunctionCallOutputItem
    | ResponseItemReferenceItem
    | ResponseReasoningItem
    | ResponseLocalShellCallItem
    | ResponseLocalShellCallOutputItem
    | ResponseShellCallItem
    | ResponseShellCallOutputItem
    | ResponseApplyPatchCallItem
    | ResponseApplyPatchCallOutputItem
    | ResponseCustomToolCallItem
    | ResponseCustomToolCallOutputItem
)


class ResponseOutputMessage(TypedDict):
    id: str
    type: Literal["message"]
    role: Literal["assistant"]
    status: NotRequired[str]
    content: list[ResponseOutputMessageContent]
    phase: NotRequired[str | None]


class CreateChatCompletionRequest(TypedDict, closed=True):
    messages: list[ChatCompletionMessageParam]
    model: str
    audio: NotRequired[ChatCompletionAudioParam | None]
    frequency_penalty: NotRequired[float | None]
    logit_bias: NotRequired[dict[str, int] | None]
    logprobs: NotRequired[bool | None]
    top_logprobs: NotRequired[int | None]
    max_completion_tokens: NotRequired[int | None]
    max_tokens: NotRequired[int | None]
    metadata: NotRequired[ChatCompletionRequestMetadata | None]
    modalities: NotRequired[list[ChatCompletionModality] | None]
    moderation: NotRequired[ChatCompletionModerationParam | None]
    n: NotRequired[Literal[1] | None]
    parallel_tool_calls: NotRequired[bool]
    prediction: NotRequired[ChatCompletionPredictionContent | None]
    presence_penalty: NotRequired[float | None]
    prompt_cache_key: NotRequired[str | None]
    prompt_cache_options: NotRequired[ChatCompletionPromptCacheOptions]
    prompt_cache_retention: NotRequired[ChatCompletionPromptCacheRetention | None]
    reasoning_effort: NotRequired[ChatCompletionReasoningEffort | None]
    response_format: NotRequired[ChatCompletionResponseFormat]
    safety_identifier: NotRequired[str | None]
    seed: NotRequired[int | None]
    service_tier: NotRequired[ChatCompletionServiceTier | None]
    stop: NotRequired[str | list[str] | None]
    store: NotRequired[bool | None]
    stream: NotRequired[bool | None]
    stream_options: NotRequired[ChatCompletionStreamOptions | None]
    temperature: NotRequired[float | None]
    tool_choice: NotRequired[ChatCompletionToolChoiceOption]
    tools: NotRequired[list[ChatCompletionToolUnion]]
    top_p: NotRequired[float | None]
    user: NotRequired[str]
    verbosity: NotRequired[ChatCompletionVerbosity | None]
    web_search_options: NotRequired[ChatCompletionWebSearchOptions]


class ChatCompletion(TypedDict):
    id: str
    object: Literal["chat.completion"]
    created: int
    model: str
    choices: list[ChatCompletionChoice]
    usage: NotRequired[CompletionUsage]
    service_tier: NotRequired[str | None]
    system_fingerprint: NotRequired[str | None]


class CreateConversationRequest(TypedDict, closed=True):
    items: NotRequired[list[ResponseInputItem] | None]
    metadata: NotRequired[dict[str, str] | None]


class CreateConversationItemsRequest(TypedDict, closed=True):
    items: list[ResponseInputItem]


ConversationItem: TypeAlias = (
    ConversationMessage
    | ResponseOutputFunctionCall
    | ResponseOutputFunctionCallOutput
    | ResponseOutputReasoning
    | ResponseUnknownOutputItem
)


class CreateResponseRequest(TypedDict, closed=True):
    model: NotRequired[str]
    input: NotRequired[str | list[ResponseInputItem]]
    instructions: NotRequired[str | None]
    tools: NotRequired[list[ResponseTool] | None]
    tool_choice: NotRequired[ResponseToolChoice | None]
    text: NotRequired[ResponseTextConfig | None]
    reasoning: NotRequired[ResponseReasoningConfig | None]
    store: NotRequired[bool | None]
    background: NotRequired[Literal[False] | None]
    previous_response_id: NotRequired[str | None]
    conversation: NotRequired[str | ResponseConversationParam | None]
    include: NotRequired[list[ResponseIncludable] | None]
    max_output_tokens: NotRequired[int | None]
    max_tool_calls: NotRequired[int | None]
    metadata: NotRequired[ResponseRequestMetadata | None]
    parallel_tool_calls: NotRequired[bool | None]
    prompt: NotRequired[ResponsePrompt | None]
    prompt_cache_key: NotRequired[str | None]
    prompt_cache_retention: NotRequired[ResponsePromptCacheRetention | None]
    safety_identifier: NotRequired[str | None]
    service_tier: NotRequired[ResponseServiceTier | None]
    stream: NotRequired[bool | None]
    stream_options: NotRequired[ResponseStreamOptions | None]
    temperature: NotRequired[float | None]
    top_logprobs: NotRequired[int | None]
    presence_penalty: NotRequired[float | None]
    frequency_penalty: NotRequired[float | None]
    top_p: NotRequired[float | None]
    truncation: NotRequired[ResponseTruncation | None]
    user: NotRequired[str]


ResponseOutputItem: TypeAlias = (
    ResponseOutputMessage
    | ResponseOutputFunctionCall
    | ResponseOutputFunctionCallOutput
    | ResponseOutputReasoning
    | ResponseUnknownOutputItem
)


class ResponseOutputItemAddedEvent(TypedDict):
    type: Literal["response.output_item.added"]
    sequence_number: int
    output_index: int
    item: ResponseOutputItem | None


class ResponseOutputItemDoneEvent(TypedDict):
    type: Literal["response.output_item.done"]
    sequence_number: int
    output_index: int
    item: ResponseOutputItem | None


class ConversationItemList(TypedDict):
    object: Literal["list"]
    data: list[ConversationItem]
    has_more: bool
    first_id: str | None
    last_id: str | None


class Response(TypedDict):
    id: str
    object: Literal["response"]
    created_at: int
    completed_at: NotRequired[int | None]
    status: NotRequired[str]
    model: str
    output: list[ResponseOutputItem]
    usage: NotRequired[ResponseUsage | None]
    error: NotRequired[ResponseError | None]
    incomplete_details: NotRequired[ResponseIncompleteDetails | None]
    instructions: NotRequired[str | list[ResponseOutputItem] | None]
    metadata: NotRequired[dict[str, str] | None]
    parallel_tool_calls: NotRequired[bool]
    previous_response_id: NotRequired[str | None]
    conversation: NotRequired[ResponseConversationRef | None]
    store: NotRequired[bool]
    background: NotRequired[bool | None]
    text: NotRequired[ResponseTextSettings | None]
    reasoning: NotRequired[ResponseReasoningSettings | None]
    tools: NotRequired[list[ResponseReturnedTool] | None]
    tool_choice: NotRequired[str | ResponseToolChoiceSettings]
    temperature: NotRequired[float | None]
    top_p: NotRequired[float | None]
    top_logprobs: NotRequired[int | None]
    presence_penalty: NotRequired[float | None]
    frequency_penalty: NotRequired[float | None]
    max_output_tokens: NotRequired[int | None]
    max_tool_calls: NotRequired[int | None]
    truncation: NotRequired[str | None]
    service_tier: NotRequired[str | None]
    safety_identifier: NotRequired[str | None]
    prompt_cache_key: NotRequired[str | None]
    prompt_cache_retention: NotRequired[str | None]
    user: NotRequired[str | None]


class ResponseCreatedEvent(TypedDict):
    type: Literal["response.created"]
    sequence_number: int
    response: Response


class ResponseQueuedEvent(TypedDict):
    type: Literal["response.queued"]
    sequence_number: int
    response: Response


class ResponseInProgressEvent(TypedDict):
    type: Literal["response.in_progress"]
    sequence_number: int
    response: Response


class ResponseCompletedEvent(TypedDict):
    type: Literal["response.completed"]
    sequence_number: int
    response: Response


class ResponseFailedEvent(TypedDict):
    type: Literal["response.failed"]
    sequence_number: int
    response: Response


class ResponseIncompleteEvent(TypedDict):
    type: Literal["response.incomplete"]
    sequence_number: int
    response: Response


ResponseStreamEvent: TypeAlias = (
    ResponseCreatedEvent
    | ResponseQueuedEvent
    | ResponseInProgressEvent
    | ResponseCompletedEvent
    | ResponseFailedEvent
    | ResponseIncompleteEvent
    | ResponseOutputItemAddedEvent
    | ResponseOutputItemDoneEvent
    | ResponseContentPartAddedEvent
    | ResponseContentPartDoneEvent
    | ResponseOutputTextDeltaEvent
    | ResponseOutputTextDoneEvent
    | ResponseRefusalDeltaEvent
    | ResponseRefusalDoneEvent
    | ResponseReasoningDeltaEvent
    | ResponseReasoningDoneEvent
    | ResponseReasoningTextDeltaEvent
    | ResponseReasoningTextDoneEvent
    | ResponseReasoningSummaryPartAddedEvent
    | ResponseReasoningSummaryPartDoneEvent
    | ResponseReasoningSummaryTextDeltaEvent
    | ResponseReasoningSummaryTextDoneEvent
    | ResponseOutputTextAnnotationAddedEvent
    | ResponseFunctionCallArgumentsDeltaEvent
    | ResponseFunctionCallArgumentsDoneEvent
    | ResponseErrorEvent
    | ResponseUnknownStreamEvent
)


class SupportsToDict(Protocol):
    """A generated model given where a plain dict is accepted; it is sent as its `to_dict()`."""

    def to_dict(self) -> dict[str, Any]: ...


class CreateChatCompletionParams(TypedDict):
    """Keyword arguments of `createChatCompletion` (`POST /embed/chat/completions`): its request body without `stream`, which the method takes itself."""

    messages: Sequence[ChatCompletionMessageParam | SupportsToDict]
    model: str
    audio: NotRequired[ChatCompletionAudioParam | SupportsToDict | None]
    frequency_penalty: NotRequired[float | None]
    logit_bias: NotRequired[dict[str, int] | None]
    logprobs: NotRequired[bool | None]
    top_logprobs: NotRequired[int | None]
    max_completion_tokens: NotRequired[int | None]
    max_tokens: NotRequired[int | None]
    metadata: NotRequired[ChatCompletionRequestMetadata | SupportsToDict | None]
    modalities: NotRequired[Sequence[ChatCompletionModality] | None]
    moderation: NotRequired[ChatCompletionModerationParam | SupportsToDict | None]
    n: NotRequired[Literal[1] | None]
    parallel_tool_calls: NotRequired[bool]
    prediction: NotRequired[ChatCompletionPredictionContent | SupportsToDict | None]
    presence_penalty: NotRequired[float | None]
    prompt_cache_key: NotRequired[str | None]
    prompt_cache_options: NotRequired[ChatCompletionPromptCacheOptions | SupportsToDict]
    prompt_cache_retention: NotRequired[ChatCompletionPromptCacheRetention | None]
    reasoning_effort: NotRequired[ChatCompletionReasoningEffort | None]
    response_format: NotRequired[ChatCompletionResponseFormat | SupportsToDict]
    safety_identifier: NotRequired[str | None]
    seed: NotRequired[int | None]
    service_tier: NotRequired[ChatCompletionServiceTier | None]
    stop: NotRequired[str | Sequence[str] | None]
    store: NotRequired[bool | None]
    stream_options: NotRequired[ChatCompletionStreamOptions | SupportsToDict | None]
    temperature: NotRequired[float | None]
    tool_choice: NotRequired[ChatCompletionToolChoiceOption | SupportsToDict]
    tools: NotRequired[Sequence[ChatCompletionToolUnion | SupportsToDict]]
    top_p: NotRequired[float | None]
    user: NotRequired[str]
    verbosity: NotRequired[ChatCompletionVerbosity | None]
    web_search_options: NotRequired[ChatCompletionWebSearchOptions | SupportsToDict]


class CreateConversationParams(TypedDict):
    """Keyword arguments of `createConversation` (`POST /conversations`): its request body."""

    items: NotRequired[Sequence[ResponseInputItem | SupportsToDict] | None]
    metadata: NotRequired[dict[str, str] | None]


class UpdateConversationParams(TypedDict):
    """Keyword arguments of `updateConversation` (`POST /conversations/{conversation_id}`): its request body."""

    metadata: dict[str, str] | None


class CreateConversationItemsParams(TypedDict):
    """Keyword arguments of `createConversationItems` (`POST /conversations/{conversation_id}/items`): its request body."""

    items: Sequence[ResponseInputItem | SupportsToDict]


class CreateResponseParams(TypedDict):
    """Keyword arguments of `createResponse` (`POST /embed/responses`): its request body without `stream`, which the method takes itself."""

    model: NotRequired[str]
    input: NotRequired[str | Sequence[ResponseInputItem | SupportsToDict]]
    instructions: NotRequired[str | None]
    tools: NotRequired[Sequence[ResponseTool | SupportsToDict] | None]
    tool_choice: NotRequired[ResponseToolChoice | SupportsToDict | None]
    text: NotRequired[ResponseTextConfig | SupportsToDict | None]
    reasoning: NotRequired[ResponseReasoningConfig | SupportsToDict | None]
    store: NotRequired[bool | None]
    background: NotRequired[Literal[False] | None]
    previous_response_id: NotRequired[str | None]
    conversation: NotRequired[str | ResponseConversationParam | SupportsToDict | None]
    include: NotRequired[Sequence[ResponseIncludable] | None]
    max_output_tokens: NotRequired[int | None]
    max_tool_calls: NotRequired[int | None]
    metadata: NotRequired[ResponseRequestMetadata | SupportsToDict | None]
    parallel_tool_calls: NotRequired[bool | None]
    prompt: NotRequired[ResponsePrompt | SupportsToDict | None]
    prompt_cache_key: NotRequired[str | None]
    prompt_cache_retention: NotRequired[ResponsePromptCacheRetention | None]
    safety_identifier: NotRequired[str | None]
    service_tier: NotRequired[ResponseServiceTier | None]
    stream_options: NotRequired[ResponseStreamOptions | SupportsToDict | None]
    temperature: NotRequired[float | None]
    top_logprobs: NotRequired[int | None]
    presence_penalty: NotRequired[float | None]
    frequency_penalty: NotRequired[float | None]
    top_p: NotRequired[float | None]
    truncation: NotRequired[ResponseTruncation | None]
    user: NotRequired[str]
