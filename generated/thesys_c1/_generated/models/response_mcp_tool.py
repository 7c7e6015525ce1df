from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .. import models as _models
from ..models.response_mcp_tool_require_approval_type_0 import (
    ResponseMcpToolRequireApprovalType0,
)
from ..types import (
    GeneratedModel,
    ShapeError,
    at,
    bad,
    decode,
    encode,
    keep_nulls,
    missing,
    new_model,
    not_const,
    not_object,
)

if TYPE_CHECKING:
    from ..models.response_mcp_tool_allowed_tools_type_1 import ResponseMcpToolAllowedToolsType1
    from ..models.response_mcp_tool_headers_type_0 import ResponseMcpToolHeadersType0
    from ..models.response_mcp_tool_require_approval_type_1 import ResponseMcpToolRequireApprovalType1


_KNOWN_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "server_label",
        "server_url",
        "connector_id",
        "authorization",
        "server_description",
        "headers",
        "allowed_tools",
        "require_approval",
    }
)
_ABSENT: Any = object()


@_attrs_define
class ResponseMcpTool(GeneratedModel):
    """Tools offered by a remote MCP server or a connector."""

    type: Literal["mcp"]
    """ Always `mcp`. """

    server_label: str
    """ A label for the server, used in tool calls. """

    server_url: str | None = None
    """ The server's URL; give this or `connector_id`. """

    connector_id: str | None = None
    """ A service connector, such as `connector_gmail`; give this or `server_url`. """

    authorization: str | None = None
    """ An OAuth access token for the server or connector. """

    server_description: str | None = None
    """ What the server offers, to help the model. """

    headers: None | ResponseMcpToolHeadersType0 = None
    """ HTTP headers to send to the server. """

    allowed_tools: list[str] | None | ResponseMcpToolAllowedToolsType1 = None
    """ The server's tools the model may use, by name or by filter. """

    require_approval: None | ResponseMcpToolRequireApprovalType0 | ResponseMcpToolRequireApprovalType1 = None
    """ Which tool calls need approval first: `always`, `never`, or a filter object with `always` and `never` lists.
    """

    _wire_type: ClassVar[str | None] = "mcp"

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type
        field_dict["server_label"] = self.server_label
        if self.server_url is not None:
            field_dict["server_url"] = self.server_url
        if self.connector_id is not None:
            field_dict["connector_id"] = self.connector_id
        if self.authorization is not None:
            field_dict["authorization"] = self.authorization
        if self.server_description is not None:
            field_dict["server_description"] = self.server_description
        if self.headers is not None:
            field_dict["headers"] = self.headers.to_dict()
        elif "headers" in getattr(self, "_null_keys", ()):
            field_dict["headers"] = None
        if self.allowed_tools is not None:
            field_dict["allowed_tools"] = encode(self.allowed_tools)
        elif "allowed_tools" in getattr(self, "_null_keys", ()):
            field_dict["allowed_tools"] = None
        if self.require_approval is not None:
            field_dict["require_approval"] = encode(self.require_approval)
        elif "require_approval" in getattr(self, "_null_keys", ()):
            field_dict["require_approval"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """The object of decoded JSON, every field checked against its JSON type; ShapeError names the one at fault."""
        d = src_dict
        if type(d) is not dict:
            if not isinstance(d, Mapping):
                raise not_object(d)
            d = dict(d)
        nulls: tuple[str, ...] = ()
        get = d.get
        try:
            v_type_ = d["type"]
            v_server_label = d["server_label"]
        except KeyError as error:
            raise missing(error.args[0]) from None
        if v_type_ != "mcp" or type(v_type_) is not str:
            raise at("type", not_const(v_type_, "mcp"))

        if not type(v_server_label) is str:
            raise at("server_label", bad(v_server_label, "string"))

        v_server_url = get("server_url", _ABSENT)
        if v_server_url is _ABSENT:
            v_server_url = None
        else:
            if not type(v_server_url) is str:
                raise at("server_url", bad(v_server_url, "string"))

        v_connector_id = get("connector_id", _ABSENT)
        if v_connector_id is _ABSENT:
            v_connector_id = None
        else:
            if not type(v_connector_id) is str:
                raise at("connector_id", bad(v_connector_id, "string"))

        v_authorization = get("authorization", _ABSENT)
        if v_authorization is _ABSENT:
            v_authorization = None
        else:
            if not type(v_authorization) is str:
                raise at("authorization", bad(v_authorization, "string"))

        v_server_description = get("server_description", _ABSENT)
        if v_server_description is _ABSENT:
            v_server_description = None
        else:
            if not type(v_server_description) is str:
                raise at("server_description", bad(v_server_description, "string"))

        v_headers = get("headers", _ABSENT)
        if v_headers is _ABSENT:
            v_headers = None
        elif v_headers is None:
            nulls += ("headers",)
        else:
            if type(v_headers) is not dict:
                raise at("headers", bad(v_headers, "object or null"))
            try:
                v_headers = _models.ResponseMcpToolHeadersType0.from_dict(v_headers)
            except ShapeError as error:
                raise at("headers", error) from None

        v_allowed_tools = get("allowed_tools", _ABSENT)
        if v_allowed_tools is _ABSENT:
            v_allowed_tools = None
        elif v_allowed_tools is None:
            nulls += ("allowed_tools",)
        else:
            try:
                v_allowed_tools = decode(
                    v_allowed_tools,
                    (
                        "union",
                        (
                            ("list", "string"),
                            ("model", "ResponseMcpToolAllowedToolsType1"),
                            "null",
                        ),
                    ),
                )
            except ShapeError as error:
                raise at("allowed_tools", error) from None

        v_require_approval = get("require_approval", _ABSENT)
        if v_require_approval is _ABSENT:
            v_require_approval = None
        elif v_require_approval is None:
            nulls += ("require_approval",)
        else:
            try:
                v_require_approval = decode(
                    v_require_approval,
                    (
                        "union",
                        (
                            "string",
                            ("model", "ResponseMcpToolRequireApprovalType1"),
                            "null",
                        ),
                    ),
                )
            except ShapeError as error:
                raise at("require_approval", error) from None

        obj = new_model(cls)
        obj.type = "mcp"
        obj.server_label = v_server_label
        obj.server_url = v_server_url
        obj.connector_id = v_connector_id
        obj.authorization = v_authorization
        obj.server_description = v_server_description
        obj.headers = v_headers
        obj.allowed_tools = v_allowed_tools
        obj.require_approval = v_require_approval
        if nulls:
            keep_nulls(obj, nulls)
        return obj
