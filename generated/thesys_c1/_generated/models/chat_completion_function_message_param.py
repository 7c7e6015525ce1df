from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from ..types import (
    GeneratedModel,
    at,
    bad,
    missing,
    new_model,
    not_const,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "role",
        "content",
        "name",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionFunctionMessageParam(GeneratedModel):
    """The result of a function call, in the older format. Superseded by `tool` messages."""

    role: Literal["function"]

    content: None | str

    name: str
    """ The name of the function that was called. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["role"] = self.role
        field_dict["content"] = self.content
        field_dict["name"] = self.name
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
            v_role = d["role"]
            v_content = d["content"]
            v_name = d["name"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_role != "function" or type(v_role) is not str:
            raise at("role", not_const(v_role, "function"))

        if v_content is not None:
            if not type(v_content) is str:
                raise at("content", bad(v_content, "string or null"))

        if not type(v_name) is str:
            raise at("name", bad(v_name, "string"))

        obj = new_model(cls)
        obj.role = "function"
        obj.content = v_content
        obj.name = v_name
        return obj
