from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversation_item_list import ConversationItemList
from ...models.conversation_item_order import ConversationItemOrder
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    conversation_id: str,
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ConversationItemOrder | Unset = UNSET,
    include: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order

    params["order"] = json_order

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversations/{conversation_id}/items".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationItemList | ErrorResponse | None:
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
        response_2xx = ConversationItemList.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConversationItemList | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ConversationItemOrder | Unset = UNSET,
    include: list[str] | Unset = UNSET,
) -> Response[ConversationItemList | ErrorResponse]:
    """List the items of a conversation

     Returns one page of a conversation's items. To read the next page, pass the page's `last_id` as
    `after` while `has_more` is true.

    Args:
        conversation_id (str):
        after (str | Unset):
        limit (int | Unset):
        order (ConversationItemOrder | Unset): The order in which items are listed, oldest first
            (`asc`) or newest first (`desc`).
        include (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationItemList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        after=after,
        limit=limit,
        order=order,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ConversationItemOrder | Unset = UNSET,
    include: list[str] | Unset = UNSET,
) -> ConversationItemList | ErrorResponse | None:
    """List the items of a conversation

     Returns one page of a conversation's items. To read the next page, pass the page's `last_id` as
    `after` while `has_more` is true.

    Args:
        conversation_id (str):
        after (str | Unset):
        limit (int | Unset):
        order (ConversationItemOrder | Unset): The order in which items are listed, oldest first
            (`asc`) or newest first (`desc`).
        include (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationItemList | ErrorResponse
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        after=after,
        limit=limit,
        order=order,
        include=include,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ConversationItemOrder | Unset = UNSET,
    include: list[str] | Unset = UNSET,
) -> Response[ConversationItemList | ErrorResponse]:
    """List the items of a conversation

     Returns one page of a conversation's items. To read the next page, pass the page's `last_id` as
    `after` while `has_more` is true.

    Args:
        conversation_id (str):
        after (str | Unset):
        limit (int | Unset):
        order (ConversationItemOrder | Unset): The order in which items are listed, oldest first
            (`asc`) or newest first (`desc`).
        include (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationItemList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        after=after,
        limit=limit,
        order=order,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ConversationItemOrder | Unset = UNSET,
    include: list[str] | Unset = UNSET,
) -> ConversationItemList | ErrorResponse | None:
    """List the items of a conversation

     Returns one page of a conversation's items. To read the next page, pass the page's `last_id` as
    `after` while `has_more` is true.

    Args:
        conversation_id (str):
        after (str | Unset):
        limit (int | Unset):
        order (ConversationItemOrder | Unset): The order in which items are listed, oldest first
            (`asc`) or newest first (`desc`).
        include (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationItemList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            after=after,
            limit=limit,
            order=order,
            include=include,
        )
    ).parsed
