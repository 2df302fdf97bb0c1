"""Fixtures for the DocSpace overlay's tests: twin clients against the simulator, a fake clock.

`make_twin` is parametrized over both modes, so every test that uses it runs for `DocSpace` and
`AsyncDocSpace`; it authenticates with the simulator's administrator token unless told otherwise,
sleeps on the fake clock, and closes what it built. Unless a test asks for `own_pool=True`, the
client sends through an httpx client the fixture builds with a shared TLS context, which keeps
each test from paying for a new one; test_client.py covers the client's own pool.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest

from sessionward.testing import FakeClock, Simulator
from tests._support import Maker, Mode
from tests.docspace._support import NO_JITTER, Twin, build

MakeTwin = Callable[..., Twin]


@pytest.fixture
async def make_twin(
    mode: Mode, docspace_sim: Simulator, clock: FakeClock
) -> AsyncIterator[MakeTwin]:
    maker = Maker(
        mode,
        build,
        docspace_sim.base_url,
        pooled=True,
        credentials=docspace_sim.credentials,
        alternatives=("auth_cookie",),
        clock=clock,
        retry_policy=NO_JITTER,
    )
    yield maker
    await maker.aclose()


@pytest.fixture
def twin(make_twin: MakeTwin) -> Twin:
    return make_twin()
