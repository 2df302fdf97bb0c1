"""Fixtures for the Dynatrace overlay's tests: twin clients against the simulator, a fake clock.

`make_twin` is parametrized over both modes, so every test that uses it runs for
`DynatraceCluster` and `AsyncDynatraceCluster`; it authenticates with the simulator's scoped token
unless told otherwise, sleeps on the fake clock, and closes what it built. Unless a test asks for
`own_pool=True`, the client sends through an httpx client the fixture builds with a shared TLS
context, which keeps each test from paying for a new one; test_client.py covers the own pool.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from sessionward.dynatrace import DynatraceCluster
from sessionward.testing import FakeClock, Simulator
from tests._support import POOL_LIMITS, START, Mode, tls_context, transport_client
from tests.dynatrace._support import NO_JITTER, Seeded, Twin, build

MakeTwin = Callable[..., Twin]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
async def make_twin(
    mode: Mode, dynatrace_sim: Simulator, clock: FakeClock
) -> AsyncIterator[MakeTwin]:
    built: list[Twin] = []
    transports: list[httpx.Client | httpx.AsyncClient] = []

    def make(*, own_pool: bool = False, base_url: str | None = None, **kwargs: Any) -> Twin:
        kwargs.setdefault("clock", clock)
        kwargs.setdefault("retry_policy", NO_JITTER)
        if own_pool:
            kwargs.setdefault("limits", POOL_LIMITS)
        elif "http_client" not in kwargs:
            transports.append(transport_client(mode))
            kwargs["http_client"] = transports[-1]
        kwargs.setdefault("api_token", dynatrace_sim.credentials["api_token"])
        twin = build(mode, base_url or dynatrace_sim.base_url, **kwargs)
        built.append(twin)
        return twin

    yield make
    for twin in built:
        await twin.close()
    for transport in transports:
        if isinstance(transport, httpx.Client):
            transport.close()
        else:
            await transport.aclose()


@pytest.fixture
def twin(make_twin: MakeTwin) -> Twin:
    return make_twin()


@pytest.fixture
def seeded(dynatrace_sim: Simulator) -> Seeded:
    """A user with sessions and the current policy, read before the test (log emptied after)."""
    with (
        httpx.Client(verify=tls_context(), limits=POOL_LIMITS) as transport,
        DynatraceCluster(
            dynatrace_sim.base_url,
            api_token=dynatrace_sim.credentials["api_token"],
            http_client=transport,
        ) as client,
    ):
        found = Seeded(
            user=client.user_sessions.list()[0].user_id, policy=client.session_policy.get()
        )
    dynatrace_sim.clear_requests()
    return found
