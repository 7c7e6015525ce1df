from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    integral,
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_local_shell_exec_action_env import ResponseLocalShellExecActionEnv


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "command",
        "env",
        "timeout_ms",
        "working_directory",
        "user",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseLocalShellExecAction(GeneratedModel):
    """A command to execute."""

    type: Literal["exec"]
    """ Always `exec`. """

    command: list[str]
    """ The program and its arguments. """

    env: ResponseLocalShellExecActionEnv
    """ Environment variables to set. """

    timeout_ms: int | None = None
    """ A time limit in milliseconds. """

    working_directory: None | str = None
    """ The directory to run in. """

    user: None | str = None
    """ The user to run as. """

    _wire_type: ClassVar[str | None] = "exec"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["command"] = self.command
        field_dict["env"] = self.env.to_dict()
        if self.timeout_ms is not None:
            field_dict["timeout_ms"] = self.timeout_ms
        elif "timeout_ms" in getattr(self, "_null_keys", ()):
            field_dict["timeout_ms"] = None
        if self.working_directory is not None:
            field_dict["working_directory"] = self.working_directory
        elif "working_directory" in getattr(self, "_null_keys", ()):
            field_dict["working_directory"] = None
        if self.user is not None:
            field_dict["user"] = self.user
        elif "user" in getattr(self, "_null_keys", ()):
            field_dict["user"] = None
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
            v_type_ = d["type"]
            v_command = d["command"]
            v_env = d["env"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "exec" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "exec"))

        if type(v_command) is not list:
            raise at("command", bad(v_command, "array"))
        for index, item in enumerate(v_command):
            if not type(item) is str:
                raise at("command", at(index, bad(item, "string")))

        if type(v_env) is not dict:
            raise at("env", bad(v_env, "object"))
        try:
            v_env = _models.ResponseLocalShellExecActionEnv.from_dict(v_env)
        except ShapeError as error:
            raise at("env", error) from None

        v_timeout_ms = get("timeout_ms", _ABSENT)
        if v_timeout_ms is _ABSENT:
            v_timeout_ms = None
        elif v_timeout_ms is None:
            nulls += ("timeout_ms",)
        else:
            if not (type(v_timeout_ms) is int or integral(v_timeout_ms)):
                raise at("timeout_ms", bad(v_timeout_ms, "integer or null"))

        v_working_directory = get("working_directory", _ABSENT)
        if v_working_directory is _ABSENT:
            v_working_directory = None
        elif v_working_directory is None:
            nulls += ("working_directory",)
        else:
            if not type(v_working_directory) is str:
                raise at("working_directory", bad(v_working_directory, "string or null"))

        v_user = get("user", _ABSENT)
        if v_user is _ABSENT:
            v_user = None
        elif v_user is None:
            nulls += ("user",)
        else:
            if not type(v_user) is str:
                raise at("user", bad(v_user, "string or null"))

        obj = new_model(cls)
        obj.type = "exec"
        obj.command = v_command
        obj.env = v_env
        obj.timeout_ms = v_timeout_ms
        obj.working_directory = v_working_directory
        obj.user = v_user
        if nulls:
            keep_nulls(obj, nulls)
        return obj
