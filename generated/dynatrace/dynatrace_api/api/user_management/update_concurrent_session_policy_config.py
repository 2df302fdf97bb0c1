from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.user_sessions_config import UserSessionsConfig
from ...types import Response


def _get_kwargs(
    *,
    body: UserSessionsConfig,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/clusterConfig/userSessions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 510:
        response_510 = ErrorEnvelope.from_dict(response.json())

        return response_510

    if response.status_code == 556:
        response_556 = ErrorEnvelope.from_dict(response.json())

        return response_556

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserSessionsConfig,
) -> Response[Any | ErrorEnvelope]:
    """Update user sessions configuration

     Replaces the cluster's user-session configuration. Set a limit to 0 for "unlimited"; if either limit
    is 0, the other must be 0 as well. Needs a token with the `ServiceProviderAPI` permission.

    Args:
        body (UserSessionsConfig): The configuration of user sessions: the concurrent-sessions
            policy and the automatic logout of inactive users.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
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
    body: UserSessionsConfig,
) -> Any | ErrorEnvelope | None:
    """Update user sessions configuration

     Replaces the cluster's user-session configuration. Set a limit to 0 for "unlimited"; if either limit
    is 0, the other must be 0 as well. Needs a token with the `ServiceProviderAPI` permission.

    Args:
        body (UserSessionsConfig): The configuration of user sessions: the concurrent-sessions
            policy and the automatic logout of inactive users.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UserSessionsConfig,
) -> Response[Any | ErrorEnvelope]:
    """Update user sessions configuration

     Replaces the cluster's user-session configuration. Set a limit to 0 for "unlimited"; if either limit
    is 0, the other must be 0 as well. Needs a token with the `ServiceProviderAPI` permission.

    Args:
        body (UserSessionsConfig): The configuration of user sessions: the concurrent-sessions
            policy and the automatic logout of inactive users.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UserSessionsConfig,
) -> Any | ErrorEnvelope | None:
    """Update user sessions configuration

     Replaces the cluster's user-session configuration. Set a limit to 0 for "unlimited"; if either limit
    is 0, the other must be 0 as well. Needs a token with the `ServiceProviderAPI` permission.

    Args:
        body (UserSessionsConfig): The configuration of user sessions: the concurrent-sessions
            policy and the automatic logout of inactive users.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
