"""A burst of calls that all need one login: exactly one login, no wait on the pool gate.

Every call holds a place at the pool gate while its auth flow waits for the token; the login the
first one performs must not need another place, or the burst deadlocks until the pool timeout.
The burst is ten times the pool size, on a fresh client and again after the server forgot the
session (a re-login storm of 401s), for threads and for tasks.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import anyio
import httpx
import pytest

from sessionward.core import AsyncBaseClient, BaseClient, LoginAuth, Placement
from sessionward.testing import FakeClock
from tests.core._server import LoopbackServer
from tests.core.test_auth_login import SessionServer

pytestmark = pytest.mark.anyio

POOL = 5
BURST = 10 * POOL
# A pool wait this short fails the burst at once if the login has to queue behind it.
TIMEOUT = httpx.Timeout(10.0, pool=1.0)
# The login starts after the rest of the burst has filled the gate, as it does under load.
SETTLE = 0.2


def sync_client(server: LoopbackServer, clock: FakeClock) -> BaseClient:
    holder: list[BaseClient] = []

    def login() -> str:
        time.sleep(SETTLE)
        bare = holder[0].without_auth().http_client
        return str(bare.post("/login", json={"password": "correct horse"}).json()["token"])

    auth = LoginAuth(login=login, placement=Placement.header("zt-session"), clock=clock)
    client = BaseClient(
        server.base_url,
        auth=auth,
        clock=clock,
        max_retries=0,
        timeout=TIMEOUT,
        limits=httpx.Limits(max_connections=POOL),
    )
    holder.append(client)
    return client


def async_client(server: LoopbackServer, clock: FakeClock) -> AsyncBaseClient:
    holder: list[AsyncBaseClient] = []

    async def alogin() -> str:
        await anyio.sleep(SETTLE)
        bare = holder[0].without_auth().http_client
        response = await bare.post("/login", json={"password": "correct horse"})
        return str(response.json()["token"])

    auth = LoginAuth(alogin=alogin, placement=Placement.header("zt-session"), clock=clock)
    client = AsyncBaseClient(
        server.base_url,
        auth=auth,
        clock=clock,
        max_retries=0,
        timeout=TIMEOUT,
        limits=httpx.Limits(max_connections=POOL),
    )
    holder.append(client)
    return client


def sync_burst(client: BaseClient) -> list[str]:
    def call(_: int) -> str:
        return str(client.http_client.get("/x").json()["session"])

    with ThreadPoolExecutor(max_workers=BURST) as pool:
        return list(pool.map(call, range(BURST)))


async def async_burst(client: AsyncBaseClient) -> list[str]:
    seen: list[str] = []

    async def call() -> None:
        seen.append((await client.http_client.get("/x")).json()["session"])

    async with anyio.create_task_group() as group:
        for _ in range(BURST):
            group.start_soon(call)
    return seen


def test_a_sync_burst_on_a_fresh_client_logs_in_once(
    server: LoopbackServer, clock: FakeClock
) -> None:
    sessions = SessionServer(server, login_delay=0.2)
    with sync_client(server, clock) as client:
        seen = sync_burst(client)
    assert sessions.logins == 1
    assert seen == ["tok-1"] * BURST


async def test_an_async_burst_on_a_fresh_client_logs_in_once(
    server: LoopbackServer, clock: FakeClock
) -> None:
    sessions = SessionServer(server, login_delay=0.2)
    async with async_client(server, clock) as client:
        seen = await async_burst(client)
    assert sessions.logins == 1
    assert seen == ["tok-1"] * BURST


def test_a_sync_relogin_storm_logs_in_once_more(server: LoopbackServer, clock: FakeClock) -> None:
    sessions = SessionServer(server, login_delay=0.2)
    with sync_client(server, clock) as client:
        assert client.http_client.get("/x").json()["session"] == "tok-1"
        sessions.valid.clear()  # the session idled out on the server
        seen = sync_burst(client)
    assert sessions.logins == 2
    assert seen == ["tok-2"] * BURST


async def test_an_async_relogin_storm_logs_in_once_more(
    server: LoopbackServer, clock: FakeClock
) -> None:
    sessions = SessionServer(server, login_delay=0.2)
    async with async_client(server, clock) as client:
        assert (await client.http_client.get("/x")).json()["session"] == "tok-1"
        sessions.valid.clear()
        seen = await async_burst(client)
    assert sessions.logins == 2
    assert seen == ["tok-2"] * BURST
