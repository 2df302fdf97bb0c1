"""Authress connection lists: opaque cursor paging, the `filter` search, and their refusals."""

from __future__ import annotations

from collections.abc import Iterator
from typing import assert_type

import httpx
import pytest
from authress_api.api.connections import create_connection, delete_connection, get_connections
from authress_api.models import Connection, ConnectionCollection, PaginationNext, ResponseError
from authress_api.types import UNSET, Unset

from sessionward.testing import AuthressCredentials, Simulator, serve
from sessionward.testing._authress import AuthressAPI
from tests.authress.simulator.test_auth import AuthressCaller, Mode, mint

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["sync", "async"])
def authress(request: pytest.FixtureRequest, authress_sim: Simulator) -> AuthressCaller:
    mode: Mode = request.param
    key = authress_sim.credentials["service_client_access_key"]
    return AuthressCaller(authress_sim, mode, mint(key, authress_sim.base_url))


async def _page(
    authress: AuthressCaller, *, limit: int, cursor: str | None = None, filter_: str | None = None
) -> tuple[list[str], str | None]:
    response = await authress.call(
        get_connections, limit=limit, cursor=cursor or UNSET, filter_=filter_ or UNSET
    )
    assert response.status_code == 200, response.content
    page = response.parsed
    assert isinstance(page, ConnectionCollection)
    ids = [str(connection.connection_id) for connection in page.connections]
    next_page = None if isinstance(page.pagination, Unset) else page.pagination.next_
    if isinstance(next_page, PaginationNext):
        return ids, next_page.cursor
    return ids, None


async def _walk(authress: AuthressCaller, *, limit: int, filter_: str | None = None) -> list[str]:
    ids: list[str] = []
    cursor: str | None = None
    while True:
        page, cursor = await _page(authress, limit=limit, cursor=cursor, filter_=filter_)
        assert len(page) <= limit
        ids += page
        if cursor is None:
            return ids
        assert len(page) == limit  # only a full page has a next one


async def test_cursor_paging_visits_every_connection_once_in_id_order(
    authress: AuthressCaller,
) -> None:
    everything = await _walk(authress, limit=100)
    assert len(everything) == 20
    assert everything == sorted(everything)
    for limit in (1, 3, 7, 20):
        assert await _walk(authress, limit=limit) == everything


async def test_the_last_page_has_no_next_cursor(authress: AuthressCaller) -> None:
    first, cursor = await _page(authress, limit=15)
    assert cursor is not None
    rest, after_rest = await _page(authress, limit=15, cursor=cursor)
    assert len(first) + len(rest) == 20
    assert after_rest is None
    exact, after_exact = await _page(authress, limit=20)
    assert len(exact) == 20
    assert after_exact is None


async def test_paging_survives_changes_between_pages(authress: AuthressCaller) -> None:
    first, cursor = await _page(authress, limit=5)
    assert cursor is not None
    assert (await authress.call(delete_connection, first[-1])).status_code == 204
    body = Connection.from_dict({"connectionId": "zzz-added-later", "type": "PASSWORD"})
    assert (await authress.call(create_connection, body=body)).status_code == 201
    rest = []
    while cursor is not None:
        page, cursor = await _page(authress, limit=5, cursor=cursor)
        rest += page
    assert not set(first) & set(rest)
    assert rest[-1] == "zzz-added-later"
    assert len(first) + len(rest) == 21


async def test_filter_is_a_case_insensitive_search(authress: AuthressCaller) -> None:
    assert await _walk(authress, limit=100, filter_="GOOGLEAPIS") == ["google"]
    acme = await _walk(authress, limit=100, filter_="acme")
    assert "okta-acme" in acme
    everything = await _walk(authress, limit=100)
    saml = [connection for connection in everything if connection.startswith("saml-")]
    assert set(saml) <= set(await _walk(authress, limit=100, filter_="okta.com"))
    assert await _walk(authress, limit=2, filter_="okta.com") == await _walk(
        authress, limit=100, filter_="okta.com"
    )
    assert await _walk(authress, limit=10, filter_="no connection has this text") == []


@pytest.mark.parametrize("cursor", ["not-base64!", "eyJub3QiOiJjdXJzb3IifQ", "W10"])
async def test_a_cursor_it_did_not_issue_is_invalid(authress: AuthressCaller, cursor: str) -> None:
    response = await authress.call(get_connections, cursor=cursor)
    assert response.status_code == 400
    assert isinstance(response.parsed, ResponseError)
    assert response.parsed.error_code == "InvalidCursor"


@pytest.mark.parametrize("limit", ["0", "-5", "ten"])
def test_a_limit_below_one_is_invalid(authress_sim: Simulator, limit: str) -> None:
    token = mint(authress_sim.credentials["service_client_access_key"], authress_sim.base_url)
    with httpx.Client(
        base_url=authress_sim.base_url, headers={"Authorization": f"Bearer {token}"}
    ) as client:
        response = client.get("/v1/connections", params={"limit": limit})
    assert response.status_code == 400
    assert response.headers["content-type"] == "application/links+json"
    assert response.json()["errorCode"] == "InvalidRequest"
    assert response.json()["title"].startswith("The request is invalid: limit ")


@pytest.fixture(scope="module")
def large_sim() -> Iterator[Simulator[AuthressCredentials]]:
    with serve("authress", size=5_000) as sim:
        # mypy --strict checks that the key's overload types the credentials.
        assert_type(sim, Simulator[AuthressCredentials])
        yield sim


def test_a_large_account_pages_through_thousands(large_sim: Simulator) -> None:
    token = mint(large_sim.credentials["service_client_access_key"], large_sim.base_url)
    seen = 0
    cursor: str | None = None
    with httpx.Client(
        base_url=large_sim.base_url, headers={"Authorization": f"Bearer {token}"}
    ) as client:
        while True:
            params = {"limit": "1000", **({"cursor": cursor} if cursor else {})}
            body = client.get("/v1/connections", params=params).json()
            seen += len(body["connections"])
            cursor = body.get("pagination", {}).get("next", {}).get("cursor")
            if cursor is None:
                break
    assert seen == 5_000 == len(AuthressAPI(size=5_000).connections)
