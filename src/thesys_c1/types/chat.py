"""openai-python's ``openai.types.chat`` names, for code moving over: ``from thesys_c1.types.chat import ...``.

``...Param`` names are the request TypedDicts generated from the spec (plain
dicts at run time; they need ``typing_extensions``), the others the answer
models. A name openai-python has and C1 cannot take (no such part of the API)
is not here.
"""

from typing import TYPE_CHECKING

from ._aliases import loader

if TYPE_CHECKING:
    from .._generated.models import (
        ChatCompletion,
        ChatCompletionChunk,
        ChatCompletionMessage,
        ChatCompletionMessageToolCall,
        ChatCompletionTokenLogprob,
    )
    from .._generated.params import (
        ChatCompletionAssistantMessageParam as ChatCompletionAssistantMessageParam,
        ChatCompletionAudioParam as ChatCompletionAudioParam,
        ChatCompletionContentPartImage as ChatCompletionContentPartImageParam,
        ChatCompletionContentPartInputAudio as ChatCompletionContentPartInputAudioParam,
        ChatCompletionContentPartRefusal as ChatCompletionContentPartRefusalParam,
        ChatCompletionContentPartText as ChatCompletionContentPartTextParam,
        ChatCompletionCustomTool as ChatCompletionCustomToolParam,
        ChatCompletionDeveloperMessageParam as ChatCompletionDeveloperMessageParam,
        ChatCompletionFunctionCallOption as ChatCompletionFunctionCallOptionParam,
        ChatCompletionFunctionMessageParam as ChatCompletionFunctionMessageParam,
        ChatCompletionMessageParam as ChatCompletionMessageParam,
        ChatCompletionMessageToolCall as ChatCompletionMessageFunctionToolCallParam,
        ChatCompletionMessageToolCall as ChatCompletionMessageToolCallParam,
        ChatCompletionNamedToolChoice as ChatCompletionNamedToolChoiceParam,
        ChatCompletionPredictionContent as ChatCompletionPredictionContentParam,
        ChatCompletionStreamOptions as ChatCompletionStreamOptionsParam,
        ChatCompletionSystemMessageParam as ChatCompletionSystemMessageParam,
        ChatCompletionTool as ChatCompletionFunctionToolParam,
        ChatCompletionTool as ChatCompletionToolParam,
        ChatCompletionToolChoiceOption as ChatCompletionToolChoiceOptionParam,
        ChatCompletionToolMessageParam as ChatCompletionToolMessageParam,
        ChatCompletionToolUnion as ChatCompletionToolUnionParam,
        ChatCompletionUserContentPart as ChatCompletionContentPartParam,
        ChatCompletionUserMessageParam as ChatCompletionUserMessageParam,
    )

NAMES = {
    "ChatCompletion": ("models", "ChatCompletion"),
    "ChatCompletionChunk": ("models", "ChatCompletionChunk"),
    "ChatCompletionMessage": ("models", "ChatCompletionMessage"),
    "ChatCompletionMessageToolCall": ("models", "ChatCompletionMessageToolCall"),
    "ChatCompletionTokenLogprob": ("models", "ChatCompletionTokenLogprob"),
    "ChatCompletionAssistantMessageParam": ("params", "ChatCompletionAssistantMessageParam"),
    "ChatCompletionAudioParam": ("params", "ChatCompletionAudioParam"),
    "ChatCompletionContentPartImageParam": ("params", "ChatCompletionContentPartImage"),
    "ChatCompletionContentPartInputAudioParam": ("params", "ChatCompletionContentPartInputAudio"),
    "ChatCompletionContentPartParam": ("params", "ChatCompletionUserContentPart"),
    "ChatCompletionContentPartRefusalParam": ("params", "ChatCompletionContentPartRefusal"),
    "ChatCompletionContentPartTextParam": ("params", "ChatCompletionContentPartText"),
    "ChatCompletionCustomToolParam": ("params", "ChatCompletionCustomTool"),
    "ChatCompletionDeveloperMessageParam": ("params", "ChatCompletionDeveloperMessageParam"),
    "ChatCompletionFunctionCallOptionParam": ("params", "ChatCompletionFunctionCallOption"),
    "ChatCompletionFunctionMessageParam": ("params", "ChatCompletionFunctionMessageParam"),
    "ChatCompletionFunctionToolParam": ("params", "ChatCompletionTool"),
    "ChatCompletionMessageFunctionToolCallParam": ("params", "ChatCompletionMessageToolCall"),
    "ChatCompletionMessageParam": ("params", "ChatCompletionMessageParam"),
    "ChatCompletionMessageToolCallParam": ("params", "ChatCompletionMessageToolCall"),
    "ChatCompletionNamedToolChoiceParam": ("params", "ChatCompletionNamedToolChoice"),
    "ChatCompletionPredictionContentParam": ("params", "ChatCompletionPredictionContent"),
    "ChatCompletionStreamOptionsParam": ("params", "ChatCompletionStreamOptions"),
    "ChatCompletionSystemMessageParam": ("params", "ChatCompletionSystemMessageParam"),
    "ChatCompletionToolChoiceOptionParam": ("params", "ChatCompletionToolChoiceOption"),
    "ChatCompletionToolMessageParam": ("params", "ChatCompletionToolMessageParam"),
    "ChatCompletionToolParam": ("params", "ChatCompletionTool"),
    "ChatCompletionToolUnionParam": ("params", "ChatCompletionToolUnion"),
    "ChatCompletionUserMessageParam": ("params", "ChatCompletionUserMessageParam"),
}
__all__ = [
    "ChatCompletion",
    "ChatCompletionAssistantMessageParam",
    "ChatCompletionAudioParam",
    "ChatCompletionChunk",
    "ChatCompletionContentPartImageParam",
    "ChatCompletionContentPartInputAudioParam",
    "ChatCompletionContentPartParam",
    "ChatCompletionContentPartRefusalParam",
    "ChatCompletionContentPartTextParam",
    "ChatCompletionCustomToolParam",
    "ChatCompletionDeveloperMessageParam",
    "ChatCompletionFunctionCallOptionParam",
    "ChatCompletionFunctionMessageParam",
    "ChatCompletionFunctionToolParam",
    "ChatCompletionMessage",
    "ChatCompletionMessageFunctionToolCallParam",
    "ChatCompletionMessageParam",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallParam",
    "ChatCompletionNamedToolChoiceParam",
    "ChatCompletionPredictionContentParam",
    "ChatCompletionStreamOptionsParam",
    "ChatCompletionSystemMessageParam",
    "ChatCompletionTokenLogprob",
    "ChatCompletionToolChoiceOptionParam",
    "ChatCompletionToolMessageParam",
    "ChatCompletionToolParam",
    "ChatCompletionToolUnionParam",
    "ChatCompletionUserMessageParam",
]
__getattr__ = loader(__name__, NAMES)
