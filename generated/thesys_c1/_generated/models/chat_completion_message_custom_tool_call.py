from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models as _models
from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.chat_completion_custom_tool_call_input import ChatCompletionCustomToolCallInput


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "custom",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionMessageCustomToolCall(GeneratedModel):
    """A call to a custom tool."""

    id: str
    """ The call's id, echoed by the `tool` message that answers it. """

    type: Literal["custom"]

    custom: ChatCompletionCustomToolCallInput
    """ A custom tool name and the text it is called with. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = "custom"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["type"] = self.type
        field_dict["custom"] = self.custom.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        try:
            v_id = d["id"]
            v_type_ = d["type"]
            v_custom = d["custom"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not type(v_id) is str:
            raise at("id", bad(v_id, "string"))

        if v_type_ != "custom" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "custom"))

        if type(v_custom) is not dict:
            raise at("custom", bad(v_custom, "object"))
        try:
            v_custom = _models.ChatCompletionCustomToolCallInput.from_dict(v_custom)
        except ShapeError as error:
            raise at("custom", error) from None

        obj = new_model(cls)
        obj.id = v_id
        obj.type = "custom"
        obj.custom = v_custom
        if len(d) == 3:
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
