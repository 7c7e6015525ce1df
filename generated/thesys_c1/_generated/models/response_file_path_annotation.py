from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    GeneratedModel,
    at,
    bad,
    integral,
    missing,
    new_model,
    not_const,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "file_id",
        "index",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseFilePathAnnotation(GeneratedModel):
    """A reference to a file the model produced."""

    type: Literal["file_path"]
    """ Always `file_path`. """

    file_id: str
    """ The file's id. """

    index: int | None = None
    """ Where in the text the reference applies. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = "file_path"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type
        field_dict["file_id"] = self.file_id
        if self.index is not None:
            field_dict["index"] = self.index
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
        absent = 0
        try:
            v_type_ = d["type"]
            v_file_id = d["file_id"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "file_path" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "file_path"))

        if not type(v_file_id) is str:
            raise at("file_id", bad(v_file_id, "string"))

        v_index = get("index", _ABSENT)
        if v_index is _ABSENT:
            v_index = None
            absent += 1
        else:
            if not (type(v_index) is int or integral(v_index)):
                raise at("index", bad(v_index, "integer"))

        obj = new_model(cls)
        obj.type = "file_path"
        obj.file_id = v_file_id
        obj.index = v_index
        if len(d) + absent == 3:
            obj.additional_properties = {}
        else:
            obj.additional_properties = {name: value for name, value in d.items() if name not in _KNOWN_KEYS}
        return obj

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
