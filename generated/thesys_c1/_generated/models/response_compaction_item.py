from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseCompactionItem")


@_attrs_define
class ResponseCompactionItem:
    """A compacted summary of earlier context, in encrypted form."""

    type_: Literal["compaction"]
    """ Always `compaction`. """
    encrypted_content: str
    """ The compacted context. """
    id: None | str | Unset = UNSET
    """ The item's id. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        encrypted_content = self.encrypted_content

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "encrypted_content": encrypted_content,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["compaction"], d.pop("type"))
        if type_ != "compaction":
            raise ValueError(f"type must match const 'compaction', got '{type_}'")

        encrypted_content = d.pop("encrypted_content")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        response_compaction_item = cls(
            type_=type_,
            encrypted_content=encrypted_content,
            id=id,
        )

        return response_compaction_item

    @property
    def type(self) -> Literal["compaction"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
