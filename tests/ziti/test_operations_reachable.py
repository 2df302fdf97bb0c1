"""Every operationId of specs/ziti/openapi.yaml is reached by a public method, sync and async."""

from __future__ import annotations

import pytest

from sessionward.testing import Simulator
from tests._support import spec_operation_ids
from tests.ziti._support import Twin, operations

pytestmark = pytest.mark.anyio


async def test_the_public_methods_reach_every_operation(ziti: Twin, ziti_sim: Simulator) -> None:
    await ziti.call("login")
    await ziti.call("current_session")
    first = (await ziti.first_page(page_size=1))[0]
    await ziti.call("api_sessions.get", first.id)
    await ziti.call("api_sessions.delete", first.id)
    await ziti.call("logout")

    assert set(operations(ziti_sim)) == spec_operation_ids("ziti")
    assert len(spec_operation_ids("ziti")) == 6
