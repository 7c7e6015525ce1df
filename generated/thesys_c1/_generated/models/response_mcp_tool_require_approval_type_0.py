from typing import Literal

ResponseMcpToolRequireApprovalType0 = Literal["always", "never"]

RESPONSE_MCP_TOOL_REQUIRE_APPROVAL_TYPE_0_VALUES: set[ResponseMcpToolRequireApprovalType0] = {
    "always",
    "never",
}


def check_response_mcp_tool_require_approval_type_0(value: str) -> ResponseMcpToolRequireApprovalType0:
    if value in RESPONSE_MCP_TOOL_REQUIRE_APPROVAL_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_MCP_TOOL_REQUIRE_APPROVAL_TYPE_0_VALUES!r}")
