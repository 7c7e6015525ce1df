from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.response_item_status import ResponseItemStatus, check_response_item_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseLocalShellCallOutputItem")


@_attrs_define
class ResponseLocalShellCallOutputItem:
    """What a local shell command printed."""

    type_: Literal["local_shell_call_output"]
    """ Always `local_shell_call_output`. """
    id: str
    """ The id of the local shell call this answers. """
    output: str
    """ The command's output. """
    status: None | ResponseItemStatus | Unset = UNSET
    """ The item's status. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        output = self.output

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
                "id": id,
                "output": output,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["local_shell_call_output"], d.pop("type"))
        if type_ != "local_shell_call_output":
            raise ValueError(f"type must match const 'local_shell_call_output', got '{type_}'")

        id = d.pop("id")

        output = d.pop("output")

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

        response_local_shell_call_output_item = cls(
            type_=type_,
            id=id,
            output=output,
            status=status,
        )

        return response_local_shell_call_output_item

    @property
    def type(self) -> Literal["local_shell_call_output"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
