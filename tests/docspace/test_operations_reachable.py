"""Every operationId of specs/docspace/openapi.yaml is reached by a public method of the overlay."""

from __future__ import annotations

import pytest

from sessionward.testing import Simulator
from tests._support import spec_operation_ids
from tests.docspace._support import OPERATIONS
from tests.docspace.conftest import MakeTwin

pytestmark = pytest.mark.anyio


async def test_the_public_methods_reach_every_operation_of_the_spec(
    make_twin: MakeTwin, docspace_sim: Simulator
) -> None:
    # The administrator's API key survives logging out of every session.
    twin = make_twin(**docspace_sim.other_credentials["api_key"])

    for operation in OPERATIONS:
        await operation.call(twin)

    reached = {record.operation for record in docspace_sim.requests()}
    assert reached == spec_operation_ids("docspace")
    assert {operation.operation_id for operation in OPERATIONS} == spec_operation_ids("docspace")
