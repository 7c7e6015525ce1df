from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_output_function_call_output_output_type_1_item import (
        ResponseOutputFunctionCallOutputOutputType1Item,
    )


T = TypeVar("T", bound="ResponseOutputFunctionCallOutput")


@_attrs_define
class ResponseOutputFunctionCallOutput:
    """The output of a function call, as stored with a response or a conversation."""

    type_: Literal["function_call_output"]
    """ Always `function_call_output`. """
    call_id: str
    """ The `call_id` of the call this answers. """
    output: list[ResponseOutputFunctionCallOutputOutputType1Item] | str
    """ The result, as a string or a list of content parts. """
    id: str | Unset = UNSET
    """ The item's id. """
    status: str | Unset = UNSET
    """ One of `in_progress`, `completed` or `incomplete`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, repr=False, eq=False)
    """ The `x-request-id` of the HTTP answer this object came from, when it came from one. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        call_id = self.call_id

        output: list[dict[str, Any]] | str
        if isinstance(self.output, list):
            output = []
            for output_type_1_item_data in self.output:
                output_type_1_item = output_type_1_item_data.to_dict()
                output.append(output_type_1_item)

        else:
            output = self.output

        id = self.id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_output_function_call_output_output_type_1_item import (
            ResponseOutputFunctionCallOutputOutputType1Item,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["function_call_output"], d.pop("type"))
        if type_ != "function_call_output":
            raise ValueError(f"type must match const 'function_call_output', got '{type_}'")

        call_id = d.pop("call_id")

        def _parse_output(data: object) -> list[ResponseOutputFunctionCallOutputOutputType1Item] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_1 = []
                _output_type_1 = data
                for output_type_1_item_data in _output_type_1:
                    output_type_1_item = ResponseOutputFunctionCallOutputOutputType1Item.from_dict(
                        output_type_1_item_data
                    )

                    output_type_1.append(output_type_1_item)

                return output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResponseOutputFunctionCallOutputOutputType1Item] | str, data)

        output = _parse_output(d.pop("output"))

        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        response_output_function_call_output = cls(
            type_=type_,
            call_id=call_id,
            output=output,
            id=id,
            status=status,
        )

        response_output_function_call_output.additional_properties = d
        return response_output_function_call_output

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    @property
    def type(self) -> Literal["function_call_output"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
