from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_api_response import ErrorApiResponse
from ...models.string_wrapper import StringWrapper
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/2.0/security/activeconnections/logoutallchangepassword",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorApiResponse | StringWrapper | None:
    if response.status_code == 200:
        response_200 = StringWrapper.from_json(response.content)
        return response_200

    if response.status_code == 401:
        response_401 = ErrorApiResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorApiResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorApiResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = cast(Any, None)
        return response_502

    if response.status_code == 503:
        response_503 = cast(Any, None)
        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorApiResponse | StringWrapper]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorApiResponse | StringWrapper]:
    """Log out and change password

     Logs out from all the active connections of the current user, including the current one, and sends
    the user the instructions to change their password. Returns the URL of the password-change
    confirmation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorApiResponse | StringWrapper]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorApiResponse | StringWrapper | None:
    """Log out and change password

     Logs out from all the active connections of the current user, including the current one, and sends
    the user the instructions to change their password. Returns the URL of the password-change
    confirmation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorApiResponse | StringWrapper
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorApiResponse | StringWrapper]:
    """Log out and change password

     Logs out from all the active connections of the current user, including the current one, and sends
    the user the instructions to change their password. Returns the URL of the password-change
    confirmation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorApiResponse | StringWrapper]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorApiResponse | StringWrapper | None:
    """Log out and change password

     Logs out from all the active connections of the current user, including the current one, and sends
    the user the instructions to change their password. Returns the URL of the password-change
    confirmation.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorApiResponse | StringWrapper
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
