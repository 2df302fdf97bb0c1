"""Fixtures for the Authress overlay's tests: the client mode, a fake clock and twin clients.

`make` builds a client of the parametrized mode against `authress_sim` (the service-client
access key by default) and closes it, and any recording httpx client, after the test; so every
test using it runs for `Authress` and `AsyncAuthress`.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sessionward.testing import FakeClock
from tests._support import maker_fixture
from tests.authress._support import Twin

MakeTwin = Callable[..., Twin]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


make = maker_fixture("make", "authress_sim", Twin.build, alternatives=("access_token",))


@pytest.fixture
async def authress(make: MakeTwin) -> Twin:
    return make()
