"""Fixtures for the Authress overlay's tests: the client mode, a fake clock and twin clients.

`make` builds a client of the parametrized mode against `authress_sim` (the service-client
access key by default) and closes it, and any recording httpx client, after the test; so every
test using it runs for `Authress` and `AsyncAuthress`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from sessionward.testing import FakeClock, Simulator
from tests._support import Mode, close_http_client
from tests.authress._support import Recorder, Twin

MakeTwin = Callable[..., Twin]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
async def make(mode: Mode, authress_sim: Simulator, clock: FakeClock) -> AsyncIterator[MakeTwin]:
    built: list[Twin] = []
    http_clients: list[httpx.Client | httpx.AsyncClient] = []

    def build(*, recorder: Recorder | None = None, **kwargs: Any) -> Twin:
        if "access_token" not in kwargs and "service_client_access_key" not in kwargs:
            kwargs.update(authress_sim.credentials)
        kwargs.setdefault("clock", clock)
        if recorder is not None:
            http_client = recorder.client(mode)
            http_clients.append(http_client)
            kwargs["http_client"] = http_client
        twin = Twin.build(mode, kwargs.pop("base_url", authress_sim.base_url), **kwargs)
        built.append(twin)
        return twin

    yield build
    for twin in built:
        await twin.close()
    for http_client in http_clients:
        await close_http_client(http_client)


@pytest.fixture
async def authress(make: MakeTwin) -> Twin:
    return make()
