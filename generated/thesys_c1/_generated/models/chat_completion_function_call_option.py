from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from ..types import (
    GeneratedModel,
    at,
    bad,
    missing,
    new_model,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "name",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionFunctionCallOption(GeneratedModel):
    """A function or tool, by name."""

    name: str
    """ The name to call. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
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
            v_name = d["name"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not type(v_name) is str:
            raise at("name", bad(v_name, "string"))

        obj = new_model(cls)
        obj.name = v_name
        return obj
