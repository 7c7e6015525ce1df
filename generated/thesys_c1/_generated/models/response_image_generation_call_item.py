from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from ..types import (
    GeneratedModel,
    at,
    bad,
    missing,
    new_model,
    not_const,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "id",
        "status",
        "result",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseImageGenerationCallItem(GeneratedModel):
    """An image the model generated."""

    type: Literal["image_generation_call"]
    """ Always `image_generation_call`. """

    id: str
    """ The item's id. """

    status: str
    """ One of `in_progress`, `generating`, `completed` or `failed`. """

    result: None | str
    """ The image, base64-encoded. """

    _wire_type: ClassVar[str | None] = "image_generation_call"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["id"] = self.id
        field_dict["status"] = self.status
        field_dict["result"] = self.result
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        try:
            v_type_ = d["type"]
            v_id = d["id"]
            v_status = d["status"]
            v_result = d["result"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "image_generation_call" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "image_generation_call"))

        if not type(v_id) is str:
            raise at("id", bad(v_id, "string"))

        if not type(v_status) is str:
            raise at("status", bad(v_status, "string"))

        if v_result is not None:
            if not type(v_result) is str:
                raise at("result", bad(v_result, "string or null"))

        obj = new_model(cls)
        obj.type = "image_generation_call"
        obj.id = v_id
        obj.status = v_status
        obj.result = v_result
        return obj
