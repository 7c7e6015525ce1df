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
        "id",
        "type",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseItemReferenceItem(GeneratedModel):
    """A stored item, included in the input by its id."""

    id: str
    """ The id of the stored item. """

    type: Literal["item_reference"] = "item_reference"
    """ Always `item_reference`; Open Responses lets it be left out, the `id` alone then names the item. """

    _wire_type: ClassVar[str | None] = "item_reference"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["id"] = self.id
        if self.type is not None:
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
        get = d.get
        try:
            v_id = d["id"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not type(v_id) is str:
            raise at("id", bad(v_id, "string"))

        v_type_ = get("type", _ABSENT)
        if v_type_ is _ABSENT:
            v_type_ = "item_reference"
        else:
            if v_type_ != "item_reference" or type(v_type_) is not str:
                raise at("type", not_const(v_type_, "item_reference"))

        obj = new_model(cls)
        obj.id = v_id
        obj.type = "item_reference"
        return obj
