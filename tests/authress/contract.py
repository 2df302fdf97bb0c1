"""What the contract suite (`tests/contract/`) needs to know about Authress."""

from __future__ import annotations

from sessionward.authress import Connection, ConnectionType
from sessionward.testing import Simulator
from tests._support import spec_operation_ids
from tests.authress._support import Twin
from tests.authress.test_connections import credential_pairs
from tests.authress.test_secrets import key_parts
from tests.contract._hooks import Build, Contract, Probe, Readme


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
)
