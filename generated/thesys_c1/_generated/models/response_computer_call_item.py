from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.response_item_status import ResponseItemStatus, check_response_item_status

if TYPE_CHECKING:
    from ..models.response_computer_call_item_action import ResponseComputerCallItemAction
    from ..models.response_computer_call_item_pending_safety_checks_item import (
        ResponseComputerCallItemPendingSafetyChecksItem,
    )


T = TypeVar("T", bound="ResponseComputerCallItem")


@_attrs_define
class ResponseComputerCallItem:
    """An action the model asked to perform on the computer."""

    type_: Literal["computer_call"]
    """ Always `computer_call`. """
    id: str
    """ The item's id. """
    call_id: str
    """ The id linking the call to its output. """
    action: ResponseComputerCallItemAction
    """ The action (click, type, scroll, screenshot, ...) and its details. """
    pending_safety_checks: list[ResponseComputerCallItemPendingSafetyChecksItem]
    """ Safety checks that must be acknowledged before going on. """
    status: ResponseItemStatus
    """ Whether an item is still being produced, finished, or was cut short. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        call_id = self.call_id

        action = self.action.to_dict()

        pending_safety_checks = []
        for pending_safety_checks_item_data in self.pending_safety_checks:
            pending_safety_checks_item = pending_safety_checks_item_data.to_dict()
            pending_safety_checks.append(pending_safety_checks_item)

        status: str = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "call_id": call_id,
                "action": action,
                "pending_safety_checks": pending_safety_checks,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_computer_call_item_action import ResponseComputerCallItemAction  # noqa: PLC0415
        from ..models.response_computer_call_item_pending_safety_checks_item import (
            ResponseComputerCallItemPendingSafetyChecksItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["computer_call"], d.pop("type"))
        if type_ != "computer_call":
            raise ValueError(f"type must match const 'computer_call', got '{type_}'")

        id = d.pop("id")

        call_id = d.pop("call_id")

        action = ResponseComputerCallItemAction.from_dict(d.pop("action"))

        pending_safety_checks = []
        _pending_safety_checks = d.pop("pending_safety_checks")
        for pending_safety_checks_item_data in _pending_safety_checks:
            pending_safety_checks_item = ResponseComputerCallItemPendingSafetyChecksItem.from_dict(
                pending_safety_checks_item_data
            )

            pending_safety_checks.append(pending_safety_checks_item)

        status = check_response_item_status(d.pop("status"))

        response_computer_call_item = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            action=action,
            pending_safety_checks=pending_safety_checks,
            status=status,
        )

        return response_computer_call_item

    @property
    def type(self) -> Literal["computer_call"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
