from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_envelope import ApiErrorEnvelope
from ...models.auth_method import AuthMethod
from ...models.authenticate import Authenticate
from ...models.current_api_session_detail_envelope import CurrentApiSessionDetailEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: Authenticate | Unset = UNSET,
    method: AuthMethod,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_method = method.value
    params["method"] = json_method

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/authenticate",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorEnvelope | CurrentApiSessionDetailEnvelope | None:
    if response.status_code == 200:
        response_200 = CurrentApiSessionDetailEnvelope.from_json(response.content)
        return response_200

    if response.status_code == 400:
        response_400 = ApiErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ApiErrorEnvelope.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiErrorEnvelope | CurrentApiSessionDetailEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Authenticate | Unset = UNSET,
    method: AuthMethod,
) -> Response[ApiErrorEnvelope | CurrentApiSessionDetailEnvelope]:
    """Authenticate via a method supplied via a query string parameter

     Creates an API session. Allowed authentication methods are "password", "cert" and "ext-jwt"; the
    body fields required depend on the method (`password` needs username and password; `cert` needs a
    client certificate on the TLS connection and no body). The returned `data.token` is the value of the
    `zt-session` header for later calls.

    Args:
        method (AuthMethod): Authentication method of a `POST /authenticate` call.
        body (Authenticate | Unset): A generic authenticate object meant for use with the
            /authenticate path. Required fields depend on authentication method.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorEnvelope | CurrentApiSessionDetailEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        method=method,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: Authenticate | Unset = UNSET,
    method: AuthMethod,
) -> ApiErrorEnvelope | CurrentApiSessionDetailEnvelope | None:
    """Authenticate via a method supplied via a query string parameter

     Creates an API session. Allowed authentication methods are "password", "cert" and "ext-jwt"; the
    body fields required depend on the method (`password` needs username and password; `cert` needs a
    client certificate on the TLS connection and no body). The returned `data.token` is the value of the
    `zt-session` header for later calls.

    Args:
        method (AuthMethod): Authentication method of a `POST /authenticate` call.
        body (Authenticate | Unset): A generic authenticate object meant for use with the
            /authenticate path. Required fields depend on authentication method.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorEnvelope | CurrentApiSessionDetailEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        method=method,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Authenticate | Unset = UNSET,
    method: AuthMethod,
) -> Response[ApiErrorEnvelope | CurrentApiSessionDetailEnvelope]:
    """Authenticate via a method supplied via a query string parameter

     Creates an API session. Allowed authentication methods are "password", "cert" and "ext-jwt"; the
    body fields required depend on the method (`password` needs username and password; `cert` needs a
    client certificate on the TLS connection and no body). The returned `data.token` is the value of the
    `zt-session` header for later calls.

    Args:
        method (AuthMethod): Authentication method of a `POST /authenticate` call.
        body (Authenticate | Unset): A generic authenticate object meant for use with the
            /authenticate path. Required fields depend on authentication method.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorEnvelope | CurrentApiSessionDetailEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        method=method,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Authenticate | Unset = UNSET,
    method: AuthMethod,
) -> ApiErrorEnvelope | CurrentApiSessionDetailEnvelope | None:
    """Authenticate via a method supplied via a query string parameter

     Creates an API session. Allowed authentication methods are "password", "cert" and "ext-jwt"; the
    body fields required depend on the method (`password` needs username and password; `cert` needs a
    client certificate on the TLS connection and no body). The returned `data.token` is the value of the
    `zt-session` header for later calls.

    Args:
        method (AuthMethod): Authentication method of a `POST /authenticate` call.
        body (Authenticate | Unset): A generic authenticate object meant for use with the
            /authenticate path. Required fields depend on authentication method.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorEnvelope | CurrentApiSessionDetailEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            method=method,
        )
    ).parsed
