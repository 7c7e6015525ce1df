"""The routes: every operation of the effective spec, mounted under /v1 (and Conversations also bare)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from starlette.responses import Response

from .._lib import spec
from . import chat_api, conversations_api, responses_api
from .errors import ApiError
from .request_context import Call
from .unhandled import handler_for

API_PREFIX = "/v1"
# The docs page builds its conversations client on the bare host, so these also answer without /v1.
BARE_PATH_TAGS = frozenset({"conversations"})

Handler = Callable[[Call], Response]

HANDLERS: dict[str, Handler] = {
    "createChatCompletion": chat_api.create_chat_completion,
    "createResponse": responses_api.create_response,
    "createConversation": conversations_api.create_conversation,
    "retrieveConversation": conversations_api.retrieve_conversation,
    "updateConversation": conversations_api.update_conversation,
    "deleteConversation": conversations_api.delete_conversation,
    "createConversationItems": conversations_api.create_conversation_items,
    "listConversationItems": conversations_api.list_conversation_items,
    "retrieveConversationItem": conversations_api.retrieve_conversation_item,
    "deleteConversationItem": conversations_api.delete_conversation_item,
}


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    pattern: re.Pattern[str]
    operation_id: str
    operation: dict[str, Any]
    parameters: tuple[dict[str, Any], ...]
    handler: Handler


def _compile(path: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", path)
    regex = "".join(re.escape(part) if index % 2 == 0 else f"(?P<{part}>[^/]+)" for index, part in enumerate(parts))
    return re.compile(f"\\A{regex}\\Z")


def spec_routes() -> list[Route]:
    """A route for every operation of the effective spec; one without a handler is answered by ``unhandled``."""
    document = spec.effective_spec()
    routes = []
    for operation_id, (method, path, operation) in spec.operations().items():
        handler = HANDLERS.get(operation_id) or handler_for(operation_id, method, path, operation)
        shared = document["paths"][path].get("parameters", [])
        parameters = tuple(spec.resolve(p) for p in [*shared, *operation.get("parameters", [])])
        mounts = [API_PREFIX + path]
        if BARE_PATH_TAGS & set(operation.get("tags", ())):
            mounts.append(path)
        for mount in mounts:
            routes.append(Route(method, mount, _compile(mount), operation_id, operation, parameters, handler))
    return routes


def find_route(routes: list[Route], method: str, path: str) -> tuple[Route, dict[str, str]]:
    for route in routes:
        match = route.pattern.match(path)
        if match and route.method == method:
            return route, match.groupdict()
    raise ApiError(
        404,
        f"No route for {method} {path}. This server answers {API_PREFIX}/embed/chat/completions, "
        f"{API_PREFIX}/embed/responses and {API_PREFIX}/conversations (also at /conversations).",
        code="not_found",
    )
