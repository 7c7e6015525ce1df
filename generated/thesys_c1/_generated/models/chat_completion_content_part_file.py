from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_file_input import ChatCompletionFileInput
    from ..models.chat_completion_prompt_cache_breakpoint import ChatCompletionPromptCacheBreakpoint


T = TypeVar("T", bound="ChatCompletionContentPartFile")


@_attrs_define
class ChatCompletionContentPartFile:
    """A file, either inline or by the id of an uploaded file."""

    type_: Literal["file"]
    file: ChatCompletionFileInput
    """ The file's content or id. """
    prompt_cache_breakpoint: ChatCompletionPromptCacheBreakpoint | Unset = UNSET
    """ Marks the end of a prompt prefix to cache. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        file = self.file.to_dict()

        prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "file": file,
            }
        )
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_file_input import ChatCompletionFileInput  # noqa: PLC0415
        from ..models.chat_completion_prompt_cache_breakpoint import ChatCompletionPromptCacheBreakpoint  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["file"], d.pop("type"))
        if type_ != "file":
            raise ValueError(f"type must match const 'file', got '{type_}'")

        file = ChatCompletionFileInput.from_dict(d.pop("file"))

        _prompt_cache_breakpoint = d.pop("prompt_cache_breakpoint", UNSET)
        prompt_cache_breakpoint: ChatCompletionPromptCacheBreakpoint | Unset
        if isinstance(_prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        else:
            prompt_cache_breakpoint = ChatCompletionPromptCacheBreakpoint.from_dict(_prompt_cache_breakpoint)

        chat_completion_content_part_file = cls(
            type_=type_,
            file=file,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )

        return chat_completion_content_part_file

    @property
    def type(self) -> Literal["file"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
