"""A burst of calls that all need one login: exactly one login, no wait on the pool gate.

Every call holds a place at the pool gate while its auth flow waits for the token; the login the
first one performs must not need another place, or the burst deadlocks until the pool timeout.
The burst is ten times the pool size, on a fresh client and again after the server forgot the
session (a re-login storm of 401s), for threads and for tasks.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

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


def options(clock: FakeClock) -> dict[str, Any]:
    """The client options both twins share: a small pool, no retries, a short pool wait."""
    return {
        "clock": clock,
        "max_retries": 0,
        "timeout": TIMEOUT,
        "limits": httpx.Limits(max_connections=POOL),
    }


def sync_client(server: LoopbackServer, clock: FakeClock) -> BaseClient:
    holder: list[BaseClient] = []

    def login() -> str:
        time.sleep(SETTLE)
        bare = holder[0].without_auth().http_client
        return str(bare.post("/login", json={"password": "correct horse"}).json()["token"])

    auth = LoginAuth(login=login, placement=Placement.header("zt-session"), clock=clock)
    client = BaseClient(server.base_url, auth=auth, **options(clock))
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
    client = AsyncBaseClient(server.base_url, auth=auth, **options(clock))
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


# A fresh client, or one whose session the server forgot (it idled out): a re-login storm of 401s.
RELOGIN = pytest.mark.parametrize("relogin", [False, True], ids=["fresh-client", "relogin-storm"])


@RELOGIN
def test_a_sync_burst_logs_in_once(server: LoopbackServer, clock: FakeClock, relogin: bool) -> None:
    sessions = SessionServer(server, login_delay=0.2)
    with sync_client(server, clock) as client:
        if relogin:
            assert client.http_client.get("/x").json()["session"] == "tok-1"
            sessions.valid.clear()
        seen = sync_burst(client)
    assert (sessions.logins, seen) == expected(relogin)


@RELOGIN
async def test_an_async_burst_logs_in_once(
    server: LoopbackServer, clock: FakeClock, relogin: bool
) -> None:
    sessions = SessionServer(server, login_delay=0.2)
    async with async_client(server, clock) as client:
        if relogin:
            assert (await client.http_client.get("/x")).json()["session"] == "tok-1"
            sessions.valid.clear()
        seen = await async_burst(client)
    assert (sessions.logins, seen) == expected(relogin)


def expected(relogin: bool) -> tuple[int, list[str]]:
    """The logins a burst leads to in all, and the token each of its calls saw: one login more."""
    logins = 2 if relogin else 1
    return logins, [f"tok-{logins}"] * BURST
