from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_envelope import ApiErrorEnvelope
from ...models.list_api_sessions_envelope import ListApiSessionsEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api-sessions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiErrorEnvelope | ListApiSessionsEnvelope | None:
    if response.status_code == 200:
        response_200 = ListApiSessionsEnvelope.from_json(response.content)
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

    if response.status_code == 503:
        response_503 = ApiErrorEnvelope.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiErrorEnvelope | ListApiSessionsEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[ApiErrorEnvelope | ListApiSessionsEnvelope]:
    """List active API sessions

     Returns a list of active API sessions. The resources can be sorted, filtered, and paginated. This
    endpoint requires admin access.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorEnvelope | ListApiSessionsEnvelope]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> ApiErrorEnvelope | ListApiSessionsEnvelope | None:
    """List active API sessions

     Returns a list of active API sessions. The resources can be sorted, filtered, and paginated. This
    endpoint requires admin access.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorEnvelope | ListApiSessionsEnvelope
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[ApiErrorEnvelope | ListApiSessionsEnvelope]:
    """List active API sessions

     Returns a list of active API sessions. The resources can be sorted, filtered, and paginated. This
    endpoint requires admin access.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiErrorEnvelope | ListApiSessionsEnvelope]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> ApiErrorEnvelope | ListApiSessionsEnvelope | None:
    """List active API sessions

     Returns a list of active API sessions. The resources can be sorted, filtered, and paginated. This
    endpoint requires admin access.

    Args:
        limit (int | Unset):
        offset (int | Unset):
        filter_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiErrorEnvelope | ListApiSessionsEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            filter_=filter_,
        )
    ).parsed
