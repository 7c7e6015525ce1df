from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.response_item_status import ResponseItemStatus, check_response_item_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_shell_call_item_action import ResponseShellCallItemAction
    from ..models.response_shell_call_item_environment_type_0 import ResponseShellCallItemEnvironmentType0


T = TypeVar("T", bound="ResponseShellCallItem")


@_attrs_define
class ResponseShellCallItem:
    """Shell commands the model asked to run."""

    type_: Literal["shell_call"]
    """ Always `shell_call`. """
    call_id: str
    """ The id linking the call to its output. """
    action: ResponseShellCallItemAction
    """ The commands to run. """
    id: None | str | Unset = UNSET
    """ The item's id. """
    status: None | ResponseItemStatus | Unset = UNSET
    """ The call's status. """
    environment: None | ResponseShellCallItemEnvironmentType0 | Unset = UNSET
    """ Where the commands run (a local environment or a container reference). """

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_shell_call_item_environment_type_0 import ResponseShellCallItemEnvironmentType0  # noqa: PLC0415

        type_ = self.type_

        call_id = self.call_id

        action = self.action.to_dict()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        environment: dict[str, Any] | None | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, ResponseShellCallItemEnvironmentType0):
            environment = self.environment.to_dict()
        else:
            environment = self.environment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "call_id": call_id,
                "action": action,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if environment is not UNSET:
            field_dict["environment"] = environment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_shell_call_item_action import ResponseShellCallItemAction  # noqa: PLC0415
        from ..models.response_shell_call_item_environment_type_0 import ResponseShellCallItemEnvironmentType0  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["shell_call"], d.pop("type"))
        if type_ != "shell_call":
            raise ValueError(f"type must match const 'shell_call', got '{type_}'")

        call_id = d.pop("call_id")

        action = ResponseShellCallItemAction.from_dict(d.pop("action"))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_status(data: object) -> None | ResponseItemStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_response_item_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseItemStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_environment(data: object) -> None | ResponseShellCallItemEnvironmentType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0 = ResponseShellCallItemEnvironmentType0.from_dict(data)

                return environment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseShellCallItemEnvironmentType0 | Unset, data)

        environment = _parse_environment(d.pop("environment", UNSET))

        response_shell_call_item = cls(
            type_=type_,
            call_id=call_id,
            action=action,
            id=id,
            status=status,
            environment=environment,
        )

        return response_shell_call_item

    @property
    def type(self) -> Literal["shell_call"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
