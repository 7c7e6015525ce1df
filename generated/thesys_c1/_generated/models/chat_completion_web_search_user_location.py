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
    from ..models.chat_completion_web_search_user_location_approximate import (
        ChatCompletionWebSearchUserLocationApproximate,
    )


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "approximate",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionWebSearchUserLocation(GeneratedModel):
    """An approximate user location."""

    type: Literal["approximate"]

    approximate: ChatCompletionWebSearchUserLocationApproximate
    """ Location fields, each optional. """

    _wire_type: ClassVar[str | None] = "approximate"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["approximate"] = self.approximate.to_dict()
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
            v_approximate = d["approximate"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "approximate" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "approximate"))

        if type(v_approximate) is not dict:
            raise at("approximate", bad(v_approximate, "object"))
        try:
            v_approximate = _models.ChatCompletionWebSearchUserLocationApproximate.from_dict(v_approximate)
        except ShapeError as error:
            raise at("approximate", error) from None

        obj = new_model(cls)
        obj.type = "approximate"
        obj.approximate = v_approximate
        return obj
