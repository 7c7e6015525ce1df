from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversation_message import ConversationMessage
from ...models.error_response import ErrorResponse
from ...models.response_output_function_call import ResponseOutputFunctionCall
from ...models.response_output_function_call_output import ResponseOutputFunctionCallOutput
from ...models.response_output_reasoning import ResponseOutputReasoning
from ...models.response_unknown_output_item import ResponseUnknownOutputItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    conversation_id: str,
    item_id: str,
    *,
    include: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["include"] = json_include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversations/{conversation_id}/items/{item_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ConversationMessage
    | ResponseOutputFunctionCall
    | ResponseOutputFunctionCallOutput
    | ResponseOutputReasoning
    | ResponseUnknownOutputItem
    | ErrorResponse
    | None
):
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

        def _parse_response_2xx(
            data: object,
        ) -> (
            ConversationMessage
            | ResponseOutputFunctionCall
            | ResponseOutputFunctionCallOutput
            | ResponseOutputReasoning
            | ResponseUnknownOutputItem
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_conversation_item_type_0 = ConversationMessage.from_dict(data)

                return componentsschemas_conversation_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_conversation_item_type_1 = ResponseOutputFunctionCall.from_dict(data)

                return componentsschemas_conversation_item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_conversation_item_type_2 = ResponseOutputFunctionCallOutput.from_dict(data)

                return componentsschemas_conversation_item_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_conversation_item_type_3 = ResponseOutputReasoning.from_dict(data)

                return componentsschemas_conversation_item_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_conversation_item_type_4 = ResponseUnknownOutputItem.from_dict(data)

            return componentsschemas_conversation_item_type_4

        response_2xx = _parse_response_2xx(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ConversationMessage
    | ResponseOutputFunctionCall
    | ResponseOutputFunctionCallOutput
    | ResponseOutputReasoning
    | ResponseUnknownOutputItem
    | ErrorResponse
]:
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
    include: list[str] | Unset = UNSET,
) -> Response[
    ConversationMessage
    | ResponseOutputFunctionCall
    | ResponseOutputFunctionCallOutput
    | ResponseOutputReasoning
    | ResponseUnknownOutputItem
    | ErrorResponse
]:
    """Retrieve a conversation item

     Returns one item of a conversation by its id.

    Args:
        conversation_id (str):
        item_id (str):
        include (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationMessage | ResponseOutputFunctionCall | ResponseOutputFunctionCallOutput | ResponseOutputReasoning | ResponseUnknownOutputItem | ErrorResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        item_id=item_id,
        include=include,
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
    include: list[str] | Unset = UNSET,
) -> (
    ConversationMessage
    | ResponseOutputFunctionCall
    | ResponseOutputFunctionCallOutput
    | ResponseOutputReasoning
    | ResponseUnknownOutputItem
    | ErrorResponse
    | None
):
    """Retrieve a conversation item

     Returns one item of a conversation by its id.

    Args:
        conversation_id (str):
        item_id (str):
        include (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationMessage | ResponseOutputFunctionCall | ResponseOutputFunctionCallOutput | ResponseOutputReasoning | ResponseUnknownOutputItem | ErrorResponse
    """

    return sync_detailed(
        conversation_id=conversation_id,
        item_id=item_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[str] | Unset = UNSET,
) -> Response[
    ConversationMessage
    | ResponseOutputFunctionCall
    | ResponseOutputFunctionCallOutput
    | ResponseOutputReasoning
    | ResponseUnknownOutputItem
    | ErrorResponse
]:
    """Retrieve a conversation item

     Returns one item of a conversation by its id.

    Args:
        conversation_id (str):
        item_id (str):
        include (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationMessage | ResponseOutputFunctionCall | ResponseOutputFunctionCallOutput | ResponseOutputReasoning | ResponseUnknownOutputItem | ErrorResponse]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        item_id=item_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[str] | Unset = UNSET,
) -> (
    ConversationMessage
    | ResponseOutputFunctionCall
    | ResponseOutputFunctionCallOutput
    | ResponseOutputReasoning
    | ResponseUnknownOutputItem
    | ErrorResponse
    | None
):
    """Retrieve a conversation item

     Returns one item of a conversation by its id.

    Args:
        conversation_id (str):
        item_id (str):
        include (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationMessage | ResponseOutputFunctionCall | ResponseOutputFunctionCallOutput | ResponseOutputReasoning | ResponseUnknownOutputItem | ErrorResponse
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            item_id=item_id,
            client=client,
            include=include,
        )
    ).parsed
