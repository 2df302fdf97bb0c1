"""Authress workflow: a service-client key creates, lists, updates and deletes a connection."""

from __future__ import annotations

from demo._table import show, step
from sessionward.authress import (
    Authress,
    Connection,
    ConnectionData,
    ConnectionType,
    NotFoundError,
)
from sessionward.testing import Simulator


def _rows(connections: list[Connection]) -> list[tuple[object, ...]]:
    return [
        (
            c.connection_id,
            c.type_,
            c.data.name if isinstance(c.data, ConnectionData) else "-",
            c.authentication_url or "-",
        )
        for c in connections
    ]


def run(base_url: str, service_client_access_key: str) -> None:
    """Add an SSO connection, find it in the paged list, change it, and remove it."""
    print("\n=== Authress: SSO connections (signed service-client JWT) ===")
    with Authress(base_url, service_client_access_key=service_client_access_key) as authress:
        step("Create an OpenID Connect connection for a new identity provider")
        created = authress.connections.create(
            Connection(
                type_=ConnectionType.OAUTH2,
                authentication_url="https://login.example-idp.com/oauth2/authorize",
                token_url="https://login.example-idp.com/oauth2/token",
                client_id="sessionward-demo",
                data=ConnectionData(name="Example IdP"),
            )
        )
        connection_id = str(created.connection_id)  # the server always sets it on create
        print(f"  created {connection_id} at {created.created_time:%Y-%m-%d %H:%M}")

        every = list(authress.connections.list(page_size=10))
        show("Connections (fetched 10 per page)", ("id", "type", "name", "login URL"), _rows(every))

        step(f"Rename {connection_id} and point it at a new login URL")
        created.data = ConnectionData(name="Example IdP (EU)")
        created.authentication_url = "https://eu.login.example-idp.com/oauth2/authorize"
        updated = authress.connections.update(connection_id, created)
        show("After the update", ("id", "type", "name", "login URL"), _rows([updated]))

        step(f"Delete {connection_id}")
        authress.connections.delete(connection_id)
        try:
            authress.connections.get(connection_id)
        except NotFoundError as error:
            print(f"  reading it again: HTTP {error.status_code}, as expected")


def workflow(sim: Simulator) -> None:
    """Run `run` on a simulator with its service-client access key."""
    run(sim.base_url, sim.credentials["service_client_access_key"])
