from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.response_error import ResponseError
from ...models.user_connection_credentials import UserConnectionCredentials
from ...types import Response


def _get_kwargs(
    connection_id: str,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/connections/{connection_id}/users/{user_id}/credentials".format(
            connection_id=quote(str(connection_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseError | UserConnectionCredentials | None:
    if response.status_code == 200:
        response_200 = UserConnectionCredentials.from_json(response.content)
        return response_200

    if response.status_code == 401:
        response_401 = ResponseError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ResponseError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ResponseError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseError | UserConnectionCredentials]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    connection_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ResponseError | UserConnectionCredentials]:
    """Retrieve user connection credentials

     Get the credentials for the user that were generated as part of the latest user login flow. Returns
    an access token that can be used with originating connection provider, based on the original scopes
    and approved permissions by that service.

    Args:
        connection_id (str): The connection identifier.
        user_id (str): The Authress user ID (not the provider's user ID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseError | UserConnectionCredentials]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    connection_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ResponseError | UserConnectionCredentials | None:
    """Retrieve user connection credentials

     Get the credentials for the user that were generated as part of the latest user login flow. Returns
    an access token that can be used with originating connection provider, based on the original scopes
    and approved permissions by that service.

    Args:
        connection_id (str): The connection identifier.
        user_id (str): The Authress user ID (not the provider's user ID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseError | UserConnectionCredentials
    """

    return sync_detailed(
        connection_id=connection_id,
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    connection_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ResponseError | UserConnectionCredentials]:
    """Retrieve user connection credentials

     Get the credentials for the user that were generated as part of the latest user login flow. Returns
    an access token that can be used with originating connection provider, based on the original scopes
    and approved permissions by that service.

    Args:
        connection_id (str): The connection identifier.
        user_id (str): The Authress user ID (not the provider's user ID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseError | UserConnectionCredentials]
    """

    kwargs = _get_kwargs(
        connection_id=connection_id,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    connection_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ResponseError | UserConnectionCredentials | None:
    """Retrieve user connection credentials

     Get the credentials for the user that were generated as part of the latest user login flow. Returns
    an access token that can be used with originating connection provider, based on the original scopes
    and approved permissions by that service.

    Args:
        connection_id (str): The connection identifier.
        user_id (str): The Authress user ID (not the provider's user ID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseError | UserConnectionCredentials
    """

    return (
        await asyncio_detailed(
            connection_id=connection_id,
            user_id=user_id,
            client=client,
        )
    ).parsed
