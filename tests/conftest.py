"""Fixtures every part of the suite shares: the async backend, the client mode, a fake clock.

A test that takes `mode` runs twice, once per client mode; `anyio` tests run on asyncio; `clock`
is a `FakeClock` at the fixed `START` (a suite whose simulator checks real expiry overrides it);
`recorder` is an httpx client of the test's mode that keeps the headers it sent.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from sessionward.testing import FakeClock
from tests._support import MODES, START, Mode, Recorder


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


@pytest.fixture
async def recorder(mode: Mode) -> AsyncIterator[Recorder]:
    """A `Recorder` of the test's mode, closed after the test."""
    recording = Recorder(mode)
    yield recording
    await recording.close()
