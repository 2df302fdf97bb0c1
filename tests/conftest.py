"""Fixtures every part of the suite shares: the async backend, the client mode, a fake clock.

A test that takes `mode` runs twice, once per client mode; `anyio` tests run on asyncio; `clock`
is a `FakeClock` at the fixed `START` (a suite whose simulator checks real expiry overrides it).
"""

from __future__ import annotations

import pytest

from sessionward.testing import FakeClock
from tests._support import MODES, START, Mode


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> Mode:
    chosen: Mode = request.param
    return chosen


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)
