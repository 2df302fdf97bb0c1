"""Logging in: lazily, again after the session expired, explicitly; the session calls; logout."""

from __future__ import annotations

from typing import Any

import pytest

from sessionward.testing import Simulator
from sessionward.ziti import (
    AuthenticationError,
    CurrentApiSessionDetail,
    Ziti,
)
from tests.ziti._support import Twin, answered, operations
from tests.ziti.conftest import MakeTwin

pytestmark = pytest.mark.anyio


async def test_login_is_lazy_and_reused(make: MakeTwin, ziti_sim: Simulator) -> None:
    ziti = make()
    assert ziti_sim.requests() == []

    await ziti.call("current_session")
    await ziti.call("current_session")

    assert operations(ziti_sim) == [
        "authenticate",
        "get_current_api_session",
        "get_current_api_session",
    ]
    login = ziti_sim.requests()[0]
    assert dict(login.query) == {"method": "password"}
    assert "zt-session" not in login.headers  # the login itself carries no credential


async def test_current_session_is_the_one_the_login_opened(ziti: Twin, ziti_sim: Simulator) -> None:
    current = await ziti.call("current_session")

    assert isinstance(current, CurrentApiSessionDetail)
    assert current.identity.name == "Default Admin"
    assert current.expiration_seconds > 0
    assert current.expires_at > current.created_at
    assert current.id in {s.id for s in await ziti.list()}


@pytest.mark.parametrize(
    "opened_by",
    [
        # The controller ends a session in use (as its idle timeout or another admin would).
        pytest.param("current_session", id="expired-in-use"),
        # The session of an explicit login dies before the client's first call uses it.
        pytest.param("login", id="explicit-login-died"),
    ],
)
async def test_a_session_that_died_is_renewed_once(
    make: MakeTwin, ziti_sim: Simulator, opened_by: str
) -> None:
    ziti = make()
    first = await ziti.call(opened_by)
    other = make()
    await other.call("api_sessions.delete", first.id)
    ziti_sim.clear_requests()

    second = await ziti.call("current_session")

    assert second.id != first.id
    assert operations(ziti_sim) == [
        "get_current_api_session",
        "authenticate",
        "get_current_api_session",
    ]
    assert answered(ziti_sim, "get_current_api_session") == [401, 200]


async def test_a_wrong_password_is_an_authentication_error(
    make: MakeTwin, ziti_sim: Simulator
) -> None:
    ziti = make(username=ziti_sim.credentials["username"], password="not-the-password")

    with pytest.raises(AuthenticationError) as caught:
        await ziti.call("api_sessions.get", "anything")

    assert caught.value.error_code == "INVALID_AUTH"
    assert caught.value.status_code == 401
    # The failed login is final: it is not retried, nor is the call it was made for sent.
    assert operations(ziti_sim) == ["authenticate"]


async def test_a_session_token_is_sent_as_is(make: MakeTwin, ziti_sim: Simulator) -> None:
    opener = make()
    token = (await opener.call("login")).token
    ziti_sim.clear_requests()
    ziti = make(session_token=token)

    current = await ziti.call("current_session")

    assert current.token == token
    assert operations(ziti_sim) == ["get_current_api_session"]
    assert "zt-session" in ziti_sim.requests()[0].headers


async def test_a_dead_session_token_is_final(make: MakeTwin, ziti_sim: Simulator) -> None:
    ziti = make(session_token="00000000-0000-0000-0000-000000000000")

    with pytest.raises(AuthenticationError) as caught:
        await ziti.list()

    assert caught.value.error_code == "UNAUTHORIZED"
    assert operations(ziti_sim) == ["list_api_sessions"]


async def test_login_opens_a_session_that_later_calls_use(
    make: MakeTwin, ziti_sim: Simulator
) -> None:
    ziti = make()

    opened = await ziti.call("login")
    current = await ziti.call("current_session")

    assert isinstance(opened, CurrentApiSessionDetail)
    assert current.id == opened.id
    assert operations(ziti_sim) == ["authenticate", "get_current_api_session"]


