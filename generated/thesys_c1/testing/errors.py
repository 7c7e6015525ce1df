"""The error the local server answers with, in the OpenAI error shape that C1 uses."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def _error_type(status: int) -> str:
    if status == 429:
        return "rate_limit_error"
    if status >= 500:
        return "server_error"
    return "invalid_request_error"


class ApiError(Exception):
    """Raised anywhere while handling a request; becomes the HTTP answer.

    The body is ``{"error": {"message", "type", "param", "code"}}`` so that any
    OpenAI-compatible client reads it as it reads an error from C1.
    """

    def __init__(
        self,
        status: int,
        message: str,
        *,
        param: str | None = None,
        code: str | None = None,
        error_type: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param
        self.code = code
        self.error_type = error_type or _error_type(status)
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        return {"error": {"message": self.message, "type": self.error_type, "param": self.param, "code": self.code}}


def not_found(what: str, object_id: str, param: str | None, code: str) -> ApiError:
    return ApiError(404, f"No {what} with id {object_id!r} was found.", param=param, code=code)
