"""What the contract suite (`tests/contract/`) needs to know about Ziti."""

from __future__ import annotations

from collections import Counter
from typing import Any

import httpx
from schemathesis import Case

from sessionward.testing import Simulator
from sessionward.ziti import Ziti
from tests._support import spec_operation_ids
from tests.contract._hooks import (
    Build,
    Contract,
    Probe,
    Properties,
    Readme,
    Usage,
    call_and_validate,
)
from tests.generated._list_body import Broken, ListBody
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


# Deleting sessions (the caller's own included) ends the caller's login: log in again after those.
_LOGS_OUT = frozenset({"delete_current_api_session", "delete_api_sessions"})
# The admin's current session token per simulator (base URL), renewed after calls that may end it.
_TOKENS: dict[str, str] = {}


def _token(sim: Simulator[Any]) -> str:
    if sim.base_url not in _TOKENS:
        response = httpx.post(
            f"{sim.base_url}/authenticate", params={"method": "password"}, json=sim.credentials
        )
        response.raise_for_status()
        _TOKENS[sim.base_url] = str(response.json()["data"]["token"])
    return _TOKENS[sim.base_url]


def refused_beyond_the_schema(case: Case[Any]) -> bool:
    """Whether a schema-valid request may still be refused for a rule the spec cannot express.

    A `filter` is a ZitiQL expression (an arbitrary string is rarely one), and the body fields
    `authenticate` needs depend on `method`. The simulator refuses those with a 400.
    """
    operation_id = str(case.operation.definition.raw.get("operationId"))
    if operation_id == "list_api_sessions":
        return bool(case.query and "filter" in case.query)
    return operation_id == "authenticate"


def check(case: Case[Any], sim: Simulator[Any], variant: str) -> None:
    try:
        headers = {"zt-session": _token(sim)}
        call_and_validate(case, sim, headers, refused=refused_beyond_the_schema(case))
    finally:
        if str(case.operation.definition.raw.get("operationId")) in _LOGS_OUT:
            _TOKENS.pop(sim.base_url, None)


def an_identity_with_sessions(sim: Simulator) -> str:
    """The id of a Ziti identity other than the caller's that has sessions to revoke."""
    credentials = sim.credentials
    with Ziti(
        sim.base_url, username=credentials["username"], password=credentials["password"]
    ) as ziti:
        mine = ziti.login().identity_id
        identities = Counter(session.identity_id for session in ziti.api_sessions.list())
    return next(identity for identity, _ in identities.most_common() if identity != mine)


def _usage(code: str, sim: Simulator) -> str:
    # The README's snippet revokes an identity by id; point it at a real one of the simulator.
    return code.replace('"an-identity-id"', repr(an_identity_with_sessions(sim)))


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
    properties=Properties(check),
    # The revoke snippet revokes every session of the identity it is pointed at.
    usage=Usage(_usage, prints=r"revoked [1-9][0-9]*, failed 0"),
    # Paged listing (async), then a complete revoke.
    demo=("Page 2 (5 per page", "failed 0"),
    list_body=ListBody(
        "ziti/list_assembled_from_examples.json",
        "ListApiSessionsEnvelope",
        False,
        "/api-sessions",
        "application/json",
        lambda client: client.api_sessions.list(),
        (
            # Nested objects, lists of strings, and a nullable object that must not swallow a
            # string.
            Broken(
                ("data", 0, "isMfaRequired"),
                "yes",
                "data[0].isMfaRequired: expected boolean, got string",
            ),
            Broken(
                ("data", 0, "identity", "id"), 3, "data[0].identity.id: expected string, got int"
            ),
            Broken(
                ("data", 0, "configTypes"),
                ["a", 1],
                "data[0].configTypes[1]: expected string, got int",
            ),
            Broken(
                ("data", 0, "tags"),
                "environment=production",
                "data[0].tags: expected object or null, got string",
            ),
            Broken(
                ("data", 0, "createdAt"),
                None,
                "data[0].createdAt: expected date-time string, got null",
            ),
        ),
        # The upstream-shaped body the simulator's wire tests serve.
        more_payloads=("tests/testing/payloads/ziti_list_api_sessions.json",),
    ),
)
