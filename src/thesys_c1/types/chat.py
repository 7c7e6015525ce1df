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
    from .._generated.params import ChatCompletionAssistantMessageParam as ChatCompletionAssistantMessageParam
    from .._generated.params import ChatCompletionAudioParam as ChatCompletionAudioParam
    from .._generated.params import ChatCompletionContentPartImage as ChatCompletionContentPartImageParam
    from .._generated.params import ChatCompletionContentPartInputAudio as ChatCompletionContentPartInputAudioParam
    from .._generated.params import ChatCompletionContentPartRefusal as ChatCompletionContentPartRefusalParam
    from .._generated.params import ChatCompletionContentPartText as ChatCompletionContentPartTextParam
    from .._generated.params import ChatCompletionCustomTool as ChatCompletionCustomToolParam
    from .._generated.params import ChatCompletionDeveloperMessageParam as ChatCompletionDeveloperMessageParam
    from .._generated.params import ChatCompletionFunctionCallOption as ChatCompletionFunctionCallOptionParam
    from .._generated.params import ChatCompletionFunctionMessageParam as ChatCompletionFunctionMessageParam
    from .._generated.params import ChatCompletionMessageParam as ChatCompletionMessageParam
    from .._generated.params import ChatCompletionMessageToolCall as ChatCompletionMessageFunctionToolCallParam
    from .._generated.params import ChatCompletionMessageToolCall as ChatCompletionMessageToolCallParam
    from .._generated.params import ChatCompletionNamedToolChoice as ChatCompletionNamedToolChoiceParam
    from .._generated.params import ChatCompletionPredictionContent as ChatCompletionPredictionContentParam
    from .._generated.params import ChatCompletionStreamOptions as ChatCompletionStreamOptionsParam
    from .._generated.params import ChatCompletionSystemMessageParam as ChatCompletionSystemMessageParam
    from .._generated.params import ChatCompletionTool as ChatCompletionFunctionToolParam
    from .._generated.params import ChatCompletionTool as ChatCompletionToolParam
    from .._generated.params import ChatCompletionToolChoiceOption as ChatCompletionToolChoiceOptionParam
    from .._generated.params import ChatCompletionToolMessageParam as ChatCompletionToolMessageParam
    from .._generated.params import ChatCompletionToolUnion as ChatCompletionToolUnionParam
    from .._generated.params import ChatCompletionUserContentPart as ChatCompletionContentPartParam
    from .._generated.params import ChatCompletionUserMessageParam as ChatCompletionUserMessageParam

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
