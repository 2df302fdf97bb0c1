"""Every operationId of each registered API's spec is reached through the overlay's public methods.

Each API's own tests say how to walk its public methods (`tests/<key>/contract.py`); the
simulator's request log then must name every operation of `specs/<key>/openapi.yaml`, in both
client modes.
"""

from __future__ import annotations

from typing import Any

import pytest

from sessionward.testing import RegisteredAPI, Simulator
from tests._support import Maker, spec_operation_ids
from tests.contract._hooks import AnyTwin, Contract

pytestmark = pytest.mark.anyio


async def test_the_public_methods_reach_every_operation_of_the_spec(
    api: RegisteredAPI, contract: Contract, build: Maker[AnyTwin], sim: Simulator[Any]
) -> None:
    await contract.reach_every_operation(build, sim)

    reached = {record.operation for record in sim.requests()}
    assert reached == spec_operation_ids(api.key)
