from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    missing,
    new_model,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_shell_call_output_item_output_item_outcome import (
        ResponseShellCallOutputItemOutputItemOutcome,
    )


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "stdout",
        "stderr",
        "outcome",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseShellCallOutputItemOutputItem(GeneratedModel):
    stdout: str
    """ What the command wrote to standard output. """

    stderr: str
    """ What the command wrote to standard error. """

    outcome: ResponseShellCallOutputItemOutputItemOutcome
    """ How the command ended: `{"type": "exit", "exit_code": ...}` or `{"type": "timeout"}`. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["stdout"] = self.stdout
        field_dict["stderr"] = self.stderr
        field_dict["outcome"] = self.outcome.to_dict()
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        try:
            v_stdout = d["stdout"]
            v_stderr = d["stderr"]
            v_outcome = d["outcome"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if not type(v_stdout) is str:
            raise at("stdout", bad(v_stdout, "string"))

        if not type(v_stderr) is str:
            raise at("stderr", bad(v_stderr, "string"))

        if type(v_outcome) is not dict:
            raise at("outcome", bad(v_outcome, "object"))
        try:
            v_outcome = _models.ResponseShellCallOutputItemOutputItemOutcome.from_dict(v_outcome)
        except ShapeError as error:
            raise at("outcome", error) from None

        obj = new_model(cls)
        obj.stdout = v_stdout
        obj.stderr = v_stderr
        obj.outcome = v_outcome
        return obj
