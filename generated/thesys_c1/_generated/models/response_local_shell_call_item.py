from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.response_item_status import ResponseItemStatus, check_response_item_status

if TYPE_CHECKING:
    from ..models.response_local_shell_exec_action import ResponseLocalShellExecAction


T = TypeVar("T", bound="ResponseLocalShellCallItem")


@_attrs_define
class ResponseLocalShellCallItem:
    """A command the model asked to run on the caller's machine."""

    type_: Literal["local_shell_call"]
    """ Always `local_shell_call`. """
    id: str
    """ The item's id. """
    call_id: str
    """ The id linking the call to its output. """
    action: ResponseLocalShellExecAction
    """ A command to execute. """
    status: ResponseItemStatus
    """ Whether an item is still being produced, finished, or was cut short. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        call_id = self.call_id

        action = self.action.to_dict()

        status: str = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "call_id": call_id,
                "action": action,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_local_shell_exec_action import ResponseLocalShellExecAction  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["local_shell_call"], d.pop("type"))
        if type_ != "local_shell_call":
            raise ValueError(f"type must match const 'local_shell_call', got '{type_}'")

        id = d.pop("id")

        call_id = d.pop("call_id")

        action = ResponseLocalShellExecAction.from_dict(d.pop("action"))

        status = check_response_item_status(d.pop("status"))

        response_local_shell_call_item = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            action=action,
            status=status,
        )

        return response_local_shell_call_item

    @property
    def type(self) -> Literal["local_shell_call"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
