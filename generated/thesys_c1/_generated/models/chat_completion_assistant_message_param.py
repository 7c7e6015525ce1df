from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    decode,
    encode,
    item_error,
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.chat_completion_assistant_message_param_annotations_type_0_item import (
        ChatCompletionAssistantMessageParamAnnotationsType0Item,
    )
    from ..models.chat_completion_content_part_refusal import ChatCompletionContentPartRefusal
    from ..models.chat_completion_content_part_text import ChatCompletionContentPartText
    from ..models.chat_completion_function_call import ChatCompletionFunctionCall
    from ..models.chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "role",
        "content",
        "refusal",
        "name",
        "audio",
        "tool_calls",
        "function_call",
        "annotations",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionAssistantMessageParam(GeneratedModel):
    """An earlier answer of the model, sent back as history."""

    role: Literal["assistant"]

    content: list[ChatCompletionContentPartRefusal | ChatCompletionContentPartText] | None | str = None
    """ The answer's text; may be null when it only calls tools. """

    refusal: None | str = None
    """ The model's refusal, if it refused. """

    name: str | None = None
    """ A name telling apart participants with the same role. """

    audio: None = None
    """ Always null; C1 does not take audio. Accepted so that an answer's message can be sent back as history. """

    tool_calls: list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall] | None = None
    """ The tool calls the model made in that answer; null (as a message read from an answer may hold) is the same
    as none. """

    function_call: ChatCompletionFunctionCall | None = None
    """ The function call the model made, in the older format. Superseded by `tool_calls`. """

    annotations: list[ChatCompletionAssistantMessageParamAnnotationsType0Item] | None = None
    """ Notes the answer carried (such as web citations), echoed back when the answer's message is sent as history.
    The server ignores them. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["role"] = self.role
        if self.content is not None:
            field_dict["content"] = encode(self.content)
        elif "content" in getattr(self, "_null_keys", ()):
            field_dict["content"] = None
        if self.refusal is not None:
            field_dict["refusal"] = self.refusal
        elif "refusal" in getattr(self, "_null_keys", ()):
            field_dict["refusal"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        if self.audio is not None:
            field_dict["audio"] = self.audio
        if self.tool_calls is not None:
            field_dict["tool_calls"] = encode(self.tool_calls)
        elif "tool_calls" in getattr(self, "_null_keys", ()):
            field_dict["tool_calls"] = None
        if self.function_call is not None:
            field_dict["function_call"] = self.function_call.to_dict()
        elif "function_call" in getattr(self, "_null_keys", ()):
            field_dict["function_call"] = None
        if self.annotations is not None:
            field_dict["annotations"] = [item.to_dict() for item in self.annotations]
        elif "annotations" in getattr(self, "_null_keys", ()):
            field_dict["annotations"] = None
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
            v_role = d["role"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_role != "assistant" or type(v_role) is not str:
            raise at("role", not_const(v_role, "assistant"))

        v_content = get("content", _ABSENT)
        if v_content is _ABSENT:
            v_content = None
        elif v_content is None:
            nulls += ("content",)
        else:
            try:
                v_content = decode(
                    v_content,
                    (
                        "union",
                        (
                            "string",
                            (
                                "list",
                                (
                                    "union",
                                    (
                                        ("model", "ChatCompletionContentPartText"),
                                        ("model", "ChatCompletionContentPartRefusal"),
                                    ),
                                ),
                            ),
                            "null",
                        ),
                    ),
                )
            except ShapeError as error:
                raise at("content", error) from None

        v_refusal = get("refusal", _ABSENT)
        if v_refusal is _ABSENT:
            v_refusal = None
        elif v_refusal is None:
            nulls += ("refusal",)
        else:
            if not type(v_refusal) is str:
                raise at("refusal", bad(v_refusal, "string or null"))

        v_name = get("name", _ABSENT)
        if v_name is _ABSENT:
            v_name = None
        else:
            if not type(v_name) is str:
                raise at("name", bad(v_name, "string"))

        v_audio = get("audio", _ABSENT)
        if v_audio is _ABSENT:
            v_audio = None
        else:
            if v_audio is not None:
                raise at("audio", bad(v_audio, "null"))

        v_tool_calls = get("tool_calls", _ABSENT)
        if v_tool_calls is _ABSENT:
            v_tool_calls = None
        elif v_tool_calls is None:
            nulls += ("tool_calls",)
        else:
            try:
                v_tool_calls = decode(
                    v_tool_calls,
                    (
                        "list",
                        (
                            "union",
                            (
                                ("model", "ChatCompletionMessageToolCall"),
                                ("model", "ChatCompletionMessageCustomToolCall"),
                            ),
                        ),
                    ),
                )
            except ShapeError as error:
                raise at("tool_calls", error) from None

        v_function_call = get("function_call", _ABSENT)
        if v_function_call is _ABSENT:
            v_function_call = None
        elif v_function_call is None:
            nulls += ("function_call",)
        else:
            if type(v_function_call) is not dict:
                raise at("function_call", bad(v_function_call, "object or null"))
            try:
                v_function_call = _models.ChatCompletionFunctionCall.from_dict(v_function_call)
            except ShapeError as error:
                raise at("function_call", error) from None

        v_annotations = get("annotations", _ABSENT)
        if v_annotations is _ABSENT:
            v_annotations = None
        elif v_annotations is None:
            nulls += ("annotations",)
        else:
            if type(v_annotations) is not list:
                raise at("annotations", bad(v_annotations, "array or null"))
            try:
                v_annotations = (
                    list(map(_models.ChatCompletionAssistantMessageParamAnnotationsType0Item.from_dict, v_annotations))
                    if v_annotations
                    else []
                )
            except ShapeError as error:
                raise at(
                    "annotations",
                    item_error(
                        error, v_annotations, _models.ChatCompletionAssistantMessageParamAnnotationsType0Item.from_dict
                    ),
                ) from None

        obj = new_model(cls)
        obj.role = "assistant"
        obj.content = v_content
        obj.refusal = v_refusal
        obj.name = v_name
        obj.audio = v_audio
        obj.tool_calls = v_tool_calls
        obj.function_call = v_function_call
        obj.annotations = v_annotations
        if nulls:
            keep_nulls(obj, nulls)
        return obj
