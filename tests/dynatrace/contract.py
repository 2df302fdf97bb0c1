"""What the contract suite (`tests/contract/`) needs to know about Dynatrace."""

from __future__ import annotations

from typing import Any

from schemathesis import Case

from sessionward.testing import Simulator
from tests._support import spec_operation_ids
from tests.contract._hooks import Build, Contract, Probe, Properties, Readme, beyond_the_schema
from tests.dynatrace._support import OPERATIONS, POLICY, Seeded, Twin
from tests.generated._list_body import MISSING, Broken, ListBody


async def reach_every_operation(build: Build, sim: Simulator) -> None:
    twin = Twin(build().client)
    seeded = Seeded(user=(await twin.list())[0].user_id, policy=await twin.get())
    sim.clear_requests()
    for operation in OPERATIONS:
        await operation.call(twin, seeded)
    assert {operation.operation_id for operation in OPERATIONS} == spec_operation_ids("dynatrace")


def breaks_the_limit_rule(body: object) -> bool:
    """Whether a policy body has limits that are not "both 0 or neither" (a documented 400)."""
    policy = body.get("concurrentSessionPolicyDto") if isinstance(body, dict) else None
    if not isinstance(policy, dict):
        return False
    limits = policy.get("userLimit"), policy.get("adminLimit")
    # JSON Schema counts 1.0 as an integer, so generated limits may be floats.
    numbers = all(isinstance(limit, int | float) for limit in limits)
    return numbers and (limits[0] == 0) != (limits[1] == 0)


def check(case: Case[Any], sim: Simulator[Any], variant: str) -> None:
    # The limit rule is prose in the spec: such a body is schema-valid but must be refused.
    token = sim.credentials["api_token"]
    response = case.call(base_url=sim.base_url, headers={"Authorization": f"Api-Token {token}"})
    refused = case.operation.label == "PUT /clusterConfig/userSessions" and breaks_the_limit_rule(
        case.body
    )
    if refused:
        assert response.status_code == 400
    case.validate_response(response, excluded_checks=beyond_the_schema(refused))


CONTRACT = Contract(
    probe=Probe("GET", POLICY, "get_concurrent_session_policy_config", "session_policy.get"),
    reach_every_operation=reach_every_operation,
    readme=Readme(
        6,
        lambda sim: {"api_token": sim.credentials["api_token"]},
        must_print=True,
    ),
    properties=Properties(check, reset=True, generated_security=False, deadline=2000),
    # The tightened policy shows, and the user's sessions are gone.
    demo=("Policy during the incident", "sessions left for", ": 0"),
    list_body=ListBody(
        "dynatrace/user_sessions_list_spec_example.json",
        "UserSession",
        True,
        "/userSessions",
        "application/json",
        lambda client: client.user_sessions.list(),
        (
            # The body is an array, so the path starts with the item's index.
            Broken((0, "creationTime"), "6", "[0].creationTime: expected int, got string"),
            Broken(
                (0, "creationTime"),
                float("inf"),
                "[0].creationTime: expected int, got non-finite number",
            ),
            Broken((0, "userId"), MISSING, "[0].userId: required field is missing"),
            Broken((0, "loginType"), 1, "[0].loginType: expected string, got int"),
        ),
    ),
)
