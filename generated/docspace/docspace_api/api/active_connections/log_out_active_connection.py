from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.boolean_wrapper import BooleanWrapper
from ...models.error_api_response import ErrorApiResponse
from ...types import Response


def _get_kwargs(
    login_event_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/2.0/security/activeconnections/logout/{login_event_id}".format(
            login_event_id=quote(str(login_event_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BooleanWrapper | ErrorApiResponse | None:
    if response.status_code == 200:
        response_200 = BooleanWrapper.from_json(response.content)
        return response_200

    if response.status_code == 400:
        response_400 = ErrorApiResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorApiResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

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
) -> Response[Any | BooleanWrapper | ErrorApiResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    login_event_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | BooleanWrapper | ErrorApiResponse]:
    """Log out from the connection

     Logs out from the connection with the login event ID specified in the request. Closing another
    user's connection needs DocSpace administrator rights.

    Args:
        login_event_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BooleanWrapper | ErrorApiResponse]
    """

    kwargs = _get_kwargs(
        login_event_id=login_event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    login_event_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | BooleanWrapper | ErrorApiResponse | None:
    """Log out from the connection

     Logs out from the connection with the login event ID specified in the request. Closing another
    user's connection needs DocSpace administrator rights.

    Args:
        login_event_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BooleanWrapper | ErrorApiResponse
    """

    return sync_detailed(
        login_event_id=login_event_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    login_event_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | BooleanWrapper | ErrorApiResponse]:
    """Log out from the connection

     Logs out from the connection with the login event ID specified in the request. Closing another
    user's connection needs DocSpace administrator rights.

    Args:
        login_event_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BooleanWrapper | ErrorApiResponse]
    """

    kwargs = _get_kwargs(
        login_event_id=login_event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    login_event_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Any | BooleanWrapper | ErrorApiResponse | None:
    """Log out from the connection

     Logs out from the connection with the login event ID specified in the request. Closing another
    user's connection needs DocSpace administrator rights.

    Args:
        login_event_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BooleanWrapper | ErrorApiResponse
    """

    return (
        await asyncio_detailed(
            login_event_id=login_event_id,
            client=client,
        )
    ).parsed
