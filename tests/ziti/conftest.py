"""Fixtures for the Ziti overlay's tests: the client mode, a fake clock and twin clients.

`make` builds a client of the parametrized mode against the `ziti_sim` simulator (admin login by
default) and closes it after the test, so every test using it runs for `Ziti` and `AsyncZiti`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest

from sessionward.testing import FakeClock, Simulator
from tests._support import Maker, Mode
from tests.ziti._support import Twin

MakeTwin = Callable[..., Twin]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def make(mode: Mode, ziti_sim: Simulator, clock: FakeClock) -> AsyncIterator[MakeTwin]:
    maker = Maker(
        mode,
        Twin.build,
        ziti_sim.base_url,
        credentials=ziti_sim.credentials,
        alternatives=("session_token",),
        clock=clock,
    )
    yield maker
    await maker.aclose()


@pytest.fixture
async def ziti(make: MakeTwin) -> Twin:
    return make()
