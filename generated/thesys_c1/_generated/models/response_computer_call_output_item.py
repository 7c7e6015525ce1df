from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.response_item_status import ResponseItemStatus, check_response_item_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_computer_call_output_item_acknowledged_safety_checks_type_0_item import (
        ResponseComputerCallOutputItemAcknowledgedSafetyChecksType0Item,
    )
    from ..models.response_computer_call_output_item_output import ResponseComputerCallOutputItemOutput


T = TypeVar("T", bound="ResponseComputerCallOutputItem")


@_attrs_define
class ResponseComputerCallOutputItem:
    """A screenshot taken after performing a computer action."""

    type_: Literal["computer_call_output"]
    """ Always `computer_call_output`. """
    call_id: str
    """ The `call_id` of the computer call this answers. """
    output: ResponseComputerCallOutputItemOutput
    """ The screenshot: `{"type": "computer_screenshot"}` with an `image_url` or a `file_id`. """
    id: None | str | Unset = UNSET
    """ The item's id. """
    acknowledged_safety_checks: list[ResponseComputerCallOutputItemAcknowledgedSafetyChecksType0Item] | None | Unset = (
        UNSET
    )
    """ The safety checks the caller acknowledged. """
    status: None | ResponseItemStatus | Unset = UNSET
    """ The item's status. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        call_id = self.call_id

        output = self.output.to_dict()

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        acknowledged_safety_checks: list[dict[str, Any]] | None | Unset
        if isinstance(self.acknowledged_safety_checks, Unset):
            acknowledged_safety_checks = UNSET
        elif isinstance(self.acknowledged_safety_checks, list):
            acknowledged_safety_checks = []
            for acknowledged_safety_checks_type_0_item_data in self.acknowledged_safety_checks:
                acknowledged_safety_checks_type_0_item = acknowledged_safety_checks_type_0_item_data.to_dict()
                acknowledged_safety_checks.append(acknowledged_safety_checks_type_0_item)

        else:
            acknowledged_safety_checks = self.acknowledged_safety_checks

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "call_id": call_id,
                "output": output,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if acknowledged_safety_checks is not UNSET:
            field_dict["acknowledged_safety_checks"] = acknowledged_safety_checks
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_computer_call_output_item_acknowledged_safety_checks_type_0_item import (
            ResponseComputerCallOutputItemAcknowledgedSafetyChecksType0Item,  # noqa: PLC0415
        )
        from ..models.response_computer_call_output_item_output import ResponseComputerCallOutputItemOutput  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["computer_call_output"], d.pop("type"))
        if type_ != "computer_call_output":
            raise ValueError(f"type must match const 'computer_call_output', got '{type_}'")

        call_id = d.pop("call_id")

        output = ResponseComputerCallOutputItemOutput.from_dict(d.pop("output"))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_acknowledged_safety_checks(
            data: object,
        ) -> list[ResponseComputerCallOutputItemAcknowledgedSafetyChecksType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                acknowledged_safety_checks_type_0 = []
                _acknowledged_safety_checks_type_0 = data
                for acknowledged_safety_checks_type_0_item_data in _acknowledged_safety_checks_type_0:
                    acknowledged_safety_checks_type_0_item = (
                        ResponseComputerCallOutputItemAcknowledgedSafetyChecksType0Item.from_dict(
                            acknowledged_safety_checks_type_0_item_data
                        )
                    )

                    acknowledged_safety_checks_type_0.append(acknowledged_safety_checks_type_0_item)

                return acknowledged_safety_checks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResponseComputerCallOutputItemAcknowledgedSafetyChecksType0Item] | None | Unset, data)

        acknowledged_safety_checks = _parse_acknowledged_safety_checks(d.pop("acknowledged_safety_checks", UNSET))

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

        response_computer_call_output_item = cls(
            type_=type_,
            call_id=call_id,
            output=output,
            id=id,
            acknowledged_safety_checks=acknowledged_safety_checks,
            status=status,
        )

        return response_computer_call_output_item

    @property
    def type(self) -> Literal["computer_call_output"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
