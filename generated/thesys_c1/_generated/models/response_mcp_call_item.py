from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_mcp_call_item_error_type_1 import ResponseMcpCallItemErrorType1


T = TypeVar("T", bound="ResponseMcpCallItem")


@_attrs_define
class ResponseMcpCallItem:
    """A call the model made to an MCP tool."""

    type_: Literal["mcp_call"]
    """ Always `mcp_call`. """
    id: str
    """ The item's id. """
    server_label: str
    """ The server's label. """
    name: str
    """ The tool called. """
    arguments: str
    """ The arguments, as a JSON-encoded string. """
    output: None | str | Unset = UNSET
    """ What the tool returned. """
    error: None | ResponseMcpCallItemErrorType1 | str | Unset = UNSET
    """ What went wrong, if the call failed. """
    status: str | Unset = UNSET
    """ One of `in_progress`, `completed`, `incomplete`, `calling` or `failed`. """
    approval_request_id: None | str | Unset = UNSET
    """ The approval request this call followed, if any. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_mcp_call_item_error_type_1 import ResponseMcpCallItemErrorType1  # noqa: PLC0415

        type_ = self.type_

        id = self.id

        server_label = self.server_label

        name = self.name

        arguments = self.arguments

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        error: dict[str, Any] | None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ResponseMcpCallItemErrorType1):
            error = self.error.to_dict()
        else:
            error = self.error

        status = self.status

        approval_request_id: None | str | Unset
        if isinstance(self.approval_request_id, Unset):
            approval_request_id = UNSET
        else:
            approval_request_id = self.approval_request_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "server_label": server_label,
                "name": name,
                "arguments": arguments,
            }
        )
        if output is not UNSET:
            field_dict["output"] = output
        if error is not UNSET:
            field_dict["error"] = error
        if status is not UNSET:
            field_dict["status"] = status
        if approval_request_id is not UNSET:
            field_dict["approval_request_id"] = approval_request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_mcp_call_item_error_type_1 import ResponseMcpCallItemErrorType1  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["mcp_call"], d.pop("type"))
        if type_ != "mcp_call":
            raise ValueError(f"type must match const 'mcp_call', got '{type_}'")

        id = d.pop("id")

        server_label = d.pop("server_label")

        name = d.pop("name")

        arguments = d.pop("arguments")

        def _parse_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        def _parse_error(data: object) -> None | ResponseMcpCallItemErrorType1 | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = ResponseMcpCallItemErrorType1.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseMcpCallItemErrorType1 | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        status = d.pop("status", UNSET)

        def _parse_approval_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approval_request_id = _parse_approval_request_id(d.pop("approval_request_id", UNSET))

        response_mcp_call_item = cls(
            type_=type_,
            id=id,
            server_label=server_label,
            name=name,
            arguments=arguments,
            output=output,
            error=error,
            status=status,
            approval_request_id=approval_request_id,
        )

        return response_mcp_call_item

    @property
    def type(self) -> Literal["mcp_call"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
