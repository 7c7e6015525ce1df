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
    integral,
    keep_nulls,
    missing,
    new_model,
    not_object,
)

if TYPE_CHECKING:
    from ..models.chat_completion_chunk_function_call import ChatCompletionChunkFunctionCall


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "index",
        "id",
        "type",
        "function",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionChunkToolCall(GeneratedModel):
    """A piece of one tool call. The first piece carries `id`, `type` and the function name; later ones add to
    `function.arguments`.

    """

    index: int
    """ Which tool call of the message this piece belongs to. """

    id: None | str = None

    type: None | str = None
    """ Usually `function`. """

    function: ChatCompletionChunkFunctionCall | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["index"] = self.index
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in getattr(self, "_null_keys", ()):
            field_dict["id"] = None
        if self.type is not None:
            field_dict["type"] = self.type
        elif "type" in getattr(self, "_null_keys", ()):
            field_dict["type"] = None
        if self.function is not None:
            field_dict["function"] = self.function.to_dict()
        elif "function" in getattr(self, "_null_keys", ()):
            field_dict["function"] = None
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
            v_index = d["index"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not (type(v_index) is int or integral(v_index)):
            raise at("index", bad(v_index, "integer"))

        v_id = get("id", _ABSENT)
        if v_id is _ABSENT:
            v_id = None
            absent += 1
        elif v_id is None:
            nulls += ("id",)
        else:
            if not type(v_id) is str:
                raise at("id", bad(v_id, "string or null"))

        v_type_ = get("type", _ABSENT)
        if v_type_ is _ABSENT:
            v_type_ = None
            absent += 1
        elif v_type_ is None:
            nulls += ("type",)
        else:
            if not type(v_type_) is str:
                raise at("type", bad(v_type_, "string or null"))

        v_function = get("function", _ABSENT)
        if v_function is _ABSENT:
            v_function = None
            absent += 1
        elif v_function is None:
            nulls += ("function",)
        else:
            if type(v_function) is not dict:
                raise at("function", bad(v_function, "object or null"))
            try:
                v_function = _models.ChatCompletionChunkFunctionCall.from_dict(v_function)
            except ShapeError as error:
                raise at("function", error) from None

        obj = new_model(cls)
        obj.index = v_index
        obj.id = v_id
        obj.type = v_type_
        obj.function = v_function
        if nulls:
            keep_nulls(obj, nulls)
        if len(d) + absent == 4:
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