async def test_login_again_switches_to_the_new_session(ziti: Twin) -> None:
    first = await ziti.call("current_session")
    second = await ziti.call("login")

    assert second.id != first.id
    assert (await ziti.call("current_session")).id == second.id


async def test_login_with_a_wrong_password_raises(make: MakeTwin, ziti_sim: Simulator) -> None:
    ziti = make(username=ziti_sim.credentials["username"], password="wrong-password")
    with pytest.raises(AuthenticationError):
        await ziti.call("login")


async def test_login_needs_a_password_client(make: MakeTwin) -> None:
    ziti = make(session_token="some-token")
    with pytest.raises(TypeError, match="username and password"):
        await ziti.call("login")


async def test_logout_ends_the_session(make: MakeTwin, ziti_sim: Simulator) -> None:
    ziti = make()
    ended = await ziti.call("current_session")

    assert await ziti.call("logout") is None

    admin = make()
    assert ended.id not in {s.id for s in await admin.list()}
    assert answered(ziti_sim, "delete_current_api_session") == [200]


async def test_after_logout_a_password_client_logs_in_afresh(
    make: MakeTwin, ziti_sim: Simulator
) -> None:
    ziti = make()
    ended = await ziti.call("current_session")
    await ziti.call("logout")
    ziti_sim.clear_requests()

    renewed = await ziti.call("current_session")

    assert renewed.id != ended.id
    # Straight to a new login: the client knew its session was over, so no 401 round trip.
    assert operations(ziti_sim) == ["authenticate", "get_current_api_session"]


async def test_logout_before_any_call_sends_nothing(make: MakeTwin, ziti_sim: Simulator) -> None:
    ziti = make()
    await ziti.call("logout")
    assert ziti_sim.requests() == []


async def test_after_logout_a_session_token_client_is_refused(
    make: MakeTwin, ziti_sim: Simulator
) -> None:
    opener = make()
    token = (await opener.call("login")).token
    ziti = make(session_token=token)

    await ziti.call("logout")

    with pytest.raises(AuthenticationError):
        await ziti.call("current_session")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "needs credentials"),
        ({"username": "admin"}, "needs credentials"),
        ({"password": "pw"}, "needs credentials"),
        ({"session_token": "t", "username": "a", "password": "p"}, "not both"),
        ({"session_token": ""}, "session_token is empty"),
        ({"username": "", "password": "p"}, "username is empty"),
        ({"username": "a", "password": ""}, "password is empty"),
    ],
)
def test_the_credentials_are_checked(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Ziti("https://ctrl.example.com", **kwargs)


def test_a_bare_controller_address_gets_the_management_path() -> None:
    with Ziti("https://ctrl.example.com:1280", session_token="t") as ziti:
        assert str(ziti.base_url) == "https://ctrl.example.com:1280/edge/management/v1/"
    with Ziti("https://proxy.example.com/ziti/mgmt", session_token="t") as ziti:
        assert str(ziti.base_url) == "https://proxy.example.com/ziti/mgmt/"


async def test_a_burst_ten_times_the_pool_logs_in_once(make: MakeTwin, ziti_sim: Simulator) -> None:
    import anyio
    import httpx

    ziti = make(limits=httpx.Limits(max_connections=5), timeout=httpx.Timeout(10.0, pool=2.0))
    ids: list[str] = []

    async def one() -> None:
        ids.append((await ziti.call("current_session")).id)

    if ziti.mode == "sync":
        from concurrent.futures import ThreadPoolExecutor

        def blocking(_: int) -> str:
            client = ziti.client
            assert isinstance(client, Ziti)
            return client.current_session().id

        with ThreadPoolExecutor(max_workers=50) as pool:
            ids = list(pool.map(blocking, range(50)))
    else:
        async with anyio.create_task_group() as group:
            for _ in range(50):
                group.start_soon(one)

    assert len(ids) == 50 and len(set(ids)) == 1
    assert operations(ziti_sim).count("authenticate") == 1
