from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseCustomToolCallItem")


@_attrs_define
class ResponseCustomToolCallItem:
    """A call the model made to a custom tool."""

    type_: Literal["custom_tool_call"]
    """ Always `custom_tool_call`. """
    call_id: str
    """ The id linking the call to its output. """
    name: str
    """ The tool called. """
    input_: str
    """ The free-text input the model wrote for the tool. """
    id: None | str | Unset = UNSET
    """ The item's id. """
    namespace: None | str | Unset = UNSET
    """ The namespace of the tool, when it has one. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        call_id = self.call_id

        name = self.name

        input_ = self.input_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "call_id": call_id,
                "name": name,
                "input": input_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["custom_tool_call"], d.pop("type"))
        if type_ != "custom_tool_call":
            raise ValueError(f"type must match const 'custom_tool_call', got '{type_}'")

        call_id = d.pop("call_id")

        name = d.pop("name")

        input_ = d.pop("input")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        response_custom_tool_call_item = cls(
            type_=type_,
            call_id=call_id,
            name=name,
            input_=input_,
            id=id,
            namespace=namespace,
        )

        return response_custom_tool_call_item

    @property
    def type(self) -> Literal["custom_tool_call"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_

    @property
    def input(self) -> str:
        """`input` as on the wire (the field is stored as `input_`)."""
        return self.input_
