"""Client options: views with other defaults, per-call options, transport safety, lifecycle."""

from __future__ import annotations

import httpx
import pytest

from sessionward.core import request_options
from sessionward.testing import Simulator
from sessionward.ziti import AsyncZiti, InsecureTransportError, InternalServerError
from tests._support import Mode
from tests.ziti._support import Twin, answered, operations
from tests.ziti.conftest import MakeTwin

pytestmark = pytest.mark.anyio


async def test_a_view_has_its_own_defaults_and_shares_the_login(
    ziti: Twin, ziti_sim: Simulator
) -> None:
    view = Twin(ziti.client.with_options(timeout=3.5, max_retries=0, headers={"X-Case": "42"}))

    await ziti.call("current_session")
    await view.call("current_session")

    assert view.client.timeout == httpx.Timeout(3.5)
    assert view.client.max_retries == 0
    assert ziti.client.max_retries == 2  # the original is unchanged
    assert type(view.client) is type(ziti.client)
    assert operations(ziti_sim).count("authenticate") == 1
    assert "x-case" in ziti_sim.requests()[-1].headers
    assert "x-case" not in ziti_sim.requests()[-2].headers


async def test_a_view_without_retries_raises_at_once(ziti: Twin, ziti_sim: Simulator) -> None:
    await ziti.call("current_session")
    ziti_sim.inject_fault("GET", "/current-api-session", status=503)

    with pytest.raises(InternalServerError):
        await Twin(ziti.client.with_options(max_retries=0)).call("current_session")

    assert answered(ziti_sim, "get_current_api_session") == [200, 503]


async def test_per_call_options_apply_to_one_call(ziti: Twin, ziti_sim: Simulator) -> None:
    await ziti.call("current_session")
    ziti_sim.inject_fault("GET", "/current-api-session", status=503)

    with request_options(max_retries=0), pytest.raises(InternalServerError):
        await ziti.call("current_session")
    await ziti.call("current_session")

    assert answered(ziti_sim, "get_current_api_session") == [200, 503, 200]


@pytest.mark.parametrize(
    "credentials", [{"session_token": "t"}, {"username": "u", "password": "p"}]
)
async def test_credentials_are_refused_over_plain_http_to_a_remote_host(
    mode: Mode, credentials: dict[str, str]
) -> None:
    twin = Twin.build(mode, "http://ziti.example.com", **credentials)
    try:
        with pytest.raises(InsecureTransportError, match="https"):
            await twin.call("current_session")
    finally:
        await twin.close()


async def test_the_async_client_closes_with_async_with(ziti_sim: Simulator) -> None:
    credentials = ziti_sim.credentials
    async with AsyncZiti(
        ziti_sim.base_url, username=credentials["username"], password=credentials["password"]
    ) as ziti:
        current = await ziti.current_session()
    assert current.identity.name == "Default Admin"
    assert ziti.http_client.is_closed


async def test_a_user_agent_names_the_overlay(make: MakeTwin, ziti_sim: Simulator) -> None:
    ziti = make(session_token="t")
    assert "sessionward-ziti/" in ziti.client.http_client.headers["User-Agent"]
    assert "sessionward-core/" in ziti.client.http_client.headers["User-Agent"]


async def test_an_auth_lent_to_a_client_of_the_other_kind_refuses_to_log_in(
    ziti_sim: Simulator,
) -> None:
    # The strategy holds only its own twin's login: the password never goes through a client
    # the core did not configure.
    credentials = ziti_sim.credentials
    async with AsyncZiti(
        ziti_sim.base_url, username=credentials["username"], password=credentials["password"]
    ) as ziti:
        with httpx.Client(auth=ziti.auth) as foreign, pytest.raises(TypeError, match="login"):
            foreign.get(f"{ziti_sim.base_url}current-api-session")
    assert not [record for record in ziti_sim.requests() if "authenticate" in record.path]
