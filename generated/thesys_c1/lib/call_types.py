"""Keyword-argument types of the client's methods, for mypy and editors only.

Each combines the generated ``<OperationId>Params`` (the request body as the
spec describes it, without ``stream``) with the per-call ``RequestOptions``.
Imported under ``TYPE_CHECKING`` only: the generated TypedDicts need
``typing_extensions``, which the package does not require at run time.
"""

from __future__ import annotations

from .._generated.params import (
    CreateChatCompletionParams,
    CreateConversationItemsParams,
    CreateConversationParams,
    CreateResponseParams,
    UpdateConversationParams,
)
from .options import RequestOptions


class ChatCompletionCreateArgs(CreateChatCompletionParams, RequestOptions):
    pass


class ResponseCreateArgs(CreateResponseParams, RequestOptions):
    pass


class ConversationCreateArgs(CreateConversationParams, RequestOptions):
    pass


class ConversationUpdateArgs(UpdateConversationParams, RequestOptions):
    pass


class ConversationItemsCreateArgs(CreateConversationItemsParams, RequestOptions):
    pass
