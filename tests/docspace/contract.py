"""What the contract suite (`tests/contract/`) needs to know about DocSpace."""

from __future__ import annotations

from sessionward.testing import Simulator
from tests._support import spec_operation_ids
from tests.contract._hooks import Build, Contract, Probe, Readme
from tests.docspace._support import OPERATIONS, PREFIX, Twin


async def reach_every_operation(build: Build, sim: Simulator) -> None:
    # The administrator's API key survives logging out of every session.
    twin = Twin(build(**sim.other_credentials["api_key"]).client)
    for operation in OPERATIONS:
        await operation.call(twin)
    assert {operation.operation_id for operation in OPERATIONS} == spec_operation_ids("docspace")


CONTRACT = Contract(
    probe=Probe("GET", PREFIX, "get_all_active_connections", "active_connections.list"),
    reach_every_operation=reach_every_operation,
    readme=Readme(
        6,
        lambda sim: {"token": sim.credentials["token"]},
        must_print=True,
    ),
)
