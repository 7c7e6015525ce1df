from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.response_item_status import ResponseItemStatus, check_response_item_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_shell_call_output_item_output_item import ResponseShellCallOutputItemOutputItem


T = TypeVar("T", bound="ResponseShellCallOutputItem")


@_attrs_define
class ResponseShellCallOutputItem:
    """What shell commands printed, one entry per command."""

    type_: Literal["shell_call_output"]
    """ Always `shell_call_output`. """
    call_id: str
    """ The `call_id` of the shell call this answers. """
    output: list[ResponseShellCallOutputItemOutputItem]
    """ One entry per command. """
    id: None | str | Unset = UNSET
    """ The item's id. """
    status: None | ResponseItemStatus | Unset = UNSET
    """ The item's status. """
    max_output_length: int | None | Unset = UNSET
    """ The output limit that was applied. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        call_id = self.call_id

        output = []
        for output_item_data in self.output:
            output_item = output_item_data.to_dict()
            output.append(output_item)

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

        max_output_length: int | None | Unset
        if isinstance(self.max_output_length, Unset):
            max_output_length = UNSET
        else:
            max_output_length = self.max_output_length

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
        if status is not UNSET:
            field_dict["status"] = status
        if max_output_length is not UNSET:
            field_dict["max_output_length"] = max_output_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_shell_call_output_item_output_item import ResponseShellCallOutputItemOutputItem  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["shell_call_output"], d.pop("type"))
        if type_ != "shell_call_output":
            raise ValueError(f"type must match const 'shell_call_output', got '{type_}'")

        call_id = d.pop("call_id")

        output = []
        _output = d.pop("output")
        for output_item_data in _output:
            output_item = ResponseShellCallOutputItemOutputItem.from_dict(output_item_data)

            output.append(output_item)

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

        def _parse_max_output_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_output_length = _parse_max_output_length(d.pop("max_output_length", UNSET))

        response_shell_call_output_item = cls(
            type_=type_,
            call_id=call_id,
            output=output,
            id=id,
            status=status,
            max_output_length=max_output_length,
        )

        return response_shell_call_output_item

    @property
    def type(self) -> Literal["shell_call_output"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
