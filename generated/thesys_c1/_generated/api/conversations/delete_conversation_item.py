from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversation import Conversation
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    conversation_id: str,
    item_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/conversations/{conversation_id}/items/{item_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Conversation | ErrorResponse | None:
    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = ErrorResponse.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if 200 <= response.status_code <= 299:
        response_2xx = Conversation.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Conversation | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Conversation | ErrorResponse]:
    """Delete a conversation item

     Removes one item from a conversation and returns the conversation.

    Args:
        conversation_id (str):
        item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Conversation | ErrorResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        item_id=item_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Conversation | ErrorResponse | None:
    """Delete a conversation item

     Removes one item from a conversation and returns the conversation.

    Args:
        conversation_id (str):
        item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Conversation | ErrorResponse
    """

    return sync_detailed(
        conversation_id=conversation_id,
        item_id=item_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Conversation | ErrorResponse]:
    """Delete a conversation item

     Removes one item from a conversation and returns the conversation.

    Args:
        conversation_id (str):
        item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Conversation | ErrorResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        item_id=item_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Conversation | ErrorResponse | None:
    """Delete a conversation item

     Removes one item from a conversation and returns the conversation.

    Args:
        conversation_id (str):
        item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Conversation | ErrorResponse
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            item_id=item_id,
            client=client,
        )
    ).parsed
