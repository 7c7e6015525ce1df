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
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.chat_completion_function_call_option import ChatCompletionFunctionCallOption


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "function",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionNamedToolChoice(GeneratedModel):
    """Forces a call to one function tool."""

    type: Literal["function"]

    function: ChatCompletionFunctionCallOption
    """ A function or tool, by name. """

    _wire_type: ClassVar[str | None] = "function"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["function"] = self.function.to_dict()
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
            v_type_ = d["type"]
            v_function = d["function"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "function" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "function"))

        if type(v_function) is not dict:
            raise at("function", bad(v_function, "object"))
        try:
            v_function = _models.ChatCompletionFunctionCallOption.from_dict(v_function)
        except ShapeError as error:
            raise at("function", error) from None

        obj = new_model(cls)
        obj.type = "function"
        obj.function = v_function
        return obj
