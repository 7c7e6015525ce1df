from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.chat_completion_web_search_user_location_approximate import (
        ChatCompletionWebSearchUserLocationApproximate,
    )


T = TypeVar("T", bound="ChatCompletionWebSearchUserLocation")


@_attrs_define
class ChatCompletionWebSearchUserLocation:
    """An approximate user location."""

    type_: Literal["approximate"]
    approximate: ChatCompletionWebSearchUserLocationApproximate
    """ Location fields, each optional. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        approximate = self.approximate.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "approximate": approximate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_web_search_user_location_approximate import (
            ChatCompletionWebSearchUserLocationApproximate,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["approximate"], d.pop("type"))
        if type_ != "approximate":
            raise ValueError(f"type must match const 'approximate', got '{type_}'")

        approximate = ChatCompletionWebSearchUserLocationApproximate.from_dict(d.pop("approximate"))

        chat_completion_web_search_user_location = cls(
            type_=type_,
            approximate=approximate,
        )

        return chat_completion_web_search_user_location

    @property
    def type(self) -> Literal["approximate"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
