"""openai-python's ``openai.types.responses`` names: ``from thesys_c1.types.responses import ...``.

``...Param`` names are the request TypedDicts generated from the spec (they
need ``typing_extensions`` at run time), the others the answer models;
``Response`` is our ``ResponseObject`` and ``ResponseTextDeltaEvent`` our
``ResponseOutputTextDeltaEvent``.
"""

from typing import TYPE_CHECKING, Any

from ._aliases import loader

if TYPE_CHECKING:
    from typing import TypeAlias

    from .._generated.models import (
        ResponseCompletedEvent,
        ResponseContentPartAddedEvent,
        ResponseContentPartDoneEvent,
        ResponseCreatedEvent,
        ResponseErrorEvent,
        ResponseFailedEvent,
        ResponseFunctionCallArgumentsDeltaEvent,
        ResponseFunctionCallArgumentsDoneEvent,
        ResponseIncompleteEvent,
        ResponseInProgressEvent,
        ResponseObject as Response,
        ResponseOutputFunctionCall as ResponseFunctionToolCall,
        ResponseOutputItemAddedEvent,
        ResponseOutputItemDoneEvent,
        ResponseOutputMessage,
        ResponseOutputText,
        ResponseOutputTextDeltaEvent as ResponseTextDeltaEvent,
        ResponseOutputTextDoneEvent as ResponseTextDoneEvent,
        ResponseUsage,
    )
    from .._generated.params import (
        ResponseFunctionCallItem as ResponseFunctionToolCallParam,
        ResponseFunctionTool as FunctionToolParam,
        ResponseInputContent as ResponseInputContentParam,
        ResponseInputFile as ResponseInputFileParam,
        ResponseInputImage as ResponseInputImageParam,
        ResponseInputItem,
        ResponseInputItem as ResponseInputItemParam,
        ResponseInputText as ResponseInputTextParam,
        ResponseMessageItem as EasyInputMessageParam,
        ResponseTextConfig as ResponseTextConfigParam,
        ResponseTool as ToolParam,
        ResponseToolChoiceFunction as ToolChoiceFunctionParam,
    )
    from .._generated.unions import ResponseOutputItem, ResponseStreamEvent

    ResponseInputParam: TypeAlias = list[ResponseInputItem]

NAMES = {
    "EasyInputMessageParam": ("params", "ResponseMessageItem"),
    "FunctionToolParam": ("params", "ResponseFunctionTool"),
    "Response": ("models", "ResponseObject"),
    "ResponseCompletedEvent": ("models", "ResponseCompletedEvent"),
    "ResponseContentPartAddedEvent": ("models", "ResponseContentPartAddedEvent"),
    "ResponseContentPartDoneEvent": ("models", "ResponseContentPartDoneEvent"),
    "ResponseCreatedEvent": ("models", "ResponseCreatedEvent"),
    "ResponseErrorEvent": ("models", "ResponseErrorEvent"),
    "ResponseFailedEvent": ("models", "ResponseFailedEvent"),
    "ResponseFunctionCallArgumentsDeltaEvent": ("models", "ResponseFunctionCallArgumentsDeltaEvent"),
    "ResponseFunctionCallArgumentsDoneEvent": ("models", "ResponseFunctionCallArgumentsDoneEvent"),
    "ResponseFunctionToolCall": ("models", "ResponseOutputFunctionCall"),
    "ResponseFunctionToolCallParam": ("params", "ResponseFunctionCallItem"),
    "ResponseInProgressEvent": ("models", "ResponseInProgressEvent"),
    "ResponseIncompleteEvent": ("models", "ResponseIncompleteEvent"),
    "ResponseInputContentParam": ("params", "ResponseInputContent"),
    "ResponseInputFileParam": ("params", "ResponseInputFile"),
    "ResponseInputImageParam": ("params", "ResponseInputImage"),
    "ResponseInputItemParam": ("params", "ResponseInputItem"),
    "ResponseInputTextParam": ("params", "ResponseInputText"),
    "ResponseOutputItem": ("unions", "ResponseOutputItem"),
    "ResponseOutputItemAddedEvent": ("models", "ResponseOutputItemAddedEvent"),
    "ResponseOutputItemDoneEvent": ("models", "ResponseOutputItemDoneEvent"),
    "ResponseOutputMessage": ("models", "ResponseOutputMessage"),
    "ResponseOutputText": ("models", "ResponseOutputText"),
    "ResponseStreamEvent": ("unions", "ResponseStreamEvent"),
    "ResponseTextConfigParam": ("params", "ResponseTextConfig"),
    "ResponseTextDeltaEvent": ("models", "ResponseOutputTextDeltaEvent"),
    "ResponseTextDoneEvent": ("models", "ResponseOutputTextDoneEvent"),
    "ResponseUsage": ("models", "ResponseUsage"),
    "ToolChoiceFunctionParam": ("params", "ResponseToolChoiceFunction"),
    "ToolParam": ("params", "ResponseTool"),
}
__all__ = [
    "EasyInputMessageParam",
    "FunctionToolParam",
    "Response",
    "ResponseCompletedEvent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseCreatedEvent",
    "ResponseErrorEvent",
    "ResponseFailedEvent",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseFunctionToolCall",
    "ResponseFunctionToolCallParam",
    "ResponseInProgressEvent",
    "ResponseIncompleteEvent",
    "ResponseInputContentParam",
    "ResponseInputFileParam",
    "ResponseInputImageParam",
    "ResponseInputItemParam",
    "ResponseInputParam",
    "ResponseInputTextParam",
    "ResponseOutputItem",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseOutputMessage",
    "ResponseOutputText",
    "ResponseStreamEvent",
    "ResponseTextConfigParam",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "ResponseUsage",
    "ToolChoiceFunctionParam",
    "ToolParam",
]
_load = loader(__name__, NAMES)


def __getattr__(name: str) -> Any:
    if name == "ResponseInputParam":
        # openai-python's name for the list form of `input`.
        item: Any = _load("ResponseInputItemParam")
        value = list[item]
        globals()[name] = value
        return value
    return _load(name)
