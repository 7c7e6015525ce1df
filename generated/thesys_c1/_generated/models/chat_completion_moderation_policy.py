from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_moderation_config import ChatCompletionModerationConfig


T = TypeVar("T", bound="ChatCompletionModerationPolicy")


@_attrs_define
class ChatCompletionModerationPolicy:
    """Moderation settings for each side of the exchange."""

    input_: ChatCompletionModerationConfig | None | Unset = UNSET
    output: ChatCompletionModerationConfig | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_moderation_config import ChatCompletionModerationConfig  # noqa: PLC0415

        input_: dict[str, Any] | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, ChatCompletionModerationConfig):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_

        output: dict[str, Any] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, ChatCompletionModerationConfig):
            output = self.output.to_dict()
        else:
            output = self.output

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_moderation_config import ChatCompletionModerationConfig  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_input_(data: object) -> ChatCompletionModerationConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_type_0 = ChatCompletionModerationConfig.from_dict(data)

                return input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionModerationConfig | None | Unset, data)

        input_ = _parse_input_(d.pop("input", UNSET))

        def _parse_output(data: object) -> ChatCompletionModerationConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_type_0 = ChatCompletionModerationConfig.from_dict(data)

                return output_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionModerationConfig | None | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        chat_completion_moderation_policy = cls(
            input_=input_,
            output=output,
        )

        return chat_completion_moderation_policy

    @property
    def input(self) -> ChatCompletionModerationConfig | None | Unset:
        """`input` as on the wire (the field is stored as `input_`)."""
        return self.input_
