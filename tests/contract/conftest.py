"""Fixtures of the contract suite: one run per registered API, and per client mode where needed.

`api` is parametrized over the registry (`sessionward.testing.registered_apis()`), so every test
that takes it runs for each API of the suite, a fifth one included; `overlay` is its public
package, `contract` what its own test folder tells this suite, `sim` its reset simulator, and
`build(**kwargs)` a twin of the test's mode (the simulator's credentials unless `kwargs` name
others, the fake clock, the shared TLS context), closed after the test.
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator
from types import ModuleType
from typing import Any

import pytest

from sessionward.core import RetryPolicy
from sessionward.testing import FakeClock, RegisteredAPI, Simulator, Twin, registered_apis
from tests._support import Maker, Mode
from tests.contract._hooks import AnyTwin, Contract, contract_of

APIS = registered_apis()


@pytest.fixture(params=APIS, ids=lambda api: api.key)
def api(request: pytest.FixtureRequest) -> RegisteredAPI:
    chosen: RegisteredAPI = request.param
    return chosen


@pytest.fixture
def overlay(api: RegisteredAPI) -> ModuleType:
    return importlib.import_module(api.overlay)


@pytest.fixture
def contract(api: RegisteredAPI) -> Contract:
    return contract_of(api)


@pytest.fixture
def sim(api: RegisteredAPI, request: pytest.FixtureRequest) -> Simulator[Any]:
    found: Simulator[Any] = request.getfixturevalue(api.fixture)
    return found


@pytest.fixture
def clock() -> FakeClock:
    # At the real time: simulators that check session or token expiry compare clocks.
    return FakeClock()


@pytest.fixture
async def build(
    mode: Mode,
    overlay: ModuleType,
    api: RegisteredAPI,
    contract: Contract,
    sim: Simulator[Any],
    clock: FakeClock,
) -> AsyncIterator[Maker[AnyTwin]]:
    classes = {"sync": getattr(overlay, api.client), "async": getattr(overlay, api.async_client)}

    def twin(mode: Mode, base_url: str, **kwargs: Any) -> AnyTwin:
        return Twin(classes[mode](base_url, **kwargs))

    maker = Maker(
        mode,
        twin,
        sim.base_url,
        pooled=True,
        credentials=sim.credentials,
        alternatives=contract.alternatives,
        clock=clock,
        # Backoff without jitter, so the recorded sleeps are exact.
        retry_policy=RetryPolicy(jitter=0.0),
    )
    yield maker
    await maker.aclose()
