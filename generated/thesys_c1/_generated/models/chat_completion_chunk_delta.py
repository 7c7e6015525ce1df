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
    item_error,
    keep_nulls,
    new_model,
    not_object,
)

if TYPE_CHECKING:
    from ..models.chat_completion_chunk_function_call import ChatCompletionChunkFunctionCall
    from ..models.chat_completion_chunk_tool_call import ChatCompletionChunkToolCall


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "role",
        "content",
        "refusal",
        "tool_calls",
        "function_call",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionChunkDelta(GeneratedModel):
    """What this chunk adds to the message. Any field may be missing or null: append the text fields and merge the tool
    calls by `index`.

    """

    role: None | str = None
    """ The author's role, usually only in the first chunk (`assistant`). """

    content: None | str = None
    """ More answer text. """

    refusal: None | str = None
    """ More refusal text. """

    tool_calls: list[ChatCompletionChunkToolCall] | None = None
    """ Pieces of tool calls. """

    function_call: ChatCompletionChunkFunctionCall | None = None
    """ A piece of a function call in the older format. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.role is not None:
            field_dict["role"] = self.role
        elif "role" in getattr(self, "_null_keys", ()):
            field_dict["role"] = None
        if self.content is not None:
            field_dict["content"] = self.content
        elif "content" in getattr(self, "_null_keys", ()):
            field_dict["content"] = None
        if self.refusal is not None:
            field_dict["refusal"] = self.refusal
        elif "refusal" in getattr(self, "_null_keys", ()):
            field_dict["refusal"] = None
        if self.tool_calls is not None:
            field_dict["tool_calls"] = [item.to_dict() for item in self.tool_calls]
        elif "tool_calls" in getattr(self, "_null_keys", ()):
            field_dict["tool_calls"] = None
        if self.function_call is not None:
            field_dict["function_call"] = self.function_call.to_dict()
        elif "function_call" in getattr(self, "_null_keys", ()):
            field_dict["function_call"] = None
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
        v_role = get("role", _ABSENT)
        if v_role is _ABSENT:
            v_role = None
            absent += 1
        elif v_role is None:
            nulls += ("role",)
        else:
            if not type(v_role) is str:
                raise at("role", bad(v_role, "string or null"))

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
            if type(v_tool_calls) is not list:
                raise at("tool_calls", bad(v_tool_calls, "array or null"))
            try:
                v_tool_calls = (
                    list(map(_models.ChatCompletionChunkToolCall.from_dict, v_tool_calls)) if v_tool_calls else []
                )
            except ShapeError as error:
                raise at(
                    "tool_calls", item_error(error, v_tool_calls, _models.ChatCompletionChunkToolCall.from_dict)
                ) from None

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
                v_function_call = _models.ChatCompletionChunkFunctionCall.from_dict(v_function_call)
            except ShapeError as error:
                raise at("function_call", error) from None

        obj = new_model(cls)
        obj.role = v_role
        obj.content = v_content
        obj.refusal = v_refusal
        obj.tool_calls = v_tool_calls
        obj.function_call = v_function_call
        if nulls:
            keep_nulls(obj, nulls)
        if len(d) + absent == 5:
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
