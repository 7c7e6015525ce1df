from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.chat_completion_prompt_cache_options_mode import (
    ChatCompletionPromptCacheOptionsMode,
    check_chat_completion_prompt_cache_options_mode,
)
from ..models.chat_completion_prompt_cache_options_ttl import (
    ChatCompletionPromptCacheOptionsTtl,
    check_chat_completion_prompt_cache_options_ttl,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ChatCompletionPromptCacheOptions")


@_attrs_define
class ChatCompletionPromptCacheOptions:
    """How prompt prefixes are cached."""

    ttl: ChatCompletionPromptCacheOptionsTtl | Unset = UNSET
    """ How long a cached prefix is kept. """
    mode: ChatCompletionPromptCacheOptionsMode | Unset = UNSET
    """ `implicit` lets the server choose what to cache; `explicit` caches only up to the content parts marked with
    a `prompt_cache_breakpoint`. """

    def to_dict(self) -> dict[str, Any]:
        ttl: str | Unset = UNSET
        if not isinstance(self.ttl, Unset):
            ttl = self.ttl

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _ttl = d.pop("ttl", UNSET)
        ttl: ChatCompletionPromptCacheOptionsTtl | Unset
        if isinstance(_ttl, Unset):
            ttl = UNSET
        else:
            ttl = check_chat_completion_prompt_cache_options_ttl(_ttl)

        _mode = d.pop("mode", UNSET)
        mode: ChatCompletionPromptCacheOptionsMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_chat_completion_prompt_cache_options_mode(_mode)

        chat_completion_prompt_cache_options = cls(
            ttl=ttl,
            mode=mode,
        )

        return chat_completion_prompt_cache_options
