from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.chat_completion_image_url_detail import (
    ChatCompletionImageUrlDetail,
    check_chat_completion_image_url_detail,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionImageUrl")


@_attrs_define
class ChatCompletionImageUrl:
    """Where the image is and how closely to look at it."""

    url: str
    """ An http(s) URL or a `data:` URL holding the image. """
    detail: ChatCompletionImageUrlDetail | Unset = UNSET
    """ The resolution the model sees the image at. """

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        _detail = d.pop("detail", UNSET)
        detail: ChatCompletionImageUrlDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = check_chat_completion_image_url_detail(_detail)

        chat_completion_image_url = cls(
            url=url,
            detail=detail,
        )

        return chat_completion_image_url
