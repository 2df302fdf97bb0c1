"""What the contract suite (`tests/contract/`) needs to know about Dynatrace."""

from __future__ import annotations

from sessionward.testing import Simulator
from tests._support import spec_operation_ids
from tests.contract._hooks import Build, Contract, Probe, Readme
from tests.dynatrace._support import OPERATIONS, POLICY, Seeded, Twin


async def reach_every_operation(build: Build, sim: Simulator) -> None:
    twin = Twin(build().client)
    seeded = Seeded(user=(await twin.list())[0].user_id, policy=await twin.get())
    sim.clear_requests()
    for operation in OPERATIONS:
        await operation.call(twin, seeded)
    assert {operation.operation_id for operation in OPERATIONS} == spec_operation_ids("dynatrace")


CONTRACT = Contract(
    probe=Probe("GET", POLICY, "get_concurrent_session_policy_config", "session_policy.get"),
    reach_every_operation=reach_every_operation,
    readme=Readme(
        6,
        lambda sim: {"api_token": sim.credentials["api_token"]},
        must_print=True,
    ),
)
