"""What the contract suite (`tests/contract/`) needs to know about DocSpace."""

from __future__ import annotations

from typing import Any

from schemathesis import Case

from sessionward.testing import Simulator
from tests._support import spec_operation_ids
from tests.contract._hooks import Build, Contract, Probe, Properties, Readme
from tests.docspace._support import OPERATIONS, PREFIX, Twin
from tests.generated._list_body import Broken, ListBody


async def reach_every_operation(build: Build, sim: Simulator) -> None:
    # The administrator's API key survives logging out of every session.
    twin = Twin(build(**sim.other_credentials["api_key"]).client)
    for operation in OPERATIONS:
        await operation.call(twin)
    assert {operation.operation_id for operation in OPERATIONS} == spec_operation_ids("docspace")


def check(case: Case[Any], sim: Simulator[Any], variant: str) -> None:
    # The token is accepted as a bearer header and as the portal's cookie: each way is checked.
    token = sim.credentials["token"]
    if variant == "bearer":
        case.call_and_validate(base_url=sim.base_url, headers={"Authorization": f"Bearer {token}"})
    else:
        case.call_and_validate(base_url=sim.base_url, cookies={"asc_auth_key": token})


CONTRACT = Contract(
    probe=Probe("GET", PREFIX, "get_all_active_connections", "active_connections.list"),
    reach_every_operation=reach_every_operation,
    readme=Readme(6, lambda sim: {"token": sim.credentials["token"]}, must_print=True),
    # Every example starts from the seeded state, so a generated "log out everywhere" cannot
    # starve the examples after it.
    properties=Properties(
        check,
        variants=("bearer", "cookie"),
        reset=True,
        generated_security=False,
        deadline=2000,
    ),
    # An honest True, then False for the connection already closed.
    demo=(
        "DocSpace answered: True",
        "DocSpace answered: False",
        "the user's token is refused now: HTTP 401",
    ),
    list_body=ListBody(
        "docspace/list_server_dto_examples.json",
        "ActiveConnectionsWrapper",
        False,
        "/api/2.0/security/activeconnections",
        "application/json; charset=utf-8",
        lambda client: client.active_connections.list(),
        (
            # A string where the spec says integer, a bool is no int, NaN is no int.
            Broken(
                ("response", "loginEvent"),
                "not-a-number",
                "response.loginEvent: expected int, got string",
            ),
            Broken(
                ("response", "items", 0, "id"),
                True,
                "response.items[0].id: expected int, got boolean",
            ),
            Broken(
                ("response", "items", 0, "tenantId"),
                float("nan"),
                "response.items[0].tenantId: expected int, got non-finite number",
            ),
            Broken(
                ("response", "items", 0, "ip"),
                203,
                "response.items[0].ip: expected string or null, got int",
            ),
            Broken(
                ("response", "items", 0, "date"),
                "yesterday",
                "response.items[0].date: expected date-time string, got a string in another format",
            ),
            Broken(
                ("response", "items", 0, "userId"),
                "not-a-uuid",
                "response.items[0].userId: expected uuid string, got a string in another format",
            ),
        ),
    ),
)
