from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.response_mcp_tool_require_approval_type_0 import (
    ResponseMcpToolRequireApprovalType0,
    check_response_mcp_tool_require_approval_type_0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_mcp_tool_allowed_tools_type_1 import ResponseMcpToolAllowedToolsType1
    from ..models.response_mcp_tool_headers_type_0 import ResponseMcpToolHeadersType0
    from ..models.response_mcp_tool_require_approval_type_1 import ResponseMcpToolRequireApprovalType1


T = TypeVar("T", bound="ResponseMcpTool")


@_attrs_define
class ResponseMcpTool:
    """Tools offered by a remote MCP server or a connector."""

    type_: Literal["mcp"]
    """ Always `mcp`. """
    server_label: str
    """ A label for the server, used in tool calls. """
    server_url: str | Unset = UNSET
    """ The server's URL; give this or `connector_id`. """
    connector_id: str | Unset = UNSET
    """ A service connector, such as `connector_gmail`; give this or `server_url`. """
    authorization: str | Unset = UNSET
    """ An OAuth access token for the server or connector. """
    server_description: str | Unset = UNSET
    """ What the server offers, to help the model. """
    headers: None | ResponseMcpToolHeadersType0 | Unset = UNSET
    """ HTTP headers to send to the server. """
    allowed_tools: list[str] | None | ResponseMcpToolAllowedToolsType1 | Unset = UNSET
    """ The server's tools the model may use, by name or by filter. """
    require_approval: None | ResponseMcpToolRequireApprovalType0 | ResponseMcpToolRequireApprovalType1 | Unset = UNSET
    """ Which tool calls need approval first: `always`, `never`, or a filter object with `always` and `never` lists.
    """

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_mcp_tool_allowed_tools_type_1 import ResponseMcpToolAllowedToolsType1  # noqa: PLC0415
        from ..models.response_mcp_tool_headers_type_0 import ResponseMcpToolHeadersType0  # noqa: PLC0415
        from ..models.response_mcp_tool_require_approval_type_1 import ResponseMcpToolRequireApprovalType1  # noqa: PLC0415

        type_ = self.type_

        server_label = self.server_label

        server_url = self.server_url

        connector_id = self.connector_id

        authorization = self.authorization

        server_description = self.server_description

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, ResponseMcpToolHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        allowed_tools: dict[str, Any] | list[str] | None | Unset
        if isinstance(self.allowed_tools, Unset):
            allowed_tools = UNSET
        elif isinstance(self.allowed_tools, list):
            allowed_tools = self.allowed_tools

        elif isinstance(self.allowed_tools, ResponseMcpToolAllowedToolsType1):
            allowed_tools = self.allowed_tools.to_dict()
        else:
            allowed_tools = self.allowed_tools

        require_approval: dict[str, Any] | None | str | Unset
        if isinstance(self.require_approval, Unset):
            require_approval = UNSET
        elif isinstance(self.require_approval, str):
            require_approval = self.require_approval
        elif isinstance(self.require_approval, ResponseMcpToolRequireApprovalType1):
            require_approval = self.require_approval.to_dict()
        else:
            require_approval = self.require_approval

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "server_label": server_label,
            }
        )
        if server_url is not UNSET:
            field_dict["server_url"] = server_url
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if server_description is not UNSET:
            field_dict["server_description"] = server_description
        if headers is not UNSET:
            field_dict["headers"] = headers
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if require_approval is not UNSET:
            field_dict["require_approval"] = require_approval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_mcp_tool_allowed_tools_type_1 import ResponseMcpToolAllowedToolsType1  # noqa: PLC0415
        from ..models.response_mcp_tool_headers_type_0 import ResponseMcpToolHeadersType0  # noqa: PLC0415
        from ..models.response_mcp_tool_require_approval_type_1 import ResponseMcpToolRequireApprovalType1  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["mcp"], d.pop("type"))
        if type_ != "mcp":
            raise ValueError(f"type must match const 'mcp', got '{type_}'")

        server_label = d.pop("server_label")

        server_url = d.pop("server_url", UNSET)

        connector_id = d.pop("connector_id", UNSET)

        authorization = d.pop("authorization", UNSET)

        server_description = d.pop("server_description", UNSET)

        def _parse_headers(data: object) -> None | ResponseMcpToolHeadersType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = ResponseMcpToolHeadersType0.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseMcpToolHeadersType0 | Unset, data)

        headers = _parse_headers(d.pop("headers", UNSET))

        def _parse_allowed_tools(data: object) -> list[str] | None | ResponseMcpToolAllowedToolsType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_tools_type_0 = cast(list[str], data)

                return allowed_tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                allowed_tools_type_1 = ResponseMcpToolAllowedToolsType1.from_dict(data)

                return allowed_tools_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | ResponseMcpToolAllowedToolsType1 | Unset, data)

        allowed_tools = _parse_allowed_tools(d.pop("allowed_tools", UNSET))

        def _parse_require_approval(
            data: object,
        ) -> None | ResponseMcpToolRequireApprovalType0 | ResponseMcpToolRequireApprovalType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                require_approval_type_0 = check_response_mcp_tool_require_approval_type_0(data)

                return require_approval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                require_approval_type_1 = ResponseMcpToolRequireApprovalType1.from_dict(data)

                return require_approval_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseMcpToolRequireApprovalType0 | ResponseMcpToolRequireApprovalType1 | Unset, data)

        require_approval = _parse_require_approval(d.pop("require_approval", UNSET))

        response_mcp_tool = cls(
            type_=type_,
            server_label=server_label,
            server_url=server_url,
            connector_id=connector_id,
            authorization=authorization,
            server_description=server_description,
            headers=headers,
            allowed_tools=allowed_tools,
            require_approval=require_approval,
        )

        return response_mcp_tool

    @property
    def type(self) -> Literal["mcp"]:
        """`type` as on the wire (the field is stored as `type_`)."""
        return self.type_
