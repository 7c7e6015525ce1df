from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from ..models.response_tool_choice_built_in_type import (
    ResponseToolChoiceBuiltInType,
)
from ..types import (
    STR_TYPE,
    GeneratedModel,
    at,
    bad,
    missing,
    new_model,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseToolChoiceBuiltIn(GeneratedModel):
    """Makes the model call a built-in tool of the given type."""

    type: ResponseToolChoiceBuiltInType
    """ The built-in tool's type. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
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
        except KeyError as error:
            raise missing(error.args[0]) from None
        if type(v_type_) not in STR_TYPE:
            raise at("type", bad(v_type_, "string"))

        obj = new_model(cls)
        obj.type = v_type_
        return obj
