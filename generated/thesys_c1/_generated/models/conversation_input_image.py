from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    GeneratedModel,
    at,
    bad,
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "image_url",
        "file_id",
        "detail",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ConversationInputImage(GeneratedModel):
    """An image part of a stored message, given by URL or file id."""

    type: Literal["input_image"]
    """ Always `input_image`. """

    image_url: None | str = None
    """ The image's URL or `data:` URL; returned only when `message.input_image.image_url` is asked for with
    `include`. """

    file_id: None | str = None
    """ The id of the uploaded image file, when it was given that way. """

    detail: str | None = None
    """ The resolution the image is looked at in, one of `low`, `high` or `auto`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """ Fields of the object that the schema does not name, as they were on the wire. """
    _wire_type: ClassVar[str | None] = "input_image"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type
        if self.image_url is not None:
            field_dict["image_url"] = self.image_url
        elif "image_url" in getattr(self, "_null_keys", ()):
            field_dict["image_url"] = None
        if self.file_id is not None:
            field_dict["file_id"] = self.file_id
        elif "file_id" in getattr(self, "_null_keys", ()):
            field_dict["file_id"] = None
        if self.detail is not None:
            field_dict["detail"] = self.detail
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        nulls: tuple[str, ...] = ()
        get = d.get
        absent = 0
        try:
            v_type_ = d["type"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "input_image" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "input_image"))

        v_image_url = get("image_url", _ABSENT)
        if v_image_url is _ABSENT:
            v_image_url = None
            absent += 1
        elif v_image_url is None:
            nulls += ("image_url",)
        else:
            if not type(v_image_url) is str:
                raise at("image_url", bad(v_image_url, "string or null"))

        v_file_id = get("file_id", _ABSENT)
        if v_file_id is _ABSENT:
            v_file_id = None
            absent += 1
        elif v_file_id is None:
            nulls += ("file_id",)
        else:
            if not type(v_file_id) is str:
                raise at("file_id", bad(v_file_id, "string or null"))

        v_detail = get("detail", _ABSENT)
        if v_detail is _ABSENT:
            v_detail = None
            absent += 1
        else:
            if not type(v_detail) is str:
                raise at("detail", bad(v_detail, "string"))

        obj = new_model(cls)
        obj.type = "input_image"
        obj.image_url = v_image_url
        obj.file_id = v_file_id
        obj.detail = v_detail
        if nulls:
            keep_nulls(obj, nulls)
        if len(d) + absent == 4:
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
