"""Fixtures for the Authress overlay's tests: the client mode, a fake clock and twin clients.

`make` builds a client of the parametrized mode against `authress_sim` (the service-client
access key by default) and closes it, and any recording httpx client, after the test; so every
test using it runs for `Authress` and `AsyncAuthress`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest

from sessionward.testing import FakeClock, Simulator
from tests._support import Maker, Mode
from tests.authress._support import Twin

MakeTwin = Callable[..., Twin]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def make(mode: Mode, authress_sim: Simulator, clock: FakeClock) -> AsyncIterator[MakeTwin]:
    maker = Maker(
        mode,
        Twin.build,
        authress_sim.base_url,
        credentials=authress_sim.credentials,
        alternatives=("access_token",),
        clock=clock,
    )
    yield maker
    await maker.aclose()


@pytest.fixture
async def authress(make: MakeTwin) -> Twin:
    return make()
