from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ResponseItemReferenceItem")


@_attrs_define
class ResponseItemReferenceItem:
    """A stored item, included in the input by its id."""

    type_: Literal["item_reference"]
    """ Always `item_reference`. """
    id: str
    """ The id of the stored item. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["item_reference"], d.pop("type"))
        if type_ != "item_reference":
            raise ValueError(f"type must match const 'item_reference', got '{type_}'")

        id = d.pop("id")

        response_item_reference_item = cls(
            type_=type_,
            id=id,
        )

        return response_item_reference_item

    @property
    def type(self) -> Literal["item_reference"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
