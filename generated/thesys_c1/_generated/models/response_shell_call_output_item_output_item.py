from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.response_shell_call_output_item_output_item_outcome import (
        ResponseShellCallOutputItemOutputItemOutcome,
    )


T = TypeVar("T", bound="ResponseShellCallOutputItemOutputItem")


@_attrs_define
class ResponseShellCallOutputItemOutputItem:
    stdout: str
    """ What the command wrote to standard output. """
    stderr: str
    """ What the command wrote to standard error. """
    outcome: ResponseShellCallOutputItemOutputItemOutcome
    """ How the command ended: `{"type": "exit", "exit_code": ...}` or `{"type": "timeout"}`. """

    def to_dict(self) -> dict[str, Any]:
        stdout = self.stdout

        stderr = self.stderr

        outcome = self.outcome.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "stdout": stdout,
                "stderr": stderr,
                "outcome": outcome,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_shell_call_output_item_output_item_outcome import (
            ResponseShellCallOutputItemOutputItemOutcome,  # noqa: PLC0415
        )

        d = dict(src_dict)
        stdout = d.pop("stdout")

        stderr = d.pop("stderr")

        outcome = ResponseShellCallOutputItemOutputItemOutcome.from_dict(d.pop("outcome"))

        response_shell_call_output_item_output_item = cls(
            stdout=stdout,
            stderr=stderr,
            outcome=outcome,
        )

        return response_shell_call_output_item_output_item
