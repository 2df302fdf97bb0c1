"""Fixtures every part of the suite shares: the async backend and the sync/async client mode.

A test that takes `mode` runs twice, once per client mode; `anyio` tests run on asyncio.
"""

from __future__ import annotations

import pytest

from tests._support import MODES, Mode


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> Mode:
    chosen: Mode = request.param
    return chosen
