from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.response_image_detail import ResponseImageDetail, check_response_image_detail
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseInputImage")


@_attrs_define
class ResponseInputImage:
    """An image part of an input message, given by URL (a data URL works) or file id."""

    type_: Literal["input_image"]
    """ Always `input_image`. """
    image_url: None | str | Unset = UNSET
    """ An image URL or a base64 `data:` URL. """
    file_id: None | str | Unset = UNSET
    """ The id of an uploaded image file. """
    detail: None | ResponseImageDetail | Unset = UNSET
    """ The resolution to look at the image in. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, str):
            detail = self.detail
        else:
            detail = self.detail

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["input_image"], d.pop("type"))
        if type_ != "input_image":
            raise ValueError(f"type must match const 'input_image', got '{type_}'")

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_file_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_id = _parse_file_id(d.pop("file_id", UNSET))

        def _parse_detail(data: object) -> None | ResponseImageDetail | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                detail_type_0 = check_response_image_detail(data)

                return detail_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseImageDetail | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        response_input_image = cls(
            type_=type_,
            image_url=image_url,
            file_id=file_id,
            detail=detail,
        )

        return response_input_image

    @property
    def type(self) -> Literal["input_image"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
