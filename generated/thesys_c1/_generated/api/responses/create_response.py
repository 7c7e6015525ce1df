from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_response_request import CreateResponseRequest
from ...models.error_response import ErrorResponse
from ...models.response_object import ResponseObject
from ...types import Response


def _get_kwargs(
    *,
    body: CreateResponseRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/embed/responses",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ResponseObject | None:
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
        response_2xx = ResponseObject.from_dict(response.json())

        return response_2xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ResponseObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateResponseRequest,
) -> Response[ErrorResponse | ResponseObject]:
    """Create a model response

     Generates the model's next output items from the given input. With `stream: true` the answer arrives
    as server-sent events: each event's `event:` name equals the JSON `type` of its `data:` payload,
    every payload carries a `sequence_number`, and the stream ends with `data: [DONE]`. Event types a
    client does not know must be ignored.

    Args:
        body (CreateResponseRequest): The body of a request that creates a model response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResponseObject]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateResponseRequest,
) -> ErrorResponse | ResponseObject | None:
    """Create a model response

     Generates the model's next output items from the given input. With `stream: true` the answer arrives
    as server-sent events: each event's `event:` name equals the JSON `type` of its `data:` payload,
    every payload carries a `sequence_number`, and the stream ends with `data: [DONE]`. Event types a
    client does not know must be ignored.

    Args:
        body (CreateResponseRequest): The body of a request that creates a model response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResponseObject
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateResponseRequest,
) -> Response[ErrorResponse | ResponseObject]:
    """Create a model response

     Generates the model's next output items from the given input. With `stream: true` the answer arrives
    as server-sent events: each event's `event:` name equals the JSON `type` of its `data:` payload,
    every payload carries a `sequence_number`, and the stream ends with `data: [DONE]`. Event types a
    client does not know must be ignored.

    Args:
        body (CreateResponseRequest): The body of a request that creates a model response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResponseObject]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateResponseRequest,
) -> ErrorResponse | ResponseObject | None:
    """Create a model response

     Generates the model's next output items from the given input. With `stream: true` the answer arrives
    as server-sent events: each event's `event:` name equals the JSON `type` of its `data:` payload,
    every payload carries a `sequence_number`, and the stream ends with `data: [DONE]`. Event types a
    client does not know must be ignored.

    Args:
        body (CreateResponseRequest): The body of a request that creates a model response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResponseObject
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
