from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseShellCallItemAction")


@_attrs_define
class ResponseShellCallItemAction:
    """The commands to run."""

    commands: list[str]
    """ The commands, run in order. """
    timeout_ms: int | None | Unset = UNSET
    """ A time limit in milliseconds. """
    max_output_length: int | None | Unset = UNSET
    """ The most output characters to keep. """

    def to_dict(self) -> dict[str, Any]:
        commands = self.commands

        timeout_ms: int | None | Unset
        if isinstance(self.timeout_ms, Unset):
            timeout_ms = UNSET
        else:
            timeout_ms = self.timeout_ms

        max_output_length: int | None | Unset
        if isinstance(self.max_output_length, Unset):
            max_output_length = UNSET
        else:
            max_output_length = self.max_output_length

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "commands": commands,
            }
        )
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms
        if max_output_length is not UNSET:
            field_dict["max_output_length"] = max_output_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        commands = cast(list[str], d.pop("commands"))

        def _parse_timeout_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeout_ms = _parse_timeout_ms(d.pop("timeout_ms", UNSET))

        def _parse_max_output_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_output_length = _parse_max_output_length(d.pop("max_output_length", UNSET))

        response_shell_call_item_action = cls(
            commands=commands,
            timeout_ms=timeout_ms,
            max_output_length=max_output_length,
        )

        return response_shell_call_item_action
