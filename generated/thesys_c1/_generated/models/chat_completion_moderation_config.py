from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.chat_completion_moderation_config_mode import (
    ChatCompletionModerationConfigMode,
    check_chat_completion_moderation_config_mode,
)

T = TypeVar("T", bound="ChatCompletionModerationConfig")


@_attrs_define
class ChatCompletionModerationConfig:
    """How moderation treats one side of the exchange."""

    mode: ChatCompletionModerationConfigMode
    """ `score` only reports; `block` also stops flagged content. """

    def to_dict(self) -> dict[str, Any]:
        mode: str = self.mode

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
        mode = check_chat_completion_moderation_config_mode(d.pop("mode"))

        chat_completion_moderation_config = cls(
            mode=mode,
        )

        return chat_completion_moderation_config
