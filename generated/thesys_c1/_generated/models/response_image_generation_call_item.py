from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ResponseImageGenerationCallItem")


@_attrs_define
class ResponseImageGenerationCallItem:
    """An image the model generated."""

    type_: Literal["image_generation_call"]
    """ Always `image_generation_call`. """
    id: str
    """ The item's id. """
    status: str
    """ One of `in_progress`, `generating`, `completed` or `failed`. """
    result: None | str
    """ The image, base64-encoded. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        status = self.status

        result: None | str
        result = self.result

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "status": status,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["image_generation_call"], d.pop("type"))
        if type_ != "image_generation_call":
            raise ValueError(f"type must match const 'image_generation_call', got '{type_}'")

        id = d.pop("id")

        status = d.pop("status")

        def _parse_result(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        result = _parse_result(d.pop("result"))

        response_image_generation_call_item = cls(
            type_=type_,
            id=id,
            status=status,
            result=result,
        )

        return response_image_generation_call_item

    @property
    def type(self) -> Literal["image_generation_call"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
