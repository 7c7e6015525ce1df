from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from ..types import (
    GeneratedModel,
    at,
    bad,
    integral,
    keep_nulls,
    missing,
    new_model,
    not_object,
)

_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "commands",
        "timeout_ms",
        "max_output_length",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseShellCallItemAction(GeneratedModel):
    """The commands to run."""

    commands: list[str]
    """ The commands, run in order. """

    timeout_ms: int | None = None
    """ A time limit in milliseconds. """

    max_output_length: int | None = None
    """ The most output characters to keep. """

    _wire_type: ClassVar[str | None] = None

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["commands"] = self.commands
        if self.timeout_ms is not None:
            field_dict["timeout_ms"] = self.timeout_ms
        elif "timeout_ms" in getattr(self, "_null_keys", ()):
            field_dict["timeout_ms"] = None
        if self.max_output_length is not None:
            field_dict["max_output_length"] = self.max_output_length
        elif "max_output_length" in getattr(self, "_null_keys", ()):
            field_dict["max_output_length"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        nulls: tuple[str, ...] = ()
        get = d.get
        try:
            v_commands = d["commands"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if type(v_commands) is not list:
            raise at("commands", bad(v_commands, "array"))
        for index, item in enumerate(v_commands):
            if not type(item) is str:
                raise at("commands", at(index, bad(item, "string")))

        v_timeout_ms = get("timeout_ms", _ABSENT)
        if v_timeout_ms is _ABSENT:
            v_timeout_ms = None
        elif v_timeout_ms is None:
            nulls += ("timeout_ms",)
        else:
            if not (type(v_timeout_ms) is int or integral(v_timeout_ms)):
                raise at("timeout_ms", bad(v_timeout_ms, "integer or null"))

        v_max_output_length = get("max_output_length", _ABSENT)
        if v_max_output_length is _ABSENT:
            v_max_output_length = None
        elif v_max_output_length is None:
            nulls += ("max_output_length",)
        else:
            if not (type(v_max_output_length) is int or integral(v_max_output_length)):
                raise at("max_output_length", bad(v_max_output_length, "integer or null"))

        obj = new_model(cls)
        obj.commands = v_commands
        obj.timeout_ms = v_timeout_ms
        obj.max_output_length = v_max_output_length
        if nulls:
            keep_nulls(obj, nulls)
        return obj
