from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ChatCompletionPromptCacheBreakpoint")


@_attrs_define
class ChatCompletionPromptCacheBreakpoint:
    """Marks the end of a prompt prefix to cache."""

    mode: Literal["explicit"]

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mode": mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = cast(Literal["explicit"], d.pop("mode"))
        if mode != "explicit":
            raise ValueError(f"mode must match const 'explicit', got '{mode}'")

        chat_completion_prompt_cache_breakpoint = cls(
            mode=mode,
        )

        return chat_completion_prompt_cache_breakpoint
