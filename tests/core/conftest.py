"""Fixtures for the core's tests: the loopback server, a fake clock, and sync/async twin clients.

`make_twin` is parametrized over both modes, so every test that uses it runs for the sync and the
async client; it closes what it built. Clients default to `max_retries=2` and the fake clock.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator

import pytest

from sessionward.testing import FakeClock
from tests._support import Maker, Mode
from tests.core._server import LoopbackServer
from tests.core._twins import Twin

MakeTwin = Callable[..., Twin]


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as running:
        yield running


@pytest.fixture
async def make_twin(
    mode: Mode, server: LoopbackServer, clock: FakeClock
) -> AsyncIterator[MakeTwin]:
    maker = Maker(mode, Twin.build, server.base_url, clock=clock)
    yield maker
    await maker.aclose()


@pytest.fixture
async def twin(make_twin: MakeTwin) -> Twin:
    return make_twin()
