"""Fixtures for the Ziti overlay's tests: the client mode, a fake clock and twin clients.

`make` builds a client of the parametrized mode against the `ziti_sim` simulator (admin login by
default) and closes it after the test, so every test using it runs for `Ziti` and `AsyncZiti`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from sessionward.testing import FakeClock, Simulator
from tests._support import Mode
from tests.ziti._support import Twin

MakeTwin = Callable[..., Twin]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def make(mode: Mode, ziti_sim: Simulator, clock: FakeClock) -> AsyncIterator[MakeTwin]:
    built: list[Twin] = []

    def build(**kwargs: Any) -> Twin:
        if "session_token" not in kwargs and "username" not in kwargs:
            kwargs.update(ziti_sim.credentials)
        kwargs.setdefault("clock", clock)
        base_url = kwargs.pop("base_url", ziti_sim.base_url)
        twin = Twin.build(mode, base_url, **kwargs)
        built.append(twin)
        return twin

    yield build
    for twin in built:
        await twin.close()


@pytest.fixture
async def ziti(make: MakeTwin) -> Twin:
    return make()
