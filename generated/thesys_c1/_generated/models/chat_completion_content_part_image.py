from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.chat_completion_image_url import ChatCompletionImageUrl
    from ..models.chat_completion_prompt_cache_breakpoint import ChatCompletionPromptCacheBreakpoint


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "image_url",
        "prompt_cache_breakpoint",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ChatCompletionContentPartImage(GeneratedModel):
    """An image, by URL or as a base64 `data:` URL."""

    type: Literal["image_url"]

    image_url: ChatCompletionImageUrl
    """ Where the image is and how closely to look at it. """

    prompt_cache_breakpoint: ChatCompletionPromptCacheBreakpoint | None = None
    """ Marks the end of a prompt prefix to cache. """

    _wire_type: ClassVar[str | None] = "image_url"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["image_url"] = self.image_url.to_dict()
        if self.prompt_cache_breakpoint is not None:
            field_dict["prompt_cache_breakpoint"] = self.prompt_cache_breakpoint.to_dict()
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
        try:
            v_type_ = d["type"]
            v_image_url = d["image_url"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "image_url" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "image_url"))

        if type(v_image_url) is not dict:
            raise at("image_url", bad(v_image_url, "object"))
        try:
            v_image_url = _models.ChatCompletionImageUrl.from_dict(v_image_url)
        except ShapeError as error:
            raise at("image_url", error) from None

        v_prompt_cache_breakpoint = get("prompt_cache_breakpoint", _ABSENT)
        if v_prompt_cache_breakpoint is _ABSENT:
            v_prompt_cache_breakpoint = None
        else:
            if type(v_prompt_cache_breakpoint) is not dict:
                raise at("prompt_cache_breakpoint", bad(v_prompt_cache_breakpoint, "object"))
            try:
                v_prompt_cache_breakpoint = _models.ChatCompletionPromptCacheBreakpoint.from_dict(
                    v_prompt_cache_breakpoint
                )
            except ShapeError as error:
                raise at("prompt_cache_breakpoint", error) from None

        obj = new_model(cls)
        obj.type = "image_url"
        obj.image_url = v_image_url
        obj.prompt_cache_breakpoint = v_prompt_cache_breakpoint
        return obj
