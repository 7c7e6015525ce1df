from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseItemReferenceItem")


@_attrs_define
class ResponseItemReferenceItem:
    """A stored item, included in the input by its id."""

    id: str
    """ The id of the stored item. """
    type_: Literal["item_reference"] | Unset = UNSET
    """ Always `item_reference`; Open Responses lets it be left out, the `id` alone then names the item. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["item_reference"] | Unset, d.pop("type", UNSET))
        if type_ != "item_reference" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'item_reference', got '{type_}'")

        response_item_reference_item = cls(
            id=id,
            type_=type_,
        )

        return response_item_reference_item

    @property
    def type(self) -> Literal["item_reference"] | Unset:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
