"""Every operationId of specs/dynatrace/openapi.yaml is reached by a public overlay method."""

from __future__ import annotations

import pytest

from sessionward.testing import Simulator
from tests._support import spec_operation_ids
from tests.dynatrace._support import OPERATIONS, Seeded, Twin

pytestmark = pytest.mark.anyio


async def test_the_public_methods_reach_every_operation_of_the_spec(
    twin: Twin, dynatrace_sim: Simulator, seeded: Seeded
) -> None:
    for operation in OPERATIONS:
        await operation.call(twin, seeded)

    reached = {record.operation for record in dynatrace_sim.requests()}
    assert reached == spec_operation_ids("dynatrace")
    assert {operation.operation_id for operation in OPERATIONS} == spec_operation_ids("dynatrace")
