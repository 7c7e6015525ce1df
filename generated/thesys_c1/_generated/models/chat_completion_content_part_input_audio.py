from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_input_audio import ChatCompletionInputAudio
    from ..models.chat_completion_prompt_cache_breakpoint import ChatCompletionPromptCacheBreakpoint


T = TypeVar("T", bound="ChatCompletionContentPartInputAudio")


@_attrs_define
class ChatCompletionContentPartInputAudio:
    """Spoken input, base64-encoded."""

    type_: Literal["input_audio"]
    input_audio: ChatCompletionInputAudio
    """ Audio data and its encoding. """
    prompt_cache_breakpoint: ChatCompletionPromptCacheBreakpoint | Unset = UNSET
    """ Marks the end of a prompt prefix to cache. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        input_audio = self.input_audio.to_dict()

        prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "input_audio": input_audio,
            }
        )
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_input_audio import ChatCompletionInputAudio  # noqa: PLC0415
        from ..models.chat_completion_prompt_cache_breakpoint import ChatCompletionPromptCacheBreakpoint  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["input_audio"], d.pop("type"))
        if type_ != "input_audio":
            raise ValueError(f"type must match const 'input_audio', got '{type_}'")

        input_audio = ChatCompletionInputAudio.from_dict(d.pop("input_audio"))

        _prompt_cache_breakpoint = d.pop("prompt_cache_breakpoint", UNSET)
        prompt_cache_breakpoint: ChatCompletionPromptCacheBreakpoint | Unset
        if isinstance(_prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        else:
            prompt_cache_breakpoint = ChatCompletionPromptCacheBreakpoint.from_dict(_prompt_cache_breakpoint)

        chat_completion_content_part_input_audio = cls(
            type_=type_,
            input_audio=input_audio,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )

        return chat_completion_content_part_input_audio

    @property
    def type(self) -> Literal["input_audio"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
