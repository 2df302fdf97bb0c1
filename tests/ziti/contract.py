"""What the contract suite (`tests/contract/`) needs to know about Ziti."""

from __future__ import annotations

from sessionward.testing import Simulator
from tests._support import spec_operation_ids
from tests.contract._hooks import Build, Contract, Probe, Readme
from tests.ziti._support import Twin


async def reach_every_operation(build: Build, sim: Simulator) -> None:
    ziti = Twin(build().client)
    await ziti.call("login")
    await ziti.call("current_session")
    first = (await ziti.first_page(page_size=1))[0]
    await ziti.call("api_sessions.get", first.id)
    await ziti.call("api_sessions.delete", first.id)
    await ziti.call("logout")
    assert len(spec_operation_ids("ziti")) == 6


CONTRACT = Contract(
    # The first call logs in by itself (POST /authenticate), then sends the probed request.
    probe=Probe(
        "GET",
        "/current-api-session",
        "get_current_api_session",
        "current_session",
        # Each request moves the session's activity times.
        stable=False,
    ),
    reach_every_operation=reach_every_operation,
    readme=Readme(5),
    # The username is no secret (the client shows it); the password is.
    secrets=lambda sim: [sim.credentials["password"]],
    # An expired session: the client logs in once more and repeats the request.
    recovers=frozenset({401}),
    # The first request is the login: the password travels in its body.
    credential_header=None,
)
