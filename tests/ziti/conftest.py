"""Fixtures for the Ziti overlay's tests: the client mode, a fake clock and twin clients.

`make` builds a client of the parametrized mode against the `ziti_sim` simulator (admin login by
default) and closes it after the test, so every test using it runs for `Ziti` and `AsyncZiti`.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sessionward.testing import FakeClock
from tests._support import maker_fixture
from tests.ziti._support import Twin

MakeTwin = Callable[..., Twin]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


make = maker_fixture("make", "ziti_sim", Twin.build, alternatives=("session_token",))


@pytest.fixture
async def ziti(make: MakeTwin) -> Twin:
    return make()
