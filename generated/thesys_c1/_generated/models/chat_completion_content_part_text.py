from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_prompt_cache_breakpoint import ChatCompletionPromptCacheBreakpoint


T = TypeVar("T", bound="ChatCompletionContentPartText")


@_attrs_define
class ChatCompletionContentPartText:
    """A piece of text."""

    type_: Literal["text"]
    text: str
    prompt_cache_breakpoint: ChatCompletionPromptCacheBreakpoint | Unset = UNSET
    """ Marks the end of a prompt prefix to cache. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_prompt_cache_breakpoint import ChatCompletionPromptCacheBreakpoint  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["text"], d.pop("type"))
        if type_ != "text":
            raise ValueError(f"type must match const 'text', got '{type_}'")

        text = d.pop("text")

        _prompt_cache_breakpoint = d.pop("prompt_cache_breakpoint", UNSET)
        prompt_cache_breakpoint: ChatCompletionPromptCacheBreakpoint | Unset
        if isinstance(_prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        else:
            prompt_cache_breakpoint = ChatCompletionPromptCacheBreakpoint.from_dict(_prompt_cache_breakpoint)

        chat_completion_content_part_text = cls(
            type_=type_,
            text=text,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )

        return chat_completion_content_part_text

    @property
    def type(self) -> Literal["text"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
