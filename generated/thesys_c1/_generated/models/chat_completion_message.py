from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    decode,
    encode,
    keep_nulls,
    missing,
    new_model,
    not_object,
)

if TYPE_CHECKING:
    from ..models.chat_completion_audio import ChatCompletionAudio
    from ..models.chat_completion_function_call import ChatCompletionFunctionCall
    from ..models.chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.chat_completion_unknown_annotation import ChatCompletionUnknownAnnotation
    from ..models.chat_completion_url_citation_annotation import ChatCompletionUrlCitationAnnotation


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "role",
        "content",
        "refusal",
        "tool_calls",
        "function_call",
        "annotations",
        "audio",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionMessage(GeneratedModel):
    """The message the model produced."""

    role: str
    """ Always `assistant`. """

    content: None | str = None
    """ The answer's text; null when the model only calls tools. """

    refusal: None | str = None
    """ The model's refusal, if it refused. """

    tool_calls: list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall] | None = None
    """ The tool calls the model asks for. """

    function_call: ChatCompletionFunctionCall | None = None
    """ The function call the model asks for, in the older format. """

    annotations: list[ChatCompletionUnknownAnnotation | ChatCompletionUrlCitationAnnotation] | None = None
    """ Notes attached to the text, such as web citations. """

    audio: ChatCompletionAudio | None = None
    """ The spoken answer, when audio output was asked for. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["role"] = self.role
        if self.content is not None:
            field_dict["content"] = self.content
        elif "content" in getattr(self, "_null_keys", ()):
            field_dict["content"] = None
        if self.refusal is not None:
            field_dict["refusal"] = self.refusal
        elif "refusal" in getattr(self, "_null_keys", ()):
            field_dict["refusal"] = None
        if self.tool_calls is not None:
            field_dict["tool_calls"] = encode(self.tool_calls)
        elif "tool_calls" in getattr(self, "_null_keys", ()):
            field_dict["tool_calls"] = None
        if self.function_call is not None:
            field_dict["function_call"] = self.function_call.to_dict()
        elif "function_call" in getattr(self, "_null_keys", ()):
            field_dict["function_call"] = None
        if self.annotations is not None:
            field_dict["annotations"] = encode(self.annotations)
        elif "annotations" in getattr(self, "_null_keys", ()):
            field_dict["annotations"] = None
        if self.audio is not None:
            field_dict["audio"] = self.audio.to_dict()
        elif "audio" in getattr(self, "_null_keys", ()):
            field_dict["audio"] = None
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
            v_role = d["role"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not type(v_role) is str:
            raise at("role", bad(v_role, "string"))

        v_content = get("content", _ABSENT)
        if v_content is _ABSENT:
            v_content = None
            absent += 1
        elif v_content is None:
            nulls += ("content",)
        else:
            if not type(v_content) is str:
                raise at("content", bad(v_content, "string or null"))

        v_refusal = get("refusal", _ABSENT)
        if v_refusal is _ABSENT:
            v_refusal = None
            absent += 1
        elif v_refusal is None:
            nulls += ("refusal",)
        else:
            if not type(v_refusal) is str:
                raise at("refusal", bad(v_refusal, "string or null"))

        v_tool_calls = get("tool_calls", _ABSENT)
        if v_tool_calls is _ABSENT:
            v_tool_calls = None
            absent += 1
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
            absent += 1
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
            absent += 1
        elif v_annotations is None:
            nulls += ("annotations",)
        else:
            try:
                v_annotations = decode(
                    v_annotations,
                    (
                        "list",
                        (
                            "union",
                            (
                                ("model", "ChatCompletionUrlCitationAnnotation"),
                                ("model", "ChatCompletionUnknownAnnotation"),
                            ),
                        ),
                    ),
                )
            except ShapeError as error:
                raise at("annotations", error) from None

        v_audio = get("audio", _ABSENT)
        if v_audio is _ABSENT:
            v_audio = None
            absent += 1
        elif v_audio is None:
            nulls += ("audio",)
        else:
            if type(v_audio) is not dict:
                raise at("audio", bad(v_audio, "object or null"))
            try:
                v_audio = _models.ChatCompletionAudio.from_dict(v_audio)
            except ShapeError as error:
                raise at("audio", error) from None

        obj = new_model(cls)
        obj.role = v_role
        obj.content = v_content
        obj.refusal = v_refusal
        obj.tool_calls = v_tool_calls
        obj.function_call = v_function_call
        obj.annotations = v_annotations
        obj.audio = v_audio
        if nulls:
            keep_nulls(obj, nulls)
        if len(d) + absent == 7:
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
