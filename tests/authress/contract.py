"""What the contract suite (`tests/contract/`) needs to know about Authress."""

from __future__ import annotations

from typing import Any

from schemathesis import Case

from sessionward.authress import Connection, ConnectionType
from sessionward.testing import Simulator
from tests._support import spec_operation_ids
from tests.authress._support import Twin
from tests.authress.simulator.test_auth import mint
from tests.authress.test_connections import credential_pairs
from tests.authress.test_secrets import key_parts
from tests.contract._hooks import Build, Contract, Probe, Properties, Readme, call_and_validate
from tests.generated._list_body import Broken, ListBody


async def reach_every_operation(build: Build, sim: Simulator) -> None:
    authress = Twin(build().client)
    created = await authress.call(
        "connections.create",
        Connection(type_=ConnectionType.OAUTH2, authentication_url="https://idp.example/a"),
    )
    await authress.list()
    await authress.call("connections.get", created.connection_id)
    await authress.call("connections.update", created.connection_id, created)
    await authress.call("connections.get_user_credentials", *credential_pairs()[0])
    await authress.call("connections.delete", created.connection_id)
    assert len(spec_operation_ids("authress")) == 6


def refused_beyond_the_schema(case: Case[Any]) -> bool:
    """Whether a schema-valid request may still be refused for a rule the spec cannot express.

    A create may name a `connectionId` already in use (generated ids repeat), and a `cursor` is
    opaque: only the ones the simulator issued are valid. The simulator refuses those with a 400.
    """
    operation_id = str(case.operation.definition.raw.get("operationId"))
    if operation_id == "create_connection":
        return isinstance(case.body, dict) and bool(case.body.get("connectionId"))
    if operation_id == "get_connections":
        return bool(case.query and "cursor" in case.query)
    return False


def check(case: Case[Any], sim: Simulator[Any], variant: str) -> None:
    # Requests carry a service-client JWT minted from the simulator's access key.
    token = mint(sim.credentials["service_client_access_key"], sim.base_url)
    headers = {"Authorization": f"Bearer {token}"}
    call_and_validate(case, sim, headers, refused=refused_beyond_the_schema(case))


CONTRACT = Contract(
    probe=Probe("GET", "/v1/connections/google", "get_connection", "connections.get", ("google",)),
    reach_every_operation=reach_every_operation,
    readme=Readme(
        5, names=lambda sim: {**sim.credentials, **sim.other_credentials["access_token"]}
    ),
    secrets=lambda sim: [
        *key_parts(sim.credentials["service_client_access_key"]),
        sim.other_credentials["access_token"]["access_token"],
    ],
    # A malformed key is refused by the constructor; a tampered token reaches the API.
    wrong=lambda sim: {
        "access_token": sim.other_credentials["access_token"]["access_token"] + "tampered"
    },
    alternatives=("access_token",),
    # A cached token refused with a 401: the client mints a new one and sends the request again.
    recovers=frozenset({401}),
    properties=Properties(check),
    # The deleted connection is gone.
    demo=("HTTP 404, as expected",),
    list_body=ListBody(
        "authress/connection_collection_sdk_test.json",
        "ConnectionCollection",
        False,
        "/v1/connections",
        "application/links+json",
        lambda client: client.connections.list(),
        (
            # Nullable fields nested two levels down, and the cursor envelope.
            Broken(
                ("connections", 0, "data", "trustIdentityUserId"),
                "true",
                "connections[0].data.trustIdentityUserId: expected boolean or null, got string",
            ),
            Broken(
                ("connections", 0, "createdTime"),
                17,
                "connections[0].createdTime: expected date-time string, got int",
            ),
            Broken(
                ("connections", 0, "tags", "environment"),
                ["production"],
                "connections[0].tags.environment: expected string, got array",
            ),
            Broken(("pagination",), [], "pagination: expected object, got array"),
        ),
    ),
)
