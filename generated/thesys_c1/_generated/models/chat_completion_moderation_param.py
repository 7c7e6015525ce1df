from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_moderation_policy import ChatCompletionModerationPolicy


T = TypeVar("T", bound="ChatCompletionModerationParam")


@_attrs_define
class ChatCompletionModerationParam:
    """Which moderation model to run, and how."""

    model: str
    """ The moderation model, e.g. `omni-moderation-latest`. """
    policy: ChatCompletionModerationPolicy | None | Unset = UNSET
    """ What to do with the input and the output. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_moderation_policy import ChatCompletionModerationPolicy  # noqa: PLC0415

        model = self.model

        policy: dict[str, Any] | None | Unset
        if isinstance(self.policy, Unset):
            policy = UNSET
        elif isinstance(self.policy, ChatCompletionModerationPolicy):
            policy = self.policy.to_dict()
        else:
            policy = self.policy

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
            }
        )
        if policy is not UNSET:
            field_dict["policy"] = policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_moderation_policy import ChatCompletionModerationPolicy  # noqa: PLC0415

        d = dict(src_dict)
        model = d.pop("model")

        def _parse_policy(data: object) -> ChatCompletionModerationPolicy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                policy_type_0 = ChatCompletionModerationPolicy.from_dict(data)

                return policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionModerationPolicy | None | Unset, data)

        policy = _parse_policy(d.pop("policy", UNSET))

        chat_completion_moderation_param = cls(
            model=model,
            policy=policy,
        )

        return chat_completion_moderation_param
