from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_local_shell_exec_action_env import ResponseLocalShellExecActionEnv


T = TypeVar("T", bound="ResponseLocalShellExecAction")


@_attrs_define
class ResponseLocalShellExecAction:
    """A command to execute."""

    type_: Literal["exec"]
    """ Always `exec`. """
    command: list[str]
    """ The program and its arguments. """
    env: ResponseLocalShellExecActionEnv
    """ Environment variables to set. """
    timeout_ms: int | None | Unset = UNSET
    """ A time limit in milliseconds. """
    working_directory: None | str | Unset = UNSET
    """ The directory to run in. """
    user: None | str | Unset = UNSET
    """ The user to run as. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        command = self.command

        env = self.env.to_dict()

        timeout_ms: int | None | Unset
        if isinstance(self.timeout_ms, Unset):
            timeout_ms = UNSET
        else:
            timeout_ms = self.timeout_ms

        working_directory: None | str | Unset
        if isinstance(self.working_directory, Unset):
            working_directory = UNSET
        else:
            working_directory = self.working_directory

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "command": command,
                "env": env,
            }
        )
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms
        if working_directory is not UNSET:
            field_dict["working_directory"] = working_directory
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_local_shell_exec_action_env import ResponseLocalShellExecActionEnv  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["exec"], d.pop("type"))
        if type_ != "exec":
            raise ValueError(f"type must match const 'exec', got '{type_}'")

        command = cast(list[str], d.pop("command"))

        env = ResponseLocalShellExecActionEnv.from_dict(d.pop("env"))

        def _parse_timeout_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeout_ms = _parse_timeout_ms(d.pop("timeout_ms", UNSET))

        def _parse_working_directory(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        working_directory = _parse_working_directory(d.pop("working_directory", UNSET))

        def _parse_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        response_local_shell_exec_action = cls(
            type_=type_,
            command=command,
            env=env,
            timeout_ms=timeout_ms,
            working_directory=working_directory,
            user=user,
        )

        return response_local_shell_exec_action

    @property
    def type(self) -> Literal["exec"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
