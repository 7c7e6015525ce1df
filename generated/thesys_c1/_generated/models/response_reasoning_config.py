from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.response_reasoning_effort import ResponseReasoningEffort, check_response_reasoning_effort
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseReasoningConfig")


@_attrs_define
class ResponseReasoningConfig:
    """Settings for models that reason before they answer."""

    effort: None | ResponseReasoningEffort | Unset = UNSET
    """ How much reasoning the model does before it answers. """

    def to_dict(self) -> dict[str, Any]:
        effort: None | str | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        elif isinstance(self.effort, str):
            effort = self.effort
        else:
            effort = self.effort

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_effort(data: object) -> None | ResponseReasoningEffort | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effort_type_0 = check_response_reasoning_effort(data)

                return effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseReasoningEffort | Unset, data)

        effort = _parse_effort(d.pop("effort", UNSET))

        response_reasoning_config = cls(
            effort=effort,
        )

        return response_reasoning_config
