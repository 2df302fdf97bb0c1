"""Fixtures for the Dynatrace overlay's tests: twin clients against the simulator, a fake clock.

`make_twin` is parametrized over both modes, so every test that uses it runs for
`DynatraceCluster` and `AsyncDynatraceCluster`; it authenticates with the simulator's scoped token
unless told otherwise, sleeps on the fake clock, and closes what it built. Unless a test asks for
`own_pool=True`, the client sends through an httpx client the fixture builds with a shared TLS
context, which keeps each test from paying for a new one; test_client.py covers the own pool.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from sessionward.dynatrace import DynatraceCluster
from sessionward.testing import Simulator
from tests._support import POOL_LIMITS, maker_fixture, tls_context
from tests.dynatrace._support import NO_JITTER, Seeded, Twin, build

MakeTwin = Callable[..., Twin]


make_twin = maker_fixture("make_twin", "dynatrace_sim", build, pooled=True, retry_policy=NO_JITTER)


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
