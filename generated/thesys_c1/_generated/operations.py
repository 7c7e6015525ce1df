"""Every operation of the effective spec as the client sends it: method, path, parameters and answer schemas."""

from typing import Final

from .._lib.operations import Operation

CREATE_CHAT_COMPLETION: Final = Operation(
    operation_id="createChatCompletion",
    method="POST",
    path="/embed/chat/completions",
    path_params=(),
    query_params={},
    has_body=True,
    result_schema="ChatCompletion",
    event_schema="ChatCompletionChunk",
)

CREATE_CONVERSATION: Final = Operation(
    operation_id="createConversation",
    method="POST",
    path="/conversations",
    path_params=(),
    query_params={},
    has_body=True,
    result_schema="Conversation",
    event_schema=None,
)

RETRIEVE_CONVERSATION: Final = Operation(
    operation_id="retrieveConversation",
    method="GET",
    path="/conversations/{conversation_id}",
    path_params=("conversation_id",),
    query_params={},
    has_body=False,
    result_schema="Conversation",
    event_schema=None,
)

UPDATE_CONVERSATION: Final = Operation(
    operation_id="updateConversation",
    method="POST",
    path="/conversations/{conversation_id}",
    path_params=("conversation_id",),
    query_params={},
    has_body=True,
    result_schema="Conversation",
    event_schema=None,
)

DELETE_CONVERSATION: Final = Operation(
    operation_id="deleteConversation",
    method="DELETE",
    path="/conversations/{conversation_id}",
    path_params=("conversation_id",),
    query_params={},
    has_body=False,
    result_schema="ConversationDeleted",
    event_schema=None,
)

CREATE_CONVERSATION_ITEMS: Final = Operation(
    operation_id="createConversationItems",
    method="POST",
    path="/conversations/{conversation_id}/items",
    path_params=("conversation_id",),
    query_params={"include": {"type": "array", "items": {"type": "string"}}},
    has_body=True,
    result_schema="ConversationItemList",
    event_schema=None,
)

LIST_CONVERSATION_ITEMS: Final = Operation(
    operation_id="listConversationItems",
    method="GET",
    path="/conversations/{conversation_id}/items",
    path_params=("conversation_id",),
    query_params={
        "after": {"type": "string"},
        "limit": {"type": "integer", "minimum": 1, "maximum": 100},
        "order": {"$ref": "#/components/schemas/ConversationItemOrder"},
        "include": {"type": "array", "items": {"type": "string"}},
    },
    has_body=False,
    result_schema="ConversationItemList",
    event_schema=None,
)

RETRIEVE_CONVERSATION_ITEM: Final = Operation(
    operation_id="retrieveConversationItem",
    method="GET",
    path="/conversations/{conversation_id}/items/{item_id}",
    path_params=("conversation_id", "item_id"),
    query_params={"include": {"type": "array", "items": {"type": "string"}}},
    has_body=False,
    result_schema="ConversationItem",
    event_schema=None,
)

DELETE_CONVERSATION_ITEM: Final = Operation(
    operation_id="deleteConversationItem",
    method="DELETE",
    path="/conversations/{conversation_id}/items/{item_id}",
    path_params=("conversation_id", "item_id"),
    query_params={},
    has_body=False,
    result_schema="Conversation",
    event_schema=None,
)

CREATE_RESPONSE: Final = Operation(
    operation_id="createResponse",
    method="POST",
    path="/embed/responses",
    path_params=(),
    query_params={},
    has_body=True,
    result_schema="Response",
    event_schema="ResponseStreamEvent",
)

OPERATIONS: Final[dict[str, Operation]] = {
    "createChatCompletion": CREATE_CHAT_COMPLETION,
    "createConversation": CREATE_CONVERSATION,
    "retrieveConversation": RETRIEVE_CONVERSATION,
    "updateConversation": UPDATE_CONVERSATION,
    "deleteConversation": DELETE_CONVERSATION,
    "createConversationItems": CREATE_CONVERSATION_ITEMS,
    "listConversationItems": LIST_CONVERSATION_ITEMS,
    "retrieveConversationItem": RETRIEVE_CONVERSATION_ITEM,
    "deleteConversationItem": DELETE_CONVERSATION_ITEM,
    "createResponse": CREATE_RESPONSE,
}
