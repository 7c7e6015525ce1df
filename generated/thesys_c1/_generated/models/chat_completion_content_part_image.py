from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_image_url import ChatCompletionImageUrl
    from ..models.chat_completion_prompt_cache_breakpoint import ChatCompletionPromptCacheBreakpoint


T = TypeVar("T", bound="ChatCompletionContentPartImage")


@_attrs_define
class ChatCompletionContentPartImage:
    """An image, by URL or as a base64 `data:` URL."""

    type_: Literal["image_url"]
    image_url: ChatCompletionImageUrl
    """ Where the image is and how closely to look at it. """
    prompt_cache_breakpoint: ChatCompletionPromptCacheBreakpoint | Unset = UNSET
    """ Marks the end of a prompt prefix to cache. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        image_url = self.image_url.to_dict()

        prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "image_url": image_url,
            }
        )
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_image_url import ChatCompletionImageUrl  # noqa: PLC0415
        from ..models.chat_completion_prompt_cache_breakpoint import ChatCompletionPromptCacheBreakpoint  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["image_url"], d.pop("type"))
        if type_ != "image_url":
            raise ValueError(f"type must match const 'image_url', got '{type_}'")

        image_url = ChatCompletionImageUrl.from_dict(d.pop("image_url"))

        _prompt_cache_breakpoint = d.pop("prompt_cache_breakpoint", UNSET)
        prompt_cache_breakpoint: ChatCompletionPromptCacheBreakpoint | Unset
        if isinstance(_prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        else:
            prompt_cache_breakpoint = ChatCompletionPromptCacheBreakpoint.from_dict(_prompt_cache_breakpoint)

        chat_completion_content_part_image = cls(
            type_=type_,
            image_url=image_url,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )

        return chat_completion_content_part_image

    @property
    def type(self) -> Literal["image_url"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
