from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseFileCitation")


@_attrs_define
class ResponseFileCitation:
    """A citation of an uploaded file."""

    type_: Literal["file_citation"]
    """ Always `file_citation`. """
    file_id: str
    """ The file's id. """
    filename: str | Unset = UNSET
    """ The file's name. """
    index: int | Unset = UNSET
    """ Where in the text the citation applies. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        file_id = self.file_id

        filename = self.filename

        index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "file_id": file_id,
            }
        )
        if filename is not UNSET:
            field_dict["filename"] = filename
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["file_citation"], d.pop("type"))
        if type_ != "file_citation":
            raise ValueError(f"type must match const 'file_citation', got '{type_}'")

        file_id = d.pop("file_id")

        filename = d.pop("filename", UNSET)

        index = d.pop("index", UNSET)

        response_file_citation = cls(
            type_=type_,
            file_id=file_id,
            filename=filename,
            index=index,
        )

        response_file_citation.additional_properties = d
        return response_file_citation

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

    @property
    def type(self) -> Literal["file_citation"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
