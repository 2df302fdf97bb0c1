"""Fixtures for the core's tests: the loopback server, a fake clock, and sync/async twin clients.

`make_twin` is parametrized over both modes, so every test that uses it runs for the sync and the
async client; it closes what it built. Clients default to `max_retries=2` and the fake clock.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest

from sessionward.testing import FakeClock
from tests._support import START, Mode
from tests.core._server import LoopbackServer
from tests.core._twins import Twin

MakeTwin = Callable[..., Twin]


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as running:
        yield running


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
async def make_twin(
    mode: Mode, server: LoopbackServer, clock: FakeClock
) -> AsyncIterator[MakeTwin]:
    built: list[Twin] = []

    def make(**kwargs: Any) -> Twin:
        kwargs.setdefault("clock", clock)
        base_url = kwargs.pop("base_url", server.base_url)
        twin = Twin.build(mode, base_url, **kwargs)
        built.append(twin)
        return twin

    yield make
    for twin in built:
        await twin.close()


@pytest.fixture
async def twin(make_twin: MakeTwin) -> Twin:
    return make_twin()
