from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from ..models.response_image_detail import ResponseImageDetail
from ..types import (
    STR_TYPE,
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
class ResponseInputImage(GeneratedModel):
    """An image part of an input message, given by URL (a data URL works) or file id."""

    type: Literal["input_image"]
    """ Always `input_image`. """

    image_url: None | str = None
    """ An image URL or a base64 `data:` URL. """

    file_id: None | str = None
    """ The id of an uploaded image file. """

    detail: None | ResponseImageDetail = None
    """ The resolution to look at the image in. """

    _wire_type: ClassVar[str | None] = "input_image"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
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
        elif "detail" in getattr(self, "_null_keys", ()):
            field_dict["detail"] = None
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
        try:
            v_type_ = d["type"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "input_image" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "input_image"))

        v_image_url = get("image_url", _ABSENT)
        if v_image_url is _ABSENT:
            v_image_url = None
        elif v_image_url is None:
            nulls += ("image_url",)
        else:
            if not type(v_image_url) is str:
                raise at("image_url", bad(v_image_url, "string or null"))

        v_file_id = get("file_id", _ABSENT)
        if v_file_id is _ABSENT:
            v_file_id = None
        elif v_file_id is None:
            nulls += ("file_id",)
        else:
            if not type(v_file_id) is str:
                raise at("file_id", bad(v_file_id, "string or null"))

        v_detail = get("detail", _ABSENT)
        if v_detail is _ABSENT:
            v_detail = None
        elif v_detail is None:
            nulls += ("detail",)
        else:
            if type(v_detail) not in STR_TYPE:
                raise at("detail", bad(v_detail, "string or null"))

        obj = new_model(cls)
        obj.type = "input_image"
        obj.image_url = v_image_url
        obj.file_id = v_file_id
        obj.detail = v_detail
        if nulls:
            keep_nulls(obj, nulls)
        return obj
