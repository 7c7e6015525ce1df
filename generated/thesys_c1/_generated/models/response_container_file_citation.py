from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseContainerFileCitation")


@_attrs_define
class ResponseContainerFileCitation:
    """A citation of a file in a code interpreter container."""

    type_: Literal["container_file_citation"]
    """ Always `container_file_citation`. """
    container_id: str
    """ The container's id. """
    file_id: str
    """ The file's id. """
    filename: str | Unset = UNSET
    """ The file's name. """
    start_index: int | Unset = UNSET
    """ Where the cited span starts in the text. """
    end_index: int | Unset = UNSET
    """ Where the cited span ends in the text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        container_id = self.container_id

        file_id = self.file_id

        filename = self.filename

        start_index = self.start_index

        end_index = self.end_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "container_id": container_id,
                "file_id": file_id,
            }
        )
        if filename is not UNSET:
            field_dict["filename"] = filename
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if end_index is not UNSET:
            field_dict["end_index"] = end_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["container_file_citation"], d.pop("type"))
        if type_ != "container_file_citation":
            raise ValueError(f"type must match const 'container_file_citation', got '{type_}'")

        container_id = d.pop("container_id")

        file_id = d.pop("file_id")

        filename = d.pop("filename", UNSET)

        start_index = d.pop("start_index", UNSET)

        end_index = d.pop("end_index", UNSET)

        response_container_file_citation = cls(
            type_=type_,
            container_id=container_id,
            file_id=file_id,
            filename=filename,
            start_index=start_index,
            end_index=end_index,
        )

        response_container_file_citation.additional_properties = d
        return response_container_file_citation

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
    def type(self) -> Literal["container_file_citation"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
