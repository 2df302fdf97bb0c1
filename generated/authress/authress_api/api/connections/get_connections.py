from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connection_collection import ConnectionCollection
from ...models.response_error import ResponseError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/connections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConnectionCollection | ResponseError | None:
    if response.status_code == 200:
        response_200 = ConnectionCollection.from_json(response.content)
        return response_200

    if response.status_code == 400:
        response_400 = ResponseError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ResponseError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ResponseError.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConnectionCollection | ResponseError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[ConnectionCollection | ResponseError]:
    """List SSO connections

     Returns a paginated connection list for the account. Only connections the user has access to are
    returned.

    Args:
        limit (int | Unset): Max number of results to return. Default: 100.
        cursor (str | Unset): The `pagination.next.cursor` of the previous page.
        filter_ (str | Unset): Case-insensitive search over the text properties of a connection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionCollection | ResponseError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> ConnectionCollection | ResponseError | None:
    """List SSO connections

     Returns a paginated connection list for the account. Only connections the user has access to are
    returned.

    Args:
        limit (int | Unset): Max number of results to return. Default: 100.
        cursor (str | Unset): The `pagination.next.cursor` of the previous page.
        filter_ (str | Unset): Case-insensitive search over the text properties of a connection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionCollection | ResponseError
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[ConnectionCollection | ResponseError]:
    """List SSO connections

     Returns a paginated connection list for the account. Only connections the user has access to are
    returned.

    Args:
        limit (int | Unset): Max number of results to return. Default: 100.
        cursor (str | Unset): The `pagination.next.cursor` of the previous page.
        filter_ (str | Unset): Case-insensitive search over the text properties of a connection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionCollection | ResponseError]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> ConnectionCollection | ResponseError | None:
    """List SSO connections

     Returns a paginated connection list for the account. Only connections the user has access to are
    returned.

    Args:
        limit (int | Unset): Max number of results to return. Default: 100.
        cursor (str | Unset): The `pagination.next.cursor` of the previous page.
        filter_ (str | Unset): Case-insensitive search over the text properties of a connection.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionCollection | ResponseError
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            filter_=filter_,
        )
    ).parsed
